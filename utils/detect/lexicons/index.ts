import type { Lang } from '../../claim';
import { compileLexicon, type Lexicon, type LexiconSource } from '../lexicon';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fa } from './fa';
import { fr } from './fr';
import { he } from './he';
import { ru } from './ru';
import { tr } from './tr';
import { uk } from './uk';

// Each language's lists are built on first use. The content script does not bundle them: it asks
// the background for the source of each language its page needs (see `lexiconSource`).
const SOURCES: Record<Lang, () => LexiconSource> = { en, ar, ru, uk, fa, he, fr, es, de, tr };
const compiled = new Map<Lang, Lexicon>();

/** The compiled lexicon of a language, or null where the detector does not read it yet. */
export function lexiconFor(lang: Lang): Lexicon | null {
  let lex = compiled.get(lang);
  if (!lex) {
    const src = SOURCES[lang];
    if (!src) return null;
    lex = compileLexicon(src());
    compiled.set(lang, lex);
  }
  return lex;
}

/** A language's word lists as plain data, for a context that compiles them itself (the content script). */
export function lexiconSource(lang: Lang): LexiconSource | null {
  return SOURCES[lang]?.() ?? null;
}
