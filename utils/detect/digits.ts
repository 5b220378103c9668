import { digitValue } from '../text/fold';

/**
 * Reads a run of digits with its separators: "1,234", "1.234", "1 234", "١٬٢٣٤", "1.5", "1,5",
 * "1,234.5", "1.234,5". A separator followed by exactly three digits groups thousands unless
 * it is the last separator and another kind came before it (then it is the decimal mark).
 */
export interface DigitNumber {
  value: number;
  /** Whether a separator grouped thousands (a year is never written with one). */
  grouped: boolean;
  /** Whether the number has a fractional part. */
  fractional: boolean;
  digits: number;
}

export function readDigits(raw: string): DigitNumber {
  const groups: string[] = [];
  const seps: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const d = digitValue(raw.charCodeAt(i));
    if (d >= 0) cur += d;
    else {
      groups.push(cur);
      seps.push(raw[i]!);
      cur = '';
    }
  }
  groups.push(cur);
  const digits = groups.reduce((n, g) => n + g.length, 0);
  if (seps.length === 0) return { value: Number(cur), grouped: false, fractional: false, digits };

  // The last separator is a decimal mark when it differs from the ones before it, or when it is
  // the only one and is not followed by exactly three digits.
  const last = seps[seps.length - 1]!;
  const lastGroup = groups[groups.length - 1]!;
  const isDecimalMark = (c: string) => c === '.' || c === ',' || c === '\u066b';
  let decimal = false;
  if (isDecimalMark(last)) {
    if (seps.length > 1 && seps[seps.length - 2] !== last) decimal = true;
    else if (seps.length === 1 && lastGroup.length !== 3) decimal = true;
    else if (last === '\u066b') decimal = true;
  }
  const intPart = (decimal ? groups.slice(0, -1) : groups).join('');
  const frac = decimal ? lastGroup : '';
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  return { value, grouped: decimal ? seps.length > 1 : true, fractional: frac !== '' && Number(frac) !== 0, digits };
}
