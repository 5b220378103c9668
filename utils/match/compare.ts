import type { Claim } from '../claim';
import type { EstimateRecord } from '../dataset/schema';
import { alternativeAt, tableOf, type EstimateTable } from './estimate-table';

/** An estimate as the tooltip and the annotate CLI show it. */
export interface Alternative {
  source: string;
  sourceKind: EstimateRecord['sourceKind'];
  metric: EstimateRecord['metric'];
  population: string;
  value: number | null;
  low: number | null;
  high: number | null;
  periodStart: string;
  periodEnd: string;
  published: string;
  url: string;
}

export interface Period {
  start: string;
  end: string;
}

const DAY = 86_400_000;

/** How much two periods (in ms) share, as a share of the longer one (0 … 1). */
function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const s = Math.max(aStart, bStart);
  const e = Math.min(aEnd, bEnd);
  const longest = Math.max(aEnd - aStart, bEnd - bStart, DAY);
  return e > s ? (e - s) / longest : 0;
}

function metricFits(claim: Claim['metric'], est: string): boolean {
  if (claim === est) return true;
  return claim === 'killed_or_injured' && est === 'killed';
}

// Lists of rows (the CLIs, the tests) are put in columns once each.
const tables = new WeakMap<readonly EstimateRecord[], EstimateTable>();
function asTable(estimates: readonly EstimateRecord[] | EstimateTable): EstimateTable {
  if (!Array.isArray(estimates)) return estimates as EstimateTable;
  const rows = estimates as readonly EstimateRecord[];
  let t = tables.get(rows);
  if (!t) tables.set(rows, (t = tableOf(rows)));
  return t;
}

/**
 * Ranks a topic's estimates for a claim: same metric first (others are dropped), then same
 * population, then the overlap of periods, then the publication date nearest the page's. One
 * figure per source: its most comparable (the first of equals in the table, which the database
 * keeps in id order).
 */
export function rankEstimates(claim: Pick<Claim, 'metric' | 'population'>, period: Period, pageDate: string, estimates: readonly EstimateRecord[] | EstimateTable, max = 8): Alternative[] {
  const t = asTable(estimates);
  const ps = Date.parse(period.start);
  const pe = Date.parse(period.end);
  const page = Date.parse(pageDate);
  const fits = t.strings.map((s) => metricFits(claim.metric, s));
  // Each source's best row, found in one pass: a topic may hold thousands of rows from few sources.
  const best = new Map<number, { i: number; score: number }>();
  for (let i = 0; i < t.length; i++) {
    if (!fits[t.metric[i]!]) continue;
    const pop = t.strings[t.population[i]!];
    const samePop = pop === claim.population ? 2 : pop === 'people' || claim.population === 'people' ? 0.5 : 0;
    const recency = Math.min(1, Math.abs(t.published[i]! - page) / DAY / 3650);
    const score = samePop + 2 * overlap(ps, pe, t.periodStart[i]!, t.periodEnd[i]!) - recency;
    const b = best.get(t.source[i]!);
    if (!b) best.set(t.source[i]!, { i, score });
    else if (score > b.score) {
      b.i = i;
      b.score = score;
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map(({ i }) => alternativeAt(t, i));
}

/**
 * Beyond this factor a ratio compares different things — most often one strike's toll with a
 * whole war's count ("45 killed in the raid" against Airwars' 3,200) — and is not shown.
 */
export const MAX_SHOWN_RATIO = 20;

/** The ratio of an alternative to the claim, or null when they are too far apart to be one count. */
export function shownRatio(claim: Pick<Claim, 'value' | 'low' | 'high'>, alt: Pick<Alternative, 'value' | 'low' | 'high'>): number | null {
  const r = ratio(claim, alt);
  return r !== null && r <= MAX_SHOWN_RATIO && r >= 1 / MAX_SHOWN_RATIO ? r : null;
}

/** "8.6×": how an alternative's figure stands to the claim's (the midpoint of ranges). */
export function ratio(claim: Pick<Claim, 'value' | 'low' | 'high'>, alt: Pick<Alternative, 'value' | 'low' | 'high'>): number | null {
  const mid = (v: number | null, l: number | null, h: number | null) => v ?? (l !== null && h !== null ? (l + h) / 2 : l ?? h);
  const c = mid(claim.value, claim.low, claim.high);
  const a = mid(alt.value, alt.low, alt.high);
  if (!c || !a) return null;
  return a / c;
}
