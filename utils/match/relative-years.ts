import type { Lang } from '../claim';
import { candidates } from '../detect/lexicon';
import { lexiconFor } from '../detect/lexicons';
import { digitValue, foldWord } from '../text/fold';
import { yearsIn } from './years';

/**
 * Years named relative to another: "ten years ago" (to the page's date), "fourteen years later"
 * (to the last year named before). Anniversary pieces date their figures this way: "Десять років
 * тому … загинули всі 298 людей" is about 2014, whatever the page's date.
 */
interface Pattern {
  re: RegExp;
  /** The capture group holding the count of years. */
  count: number;
  /** Whether the years go back from the reference (ago, earlier) or forward (later). */
  back: boolean;
  /** Whether the reference is the page's date (ago) or the last year named before (later). */
  fromPage: boolean;
}

const W = '([\\p{L}\\p{N}\\u0660-\\u0669\\u06f0-\\u06f9\'’-]+)';
const p = (re: string, count: number, back: boolean, fromPage: boolean): Pattern => ({ re: new RegExp(re, 'giu'), count, back, fromPage });

const PATTERNS: Record<Lang, Pattern[]> = {
  en: [p(`${W}\\s+years?\\s+ago`, 1, true, true), p(`${W}\\s+years?\\s+later`, 1, false, false), p(`${W}\\s+years?\\s+earlier`, 1, true, false)],
  fr: [p(`il\\s+y\\s+a\\s+${W}\\s+ans`, 1, true, true), p(`${W}\\s+ans\\s+plus\\s+tard`, 1, false, false), p(`${W}\\s+ans\\s+auparavant`, 1, true, false)],
  es: [p(`hace\\s+${W}\\s+años`, 1, true, true), p(`${W}\\s+años\\s+(?:después|más\\s+tarde)`, 1, false, false), p(`${W}\\s+años\\s+antes`, 1, true, false)],
  de: [p(`vor\\s+${W}\\s+jahren`, 1, true, true), p(`${W}\\s+jahre\\s+(?:später|danach)`, 1, false, false), p(`${W}\\s+jahre\\s+(?:zuvor|davor|früher)`, 1, true, false)],
  ru: [p(`${W}\\s+(?:лет|года|год)\\s+назад`, 1, true, true), p(`(?:спустя|через)\\s+${W}\\s+(?:лет|года|год)`, 1, false, false)],
  uk: [p(`${W}\\s+(?:років|роки|рік)\\s+тому`, 1, true, true), p(`(?:через|згодом)\\s+${W}\\s+(?:років|роки|рік)`, 1, false, false), p(`${W}\\s+(?:років|роки)\\s+потому`, 1, false, false)],
  tr: [p(`${W}\\s+yıl\\s+önce`, 1, true, true), p(`${W}\\s+yıl\\s+sonra`, 1, false, false)],
  fa: [p(`${W}\\s+سال\\s+(?:پیش|قبل)`, 1, true, true), p(`${W}\\s+سال\\s+بعد`, 1, false, false)],
  ar: [p(`قبل\\s+${W}\\s+(?:سنوات|سنة|عاما|عاماً|أعوام|سنين)`, 1, true, true), p(`بعد\\s+${W}\\s+(?:سنوات|سنة|عاما|عاماً|أعوام|سنين)`, 1, false, false)],
  he: [p(`לפני\\s+${W}\\s+שנים`, 1, true, true), p(`${W}\\s+שנים\\s+(?:אחר\\s+כך|לאחר\\s+מכן|מאוחר\\s+יותר)`, 1, false, false)],
};

/** A count of years written in digits (any script) or as one number word of the language. */
function countOf(word: string, lang: Lang): number | null {
  if ([...word].every((c) => digitValue(c.charCodeAt(0)) >= 0)) {
    const n = Number([...word].map((c) => digitValue(c.charCodeAt(0))).join(''));
    return n > 0 && n <= 200 ? n : null;
  }
  const lex = lexiconFor(lang);
  if (!lex) return null;
  const entry = candidates(lex, foldWord(word)).find((e) => e.cat === 'number' && e.words.length === 1);
  return entry?.num && entry.num <= 200 ? entry.num : null;
}

/**
 * The years a sentence names relative to the page's date or to an earlier year (`before`: the
 * text before the sentence, such as the rest of its paragraph).
 */
export function relativeYearsIn(sentence: string, lang: Lang, pageDate: string | null, before: string): number[] {
  const out: number[] = [];
  for (const pat of PATTERNS[lang] ?? []) {
    for (const m of sentence.matchAll(pat.re)) {
      const n = countOf(m[pat.count]!, lang);
      if (n === null) continue;
      const from = pat.fromPage ? (pageDate ? Number(pageDate.slice(0, 4)) : null) : lastYearIn(before);
      if (from !== null) out.push(pat.back ? from - n : from + n);
    }
  }
  return out;
}

function lastYearIn(text: string): number | null {
  const all = yearsIn(text);
  return all.length ? all[all.length - 1]!.year : null;
}
