import type { EstimateRecord } from '../dataset/schema';
import type { Alternative } from './compare';

/**
 * A topic's estimates in columns, with only what the comparison reads and shows. The database
 * keeps one per topic beside the rows: read from IndexedDB, typed arrays cost a copy where row
 * objects cost a property at a time (2,400 rows: 1.9 ms against 10 ms in Chromium), and in
 * memory a row takes some 100 bytes instead of 500.
 */
export interface EstimateTable {
  /** Of equally comparable rows, the ranking keeps the first: the database keeps them in id order. */
  length: number;
  /** The distinct sources, kinds, metrics and populations, which the coded columns index. */
  strings: string[];
  source: Uint32Array;
  sourceKind: Uint32Array;
  metric: Uint32Array;
  population: Uint32Array;
  /** NaN where the estimate has none. */
  value: Float64Array;
  low: Float64Array;
  high: Float64Array;
  /** Days as milliseconds since 1970 (UTC midnight), as Date.parse reads an ISO date. */
  periodStart: Float64Array;
  periodEnd: Float64Array;
  published: Float64Array;
  url: string[];
}

/** The table of some estimates, in their order. */
export function tableOf(rows: readonly EstimateRecord[]): EstimateTable {
  const n = rows.length;
  const strings: string[] = [];
  const codes = new Map<string, number>();
  const code = (s: string) => {
    let c = codes.get(s);
    if (c === undefined) codes.set(s, (c = strings.push(s) - 1));
    return c;
  };
  const t: EstimateTable = {
    length: n, strings,
    source: new Uint32Array(n), sourceKind: new Uint32Array(n), metric: new Uint32Array(n), population: new Uint32Array(n),
    value: new Float64Array(n), low: new Float64Array(n), high: new Float64Array(n),
    periodStart: new Float64Array(n), periodEnd: new Float64Array(n), published: new Float64Array(n),
    url: new Array<string>(n),
  };
  for (let i = 0; i < n; i++) {
    const e = rows[i]!;
    t.source[i] = code(e.source);
    t.sourceKind[i] = code(e.sourceKind);
    t.metric[i] = code(e.metric);
    t.population[i] = code(e.population);
    t.value[i] = e.value ?? NaN;
    t.low[i] = e.low ?? NaN;
    t.high[i] = e.high ?? NaN;
    t.periodStart[i] = Date.parse(e.periodStart);
    t.periodEnd[i] = Date.parse(e.periodEnd);
    t.published[i] = Date.parse(e.published);
    t.url[i] = e.url;
  }
  return t;
}

const shown = new WeakMap<EstimateTable, Alternative[]>();

/** Row i as it is shown; one object per row, so that an answer can send each once however many claims it suits. */
export function alternativeAt(t: EstimateTable, i: number): Alternative {
  let list = shown.get(t);
  if (!list) shown.set(t, (list = []));
  return (list[i] ??= {
    source: t.strings[t.source[i]!]!,
    sourceKind: t.strings[t.sourceKind[i]!]! as Alternative['sourceKind'],
    metric: t.strings[t.metric[i]!]! as Alternative['metric'],
    population: t.strings[t.population[i]!]!,
    value: orNull(t.value[i]!),
    low: orNull(t.low[i]!),
    high: orNull(t.high[i]!),
    periodStart: day(t.periodStart[i]!),
    periodEnd: day(t.periodEnd[i]!),
    published: day(t.published[i]!),
    url: t.url[i]!,
  });
}

const orNull = (x: number) => (Number.isNaN(x) ? null : x);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
