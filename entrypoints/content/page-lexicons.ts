import { browser } from 'wxt/browser';
import type { Lang } from '../../utils/claim';
import { compileLexicon, type Lexicon } from '../../utils/detect/lexicon';
import type { BackgroundRequest, LexiconResponse } from '../../utils/messages';

/**
 * The word lists of the languages a page needs, asked of the background once each. Bundled, all
 * ten made the script four times larger, and compiling them was the bulk of its start on every
 * page; a page needs one or two.
 */
export class PageLexicons {
  private compiled = new Map<Lang, Lexicon>();
  private pending = new Map<Lang, Promise<void>>();

  /** A loaded language's lexicon, or null (its blocks are skipped). */
  readonly get = (lang: Lang): Lexicon | null => this.compiled.get(lang) ?? null;

  /** Loads the languages not loaded yet; one the background cannot give stays missing. */
  async load(langs: Iterable<Lang>): Promise<void> {
    await Promise.all([...langs].map((lang) => this.loadOne(lang)));
  }

  private loadOne(lang: Lang): Promise<void> {
    if (this.compiled.has(lang)) return Promise.resolve();
    let p = this.pending.get(lang);
    if (!p) {
      const req: BackgroundRequest = { type: 'lexicon', lang };
      p = (browser.runtime.sendMessage(req) as Promise<LexiconResponse>)
        .then((res) => {
          if (res?.source) this.compiled.set(lang, compileLexicon(res.source));
        })
        .finally(() => this.pending.delete(lang));
      this.pending.set(lang, p);
    }
    return p;
  }
}
