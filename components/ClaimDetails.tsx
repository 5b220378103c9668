import type { AnnotatedClaim } from '../utils/match/annotate';
import { MAX_SHOWN_RATIO, ratio, shownRatio } from '../utils/match/compare';
import { describeClaim, formatDay, formatFigure, formatPeriod, formatRatio, KIND_LABEL, METRIC_LABEL } from '../utils/format';

/** How a claim was read, what it was matched to, and the other sources' figures. */
export function ClaimDetails({ claim, titleId }: { claim: AnnotatedClaim; titleId?: string }) {
  const lead = leadSentence(claim);
  return (
    <div class="cc-claim">
      <p class="cc-read" id={titleId}>
        <span class="cc-label">Read as</span> {describeClaim(claim)}
      </p>
      {claim.topic ? (
        <>
          <p class="cc-topic">
            <span class="cc-label">Topic</span> {claim.topic.name}
          </p>
          {claim.reason && <p class="cc-reason">{claim.reason}</p>}
        </>
      ) : (
        <p class="cc-none">No topic in the dataset clearly matches this claim, so no comparison is shown.</p>
      )}
      {claim.topic && claim.alternatives.length === 0 && (
        <p class="cc-none">The dataset has no comparable figure ({METRIC_LABEL[claim.metric]}) for this topic.</p>
      )}
      {lead && <p class="cc-lead">{lead}</p>}
      {claim.alternatives.length > 0 && (
        <ul class="cc-alts" aria-label="What other sources counted">
          {claim.alternatives.map((a) => {
            const r = formatRatio(shownRatio(claim, a));
            return (
              <li class="cc-alt" key={a.url + a.published}>
                <div class="cc-alt-head">
                  <span class="cc-source">{a.source}</span>
                  <span class={`cc-kind cc-kind-${a.sourceKind}`}>{KIND_LABEL[a.sourceKind]}</span>
                </div>
                <div class="cc-figure">
                  {formatFigure(a)} {a.population} {METRIC_LABEL[a.metric]}
                  {r && <span class="cc-ratio"> · {r}</span>}
                </div>
                <div class="cc-meta">
                  {formatPeriod(a)} · published {formatDay(a.published)} ·{' '}
                  <a href={a.url} target="_blank" rel="noopener noreferrer">
                    source
                  </a>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** "Airwars' estimate is 9.1× this figure for Aug 2014 – May 2017.": the most comparable other count. */
function leadSentence(claim: AnnotatedClaim): string | null {
  for (const a of claim.alternatives) {
    const r = shownRatio(claim, a);
    if (r === null || (r > 0.95 && r < 1.05)) continue;
    const times = r >= 10 ? Math.round(r) : r.toFixed(1);
    const owner = a.source.endsWith('s') ? `${a.source}'` : `${a.source}'s`;
    return `${owner} estimate is ${times}× this figure for ${formatPeriod(a)}.`;
  }
  // Every figure far larger: the claim most likely counts one event within the topic.
  const first = claim.alternatives[0];
  const r = first ? ratio(claim, first) : null;
  return first && r !== null && r > MAX_SHOWN_RATIO ? `The figures below count all of ${formatPeriod(first)}, not one event within it.` : null;
}
