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

const nf = new Intl.NumberFormat('en-US');
export const formatNumber = (n: number) => nf.format(n);

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

const monthFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatMonth = (iso: string) => monthFmt.format(new Date(iso));
export const formatDay = (iso: string) => dayFmt.format(new Date(iso));
export const formatPeriod = (a: Pick<Alternative, 'periodStart' | 'periodEnd'>) => `${formatMonth(a.periodStart)} – ${formatMonth(a.periodEnd)}`;

/** "8.6× this figure", "0.4× this figure"; null when either side has no number. */
export function formatRatio(r: number | null): string | null {
  if (r === null || !Number.isFinite(r)) return null;
  if (r > 0.95 && r < 1.05) return 'about the same as this figure';
  return `${r >= 10 ? Math.round(r) : r.toFixed(1)}× this figure`;
}
