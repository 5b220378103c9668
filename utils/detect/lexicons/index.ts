import type { Lang } from '../../claim';
import { compileLexicon, type Lexicon, type LexiconSource } from '../lexicon';
import { ar } from './ar';
import { en } from './en';

const SOURCES: Partial<Record<Lang, LexiconSource>> = { en, ar };
const compiled = new Map<Lang, Lexicon>();

/** The compiled lexicon of a language, or null where the detector does not read it yet. */
export function lexiconFor(lang: Lang): Lexicon | null {
  let lex = compiled.get(lang);
  if (!lex) {
    const src = SOURCES[lang];
    if (!src) return null;
    lex = compileLexicon(src);
    compiled.set(lang, lex);
  }
  return lex;
}
