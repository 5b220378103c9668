import type { Claim } from '../claim';
import type { EstimateRecord } from '../dataset/schema';
import { rankEstimates, type Alternative, type Period } from './compare';
import { latestDateIn } from './dates';
import { placeOf, type ClaimPlace } from './place';

// The place of a claim is cut out where the text is (the content script); re-exported for the CLIs.
export { placeOf };
import { matchTopic, type PageInfo, type TopicIndex, type TopicInfo } from './topic';

export interface AnnotatedClaim extends Claim {
  topic: { id: string; name: string } | null;
  /** One line on why the topic was chosen: "matched: Mosul, coalition, 2016–2017". */
  reason: string | null;
  alternatives: Alternative[];
}


/** The date the comparison is made for: the page's, else the latest the text mentions, else today. */
export function pageDateOf(page: PageInfo, today = new Date().toISOString().slice(0, 10)): string {
  return statedDateOf(page, today) ?? today;
}

const statedDates = new WeakMap<PageInfo, string | null>();

/** The page's own date or the latest one its text mentions; null when the page gives none. */
function statedDateOf(page: PageInfo, today: string): string | null {
  let d = statedDates.get(page);
  if (d === undefined) statedDates.set(page, (d = page.published ?? latestDateIn(`${page.title ?? ''}\n${page.text}`, today)));
  return d;
}

export interface ClaimTopic {
  topic: TopicInfo;
  reason: string;
  /** The period the claim is read to cover: the topic's start to the page's date. */
  period: Period;
}

/** The topic a claim is about, from its place in the text and the page, or null. */
export function claimTopic(claim: Claim, place: ClaimPlace, page: PageInfo, index: TopicIndex, pageDate: string): ClaimTopic | null {
  // An undated page may be old: "today" ranks its figures but does not rule topics out.
  const m = matchTopic(index, claim, place, page, statedDateOf(page, pageDate));
  if (!m) return null;
  const t = m.topic;
  const period = { start: t.periodStart, end: t.periodEnd && t.periodEnd < pageDate ? t.periodEnd : pageDate };
  const years = `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
  return { topic: t, period, reason: `matched: ${[...new Set(m.hits)].slice(0, 3).join(', ')}, ${years}` };
}

export function annotateOne(claim: Claim, ct: ClaimTopic | null, pageDate: string, estimates: EstimateRecord[]): AnnotatedClaim {
  if (!ct) return { ...claim, topic: null, reason: null, alternatives: [] };
  return {
    ...claim,
    topic: { id: ct.topic.id, name: ct.topic.name },
    reason: ct.reason,
    alternatives: rankEstimates(claim, ct.period, pageDate, estimates),
  };
}

/** Matches each claim of a text to a topic and ranks that topic's estimates beside it. */
export function annotateClaims(
  claims: Claim[],
  text: string,
  page: PageInfo,
  index: TopicIndex,
  estimatesOf: (topicId: string) => EstimateRecord[],
  today = new Date().toISOString().slice(0, 10),
): AnnotatedClaim[] {
  const pageDate = pageDateOf(page, today);
  return claims.map((c) => {
    const ct = claimTopic(c, placeOf(text, c.start, c.end), page, index, pageDate);
    return annotateOne(c, ct, pageDate, ct ? estimatesOf(ct.topic.id) : []);
  });
}
