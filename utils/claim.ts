/** The shapes shared by the detector, the matcher, the CLIs and the extension. */

export const LANGS = ['en', 'ar', 'fr', 'es', 'de', 'ru', 'uk', 'tr', 'fa', 'he'] as const;
export type Lang = (typeof LANGS)[number];

export const QUALIFIERS = [
  'exact', 'about', 'at_least', 'more_than', 'at_most', 'less_than', 'up_to', 'nearly', 'range', 'vague',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const METRICS = ['killed', 'injured', 'missing', 'killed_or_injured'] as const;
export type Metric = (typeof METRICS)[number];

/** A short English noun: civilians, children, women, soldiers, combatants, militants, people … */
export type Population = string;

/** One casualty claim found in a text. Offsets are JavaScript string offsets, end exclusive. */
export interface Claim {
  start: number;
  end: number;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  metric: Metric;
  population: Population;
  lang: Lang;
}
