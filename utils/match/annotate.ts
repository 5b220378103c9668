import type { Claim } from '../claim';
import type { EstimateRecord } from '../dataset/schema';
import { rankEstimates, type Alternative } from './compare';
import { latestDateIn } from './dates';
import { matchTopic, type ClaimPlace, type PageInfo, type TopicIndex } from './topic';

export interface AnnotatedClaim extends Claim {
  topic: { id: string; name: string } | null;
  /** One line on why the topic was chosen: "matched: Mosul, coalition, 2016–2017". */
  reason: string | null;
  alternatives: Alternative[];
}

const SENTENCE_END = /[.!?؟\n]/;

/** The sentence and paragraph around [start, end) of a text. */
export function placeOf(text: string, start: number, end: number): ClaimPlace {
  let ps = text.lastIndexOf('\n', start - 1) + 1;
  let pe = text.indexOf('\n', end);
  if (pe < 0) pe = text.length;
  let ss = start;
  while (ss > ps && !(SENTENCE_END.test(text[ss - 1]!) && /\s/.test(text[ss] ?? ' '))) ss--;
  let se = end;
  while (se < pe && !(SENTENCE_END.test(text[se]!) && /\s|$/.test(text[se + 1] ?? ''))) se++;
  // Keep paragraphs to a bounded size on pages whose text has no line breaks.
  ps = Math.max(ps, start - 1500);
  pe = Math.min(pe, end + 1500);
  return { sentence: text.slice(ss, se), paragraph: text.slice(ps, pe) };
}

/** The date the comparison is made for: the page's, else the latest the text mentions, else today. */
export function pageDateOf(page: PageInfo, today = new Date().toISOString().slice(0, 10)): string {
  return page.published ?? latestDateIn(`${page.title ?? ''}\n${page.text}`, today) ?? today;
}

/** Matches each claim to a topic and ranks that topic's estimates beside it. */
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
    const place = placeOf(text, c.start, c.end);
    const m = matchTopic(index, c, place, page, page.published ?? null);
    if (!m) return { ...c, topic: null, reason: null, alternatives: [] };
    const t = m.topic;
    const period = { start: t.periodStart, end: t.periodEnd && t.periodEnd < pageDate ? t.periodEnd : pageDate };
    const alternatives = rankEstimates(c, period, pageDate, estimatesOf(t.id));
    const years = `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
    return {
      ...c,
      topic: { id: t.id, name: t.name },
      reason: `matched: ${[...new Set(m.hits)].slice(0, 3).join(', ')}, ${years}`,
      alternatives,
    };
  });
}
