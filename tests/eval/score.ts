import type { Claim } from '../../utils/claim';
import { detectClaims } from '../../utils/detect/detect';
import type { GoldClaim, Passage } from './corpus';

export interface Scores {
  passages: number;
  gold: number;
  found: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
  /** Among matched claims, the share whose value, low and high are all read right. */
  numberAccuracy: number;
  /** Among matched claims, the share whose metric is right. */
  metricAccuracy: number;
}

export interface Miss {
  id: string;
  kind: 'missed' | 'false' | 'misread';
  detail: string;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Scores the detector on passages; a found claim matches a gold claim whose span it overlaps. */
export function score(passages: Passage[], detect: (text: string) => Claim[] = (t) => detectClaims(t)) {
  let gold = 0, found = 0, tp = 0, numbersRight = 0, metricsRight = 0;
  const misses: Miss[] = [];
  for (const p of passages) {
    const got = detect(p.text);
    gold += p.claims.length;
    found += got.length;
    const used = new Set<GoldClaim>();
    for (const c of got) {
      const g = p.claims.find((x) => !used.has(x) && overlaps(x, c));
      if (!g) {
        misses.push({ id: p.id, kind: 'false', detail: `"${c.text}" ${c.value ?? `${c.low}-${c.high}`} ${c.metric}` });
        continue;
      }
      used.add(g);
      tp++;
      if (g.value === c.value && g.low === c.low && g.high === c.high) numbersRight++;
      else misses.push({ id: p.id, kind: 'misread', detail: `"${c.text}" read ${c.value}/${c.low}-${c.high}, labelled ${g.value}/${g.low}-${g.high}` });
      if (g.metric === c.metric) metricsRight++;
    }
    for (const g of p.claims) if (!used.has(g)) misses.push({ id: p.id, kind: 'missed', detail: `"${g.span}" ${g.metric} ${g.population}` });
  }
  const precision = found ? tp / found : 1;
  const recall = gold ? tp / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const scores: Scores = {
    passages: passages.length, gold, found, tp, precision, recall, f1,
    numberAccuracy: tp ? numbersRight / tp : 1,
    metricAccuracy: tp ? metricsRight / tp : 1,
  };
  return { scores, misses };
}
