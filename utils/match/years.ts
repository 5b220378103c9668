import { digitValue } from '../text/fold';

export interface YearMention {
  /** Where the year's digits start in the text. */
  index: number;
  /** The Gregorian year it names. */
  year: number;
}

const GREGORIAN = /(?<![0-9])(1[89][0-9]{2}|20[0-9]{2})(?![0-9])/g;
// The Iranian press dates by the solar hijri calendar: "در سال ۱۳۸۲" is 2003–04.
const SOLAR_HIJRI = /(?:سال|ساله)\s*(1[34][0-9]{2})(?![0-9])/g;
const SOLAR_HIJRI_OFFSET = 621;

/** Arabic-Indic and Persian digits as ASCII ones, keeping offsets. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String(digitValue(d.charCodeAt(0))));
}

/** The years a text mentions, in any digit script, as Gregorian years. */
export function yearsIn(text: string): YearMention[] {
  const ascii = asciiDigits(text);
  const found: YearMention[] = [];
  for (const m of ascii.matchAll(GREGORIAN)) found.push({ index: m.index, year: Number(m[1]) });
  for (const m of ascii.matchAll(SOLAR_HIJRI)) found.push({ index: m.index + m[0].length - 4, year: Number(m[1]) + SOLAR_HIJRI_OFFSET });
  return found;
}
