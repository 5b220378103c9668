import type { Claim, Lang } from '../claim';
import { detectLanguage } from '../text/language';
import { detectBlock } from './detect-block';
import { lexiconFor } from './lexicons';

export interface DetectOptions {
  /** Language of the text when known; otherwise detected per block (a page can mix languages). */
  lang?: Lang;
  /** Language for blocks too short to tell, when the caller knows the page's (else the text's). */
  fallbackLang?: Lang;
}

/** A block shorter than this takes the language of the whole text. */
const MIN_BLOCK_FOR_LANGUAGE = 40;

/**
 * Finds every casualty claim in a text. Blocks are the text's lines; each block's language is
 * detected on its own, falling back to the whole text's for short lines.
 */
export function detectClaims(text: string, opts: DetectOptions = {}): Claim[] {
  const docLang = opts.lang ?? opts.fallbackLang ?? detectLanguage(text) ?? 'en';
  const claims: Claim[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) {
      const lang = opts.lang ?? blockLanguage(text, start, end, docLang);
      const lex = lexiconFor(lang);
      if (lex) for (const c of detectBlock(text, start, end, lex)) claims.push(c);
    }
    start = end + 1;
  }
  return claims;
}

function blockLanguage(text: string, start: number, end: number, fallback: Lang): Lang {
  if (end - start < MIN_BLOCK_FOR_LANGUAGE) return fallback;
  return detectLanguage(text.slice(start, Math.min(end, start + 600))) ?? fallback;
}
