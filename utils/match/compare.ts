import type { Claim } from '../claim';
import type { EstimateRecord } from '../dataset/schema';

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

/** A list of estimates with their dates read as numbers, once: a page's claims rank the same list many times. */
interface Prepared {
  start: Float64Array;
  end: Float64Array;
  published: Float64Array;
}
const prepared = new WeakMap<readonly EstimateRecord[], Prepared>();
function prepare(estimates: readonly EstimateRecord[]): Prepared {
  let p = prepared.get(estimates);
  if (!p) {
    const n = estimates.length;
    p = { start: new Float64Array(n), end: new Float64Array(n), published: new Float64Array(n) };
    for (let i = 0; i < n; i++) {
      const e = estimates[i]!;
      p.start[i] = Date.parse(e.periodStart);
      p.end[i] = Date.parse(e.periodEnd);
      p.published[i] = Date.parse(e.published);
    }
    prepared.set(estimates, p);
  }
  return p;
}

/** How much two periods (in ms) share, as a share of the longer one (0 … 1). */
function overlap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  const s = Math.max(aStart, bStart);
  const e = Math.min(aEnd, bEnd);
  const longest = Math.max(aEnd - aStart, bEnd - bStart, DAY);
  return e > s ? (e - s) / longest : 0;
}

function metricFits(claim: Claim['metric'], est: EstimateRecord['metric']): boolean {
  if (claim === est) return true;
  return claim === 'killed_or_injured' && est === 'killed';
}

/**
 * Ranks a topic's estimates for a claim: same metric first (others are dropped), then same
 * population, then the overlap of periods, then the publication date nearest the page's. One
 * figure per source: its most comparable (the first of equals, in the list's order).
 */
export function rankEstimates(claim: Pick<Claim, 'metric' | 'population'>, period: Period, pageDate: string, estimates: readonly EstimateRecord[], max = 8): Alternative[] {
  const ps = Date.parse(period.start);
  const pe = Date.parse(period.end);
  const page = Date.parse(pageDate);
  const d = prepare(estimates);
  // Each source's best row, found in one pass: a topic may hold thousands of rows from few sources.
  const best = new Map<string, { i: number; score: number }>();
  for (let i = 0; i < estimates.length; i++) {
    const e = estimates[i]!;
    if (!metricFits(claim.metric, e.metric)) continue;
    const samePop = e.population === claim.population ? 2 : e.population === 'people' || claim.population === 'people' ? 0.5 : 0;
    const recency = Math.min(1, Math.abs(d.published[i]! - page) / DAY / 3650);
    const score = samePop + 2 * overlap(ps, pe, d.start[i]!, d.end[i]!) - recency;
    const b = best.get(e.source);
    if (!b) best.set(e.source, { i, score });
    else if (score > b.score) {
      b.i = i;
      b.score = score;
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map(({ i }) => alternativeOf(estimates[i]!));
}

const shown = new WeakMap<EstimateRecord, Alternative>();

/** An estimate as it is shown, one object per estimate: an answer sends each once, however many claims it suits. */
function alternativeOf(e: EstimateRecord): Alternative {
  let a = shown.get(e);
  if (!a) {
    a = {
      source: e.source, sourceKind: e.sourceKind, metric: e.metric, population: e.population,
      value: e.value, low: e.low, high: e.high, periodStart: e.periodStart, periodEnd: e.periodEnd,
      published: e.published, url: e.url,
    };
    shown.set(e, a);
  }
  return a;
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
