import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../eval/corpus';
import { LANGS, type Lang } from '../../utils/claim';
import { CrosscountDB } from '../../utils/db/database';
import { RequestHandler } from '../../utils/db/handle';
import { detectClaims } from '../../utils/detect/detect';
import { detectClaimsWith, languagesOf } from '../../utils/detect/detect-text';
import { compileLexicon, type Lexicon, type LexiconSource } from '../../utils/detect/lexicon';
import { mayAsk, type LexiconResponse } from '../../utils/messages';

const corpus = loadCorpus();
const handler = new RequestHandler(new CrosscountDB(`lex-${Math.random()}`), '2026-11-25');

/** A language's lexicon as the content script gets it: asked of the handler, carried as JSON (as Chrome carries messages), compiled. */
async function viaMessage(lang: Lang): Promise<Lexicon> {
  const res = (await handler.handle({ type: 'lexicon', lang })) as LexiconResponse;
  expect(res.source?.lang).toBe(lang);
  return compileLexicon(JSON.parse(JSON.stringify(res.source)) as LexiconSource);
}

describe('word lists sent to the content script', () => {
  it('detect, after the trip through a message, exactly what the bundled ones detect', async () => {
    const received = new Map<Lang, Lexicon>();
    for (const lang of LANGS) received.set(lang, await viaMessage(lang));
    let claims = 0;
    for (const p of corpus) {
      const got = detectClaimsWith(p.text, (l) => received.get(l) ?? null);
      expect(got).toEqual(detectClaims(p.text));
      claims += got.length;
    }
    expect(claims).toBeGreaterThan(500);
  });
  it('are asked for the languages detection will use; a block without its lexicon is skipped', async () => {
    const text = 'At least 40 people were killed in the strike, officials said.\nقال مسؤولون إن ٤٠ شخصا على الأقل قتلوا في الغارة التي استهدفت السوق المركزي في المدينة.';
    expect([...languagesOf(text)].sort()).toEqual(['ar', 'en']);
    const en = await viaMessage('en');
    expect(detectClaimsWith(text, (l) => (l === 'en' ? en : null)).map((c) => c.lang)).toEqual(['en']);
    expect(detectClaims(text).map((c) => c.lang).sort()).toEqual(['ar', 'en']);
  });
  it('are given to content scripts', () => {
    expect(mayAsk('lexicon', 'https://news.example/a', 'chrome-extension://x/')).toBe(true);
  });
});
