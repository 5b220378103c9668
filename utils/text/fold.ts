/**
 * Folds a word for dictionary look-up: lower case, without diacritics, tatweel or joiners,
 * with the letter variants that news text mixes freely mapped to one form. Lexicon entries go
 * through the same function, so the two always agree.
 */

// Arabic harakat and Quranic marks, Hebrew points, tatweel, soft hyphen, zero-width joiners, bidi marks.
const STRIP = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0591-\u05bd\u05bf-\u05c7\u0640\u00ad\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const NEEDS_FOLD = /[^a-z0-9 ]/;

const LETTER_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه',
  'ک': 'ك',
  'ؤ': 'و',
  // Turkish dotless/dotted i fold together; ё is written as е in most Russian news.
  'ı': 'i', 'ё': 'е', 'ß': 'ss',
  '’': "'", 'ʼ': "'",
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join('')}]`, 'g');

const folded = new Map<string, string>();

export function foldWord(word: string): string {
  if (!NEEDS_FOLD.test(word)) return word;
  // Whole texts are folded too (topic aliases are looked for in them): those are not kept.
  if (word.length > 64) return fold(word);
  let f = folded.get(word);
  if (f === undefined) {
    if (folded.size > 100_000) folded.clear();
    f = fold(word);
    folded.set(word, f);
  }
  return f;
}

function fold(word: string): string {
  // 'İ'.toLowerCase() is 'i' plus a combining dot: take the dot away again.
  return word
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(STRIP, '')
    .replace(/\u0307/g, '')
    .replace(LETTERS, (c) => LETTER_MAP[c]!);
}

/** The value of a digit in any of the scripts the detector reads (ASCII, Arabic-Indic, Persian), or -1. */
export function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 0x660 && code <= 0x669) return code - 0x660;
  if (code >= 0x6f0 && code <= 0x6f9) return code - 0x6f0;
  return -1;
}
