import type { Claim, Metric, Qualifier } from './claim';
import type { Alternative } from './match/compare';
import type { SourceKind } from './dataset/schema';

/** Plain-words labels, the same in the tooltip, the popup and the options page. */
export const KIND_LABEL: Record<SourceKind, string> = {
  party: 'Party to the conflict',
  government: 'Government',
  un: 'UN body',
  monitor: 'Independent monitor',
  survey: 'Academic survey',
};

export const METRIC_LABEL: Record<Metric, string> = {
  killed: 'killed',
  injured: 'injured',
  missing: 'missing',
  killed_or_injured: 'killed or injured',
};

const QUALIFIER_LABEL: Record<Qualifier, string> = {
  exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ', at_most: 'at most ',
  less_than: 'fewer than ', up_to: 'up to ', nearly: 'nearly ', range: '', vague: '',
};

// Written out rather than with Intl: building Intl formatters when the content script loads cost
// 72 ms of the page's main thread in Chromium here (measured with marks in the built script).

/** "1,234,567" (at most three decimals), as en-US writes numbers. */
export function formatNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [int = '0', frac] = String(Math.round(Math.abs(n) * 1000) / 1000).split('.');
  return sign + int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? `.${frac}` : '');
}

export function formatFigure(f: { value: number | null; low: number | null; high: number | null }): string {
  if (f.value !== null) {
    const range = f.low !== null && f.high !== null && (f.low !== f.value || f.high !== f.value) ? ` (${formatNumber(f.low)}–${formatNumber(f.high)})` : '';
    return formatNumber(f.value) + range;
  }
  if (f.low !== null && f.high !== null) return `${formatNumber(f.low)}–${formatNumber(f.high)}`;
  if (f.low !== null) return `${formatNumber(f.low)}+`;
  if (f.high !== null) return `up to ${formatNumber(f.high)}`;
  return '?';
}

/** "at least 352 civilians killed", "24–99 people killed (vague: “dozens”)". */
export function describeClaim(c: Claim): string {
  const figure = c.qualifier === 'vague' ? `${formatFigure(c)} (“${c.text}”)` : QUALIFIER_LABEL[c.qualifier] + formatFigure(c);
  return `${figure} ${c.population} ${METRIC_LABEL[c.metric]}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "Aug 2014" for an ISO date (YYYY-MM-DD), as en-GB writes it. */
export const formatMonth = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4))}`;
/** "5 Aug 2014". */
export const formatDay = (iso: string) => `${Number(iso.slice(8, 10))} ${formatMonth(iso)}`;
export const formatPeriod = (a: Pick<Alternative, 'periodStart' | 'periodEnd'>) => `${formatMonth(a.periodStart)} – ${formatMonth(a.periodEnd)}`;

/** "8.6× this figure", "0.4× this figure"; null when either side has no number. */
export function formatRatio(r: number | null): string | null {
  if (r === null || !Number.isFinite(r)) return null;
  if (r > 0.95 && r < 1.05) return 'about the same as this figure';
  return `${r >= 10 ? Math.round(r) : r.toFixed(1)}× this figure`;
}
