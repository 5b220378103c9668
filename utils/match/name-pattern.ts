/**
 * A folded name, or a word of one, as the matcher looks for it in folded text: a literal that may
 * have to start a word (not follow a letter or digit) and end one. Searched with indexOf: one
 * RegExp per name cost 90 ms for each kind of pattern to build (with `\p{L}` and the u flag)
 * whenever the background started.
 */
export interface NamePattern {
  needle: string;
  wordStart: boolean;
  wordEnd: boolean;
}

/** A key that tells two patterns apart exactly when they search differently. */
export const patternKey = (p: NamePattern) => `${p.wordStart ? 1 : 0}${p.wordEnd ? 1 : 0}${p.needle}`;

const WORD_CHAR = /[\p{L}\p{N}]/u;

function wordCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return WORD_CHAR.test(text.slice(pair ? i - 2 : i - 1, i));
}

function wordCharAt(text: string, i: number): boolean {
  return i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Where the pattern first stands in text at or after `from`, or -1. */
export function indexOfName(text: string, p: NamePattern, from = 0): number {
  for (let i = text.indexOf(p.needle, from); i >= 0; i = text.indexOf(p.needle, i + 1)) {
    if (p.wordStart && wordCharBefore(text, i)) continue;
    if (p.wordEnd && wordCharAt(text, i + p.needle.length)) continue;
    return i;
  }
  return -1;
}

/** Every place the pattern stands, without overlaps (as a global search finds them). */
export function indicesOfName(text: string, p: NamePattern): number[] {
  const out: number[] = [];
  for (let i = indexOfName(text, p); i >= 0; i = indexOfName(text, p, i + p.needle.length)) out.push(i);
  return out;
}
