import type { Claim, Lang } from '../claim';
import { detectLanguage } from '../text/language';
import { detectBlock } from './detect-block';
import type { Lexicon } from './lexicon';

export interface DetectOptions {
  /** Language of the text when known; otherwise detected per block (a page can mix languages). */
  lang?: Lang;
  /** Language for blocks too short to tell, when the caller knows the page's (else the text's). */
  fallbackLang?: Lang;
}

/** A block shorter than this takes the language of the whole text. */
const MIN_BLOCK_FOR_LANGUAGE = 40;
/** A block this long in the text's script is detected on its own. */
const OWN_LANGUAGE_BLOCK = 400;

/** The word lists of a language, or null when they are not at hand. */
export type LexiconOf = (lang: Lang) => Lexicon | null;

/**
 * Finds every casualty claim in a text with the given lexicons. Blocks are the text's lines;
 * each block's language is detected on its own, falling back to the whole text's for short lines.
 * Without its language's lexicon a block is skipped.
 */
export function detectClaimsWith(text: string, lexiconOf: LexiconOf, opts: DetectOptions = {}): Claim[] {
  const claims: Claim[] = [];
  forEachBlock(text, opts, (start, end, lang) => {
    const lex = lexiconOf(lang);
    if (lex) for (const c of detectBlock(text, start, end, lex)) claims.push(c);
  });
  return claims;
}

/** The languages whose lexicons detecting a text needs. */
export function languagesOf(text: string, opts: DetectOptions = {}): Set<Lang> {
  const langs = new Set<Lang>();
  forEachBlock(text, opts, (_s, _e, lang) => langs.add(lang));
  return langs;
}

function forEachBlock(text: string, opts: DetectOptions, visit: (start: number, end: number, lang: Lang) => void): void {
  const docLang = opts.lang ?? opts.fallbackLang ?? detectLanguage(text.length > 2000 ? text.slice(0, 2000) : text) ?? 'en';
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // A block with no letter of the scripts read here (Chinese, Japanese, digits alone) has no
    // claim a lexicon could find; reading it costs time and risks noise.
    if (end > start && firstLetterScript(text, start, end) !== null) visit(start, end, opts.lang ?? blockLanguage(text, start, end, docLang));
    start = end + 1;
  }
}

type Script = 'arabic' | 'hebrew' | 'cyrillic' | 'latin';

/** The writing system of the first letter of text[start, end): enough to tell a switch of language. */
function scriptOf(text: string, start: number, end: number): Script | null {
  return firstLetterScript(text, start, Math.min(end, start + 200));
}

function firstLetterScript(text: string, start: number, end: number): Script | null {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x600 && c <= 0x6ff) return 'arabic';
    if (c >= 0x590 && c <= 0x5ff) return 'hebrew';
    if (c >= 0x400 && c <= 0x4ff) return 'cyrillic';
    if (c >= 65 && c <= 90 || c >= 97 && c <= 122) return 'latin';
  }
  return null;
}

const SCRIPT: Record<Lang, 'arabic' | 'hebrew' | 'cyrillic' | 'latin'> = {
  en: 'latin', fr: 'latin', es: 'latin', de: 'latin', tr: 'latin', ar: 'arabic', fa: 'arabic', he: 'hebrew', ru: 'cyrillic', uk: 'cyrillic',
};

/**
 * A block in the text's script keeps the text's language unless it is long enough to tell on
 * its own (a quoted paragraph in another language); a block in another script is detected.
 */
function blockLanguage(text: string, start: number, end: number, fallback: Lang): Lang {
  if (end - start < MIN_BLOCK_FOR_LANGUAGE) return fallback;
  if (scriptOf(text, start, end) === SCRIPT[fallback] && end - start < OWN_LANGUAGE_BLOCK) return fallback;
  return detectLanguage(text.slice(start, Math.min(end, start + 600))) ?? fallback;
}
