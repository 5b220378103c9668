import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfName, indicesOfName, type NamePattern } from '../../utils/match/name-pattern';

/** The regular expression the pattern stands for: what the matcher searched with before. */
function asRegExp(p: NamePattern, flags = 'u'): RegExp {
  const lit = p.needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${p.wordStart ? '(?<![\\p{L}\\p{N}])' : ''}${lit}${p.wordEnd ? '(?![\\p{L}\\p{N}])' : ''}`, flags);
}

const texts = [
  'the ukrainian army said ukraine lost 40 soldiers near bakhmut',
  'в украине погибли 12 человек; украинские власти сообщили',
  'قتل 40 في سورياوالعراق حسب المرصد السوري',
  'mosul, moussoul and al-mosul; 2mosul mosul2 mosul',
  'gaza 𝐠aza gaza𝟐 𝟐gaza gaza', // letters and digits outside the basic plane
  '', 'ukr',
];
const patterns: NamePattern[] = [
  { needle: 'ukrain', wordStart: true, wordEnd: false },
  { needle: 'украин', wordStart: true, wordEnd: false },
  { needle: 'سوريا', wordStart: false, wordEnd: false },
  { needle: 'mosul', wordStart: true, wordEnd: true },
  { needle: 'gaza', wordStart: true, wordEnd: true },
  { needle: 'aza', wordStart: false, wordEnd: true },
];

describe('name patterns', () => {
  it('find what the equivalent regular expression finds, first and every place', () => {
    for (const text of texts) {
      for (const p of patterns) {
        expect(indexOfName(text, p)).toBe(text.search(asRegExp(p)));
        expect(indicesOfName(text, p)).toEqual([...text.matchAll(asRegExp(p, 'gu'))].map((m) => m.index));
      }
    }
  });
  it('agree with it on any text over a small alphabet', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '1', 'é', 'ж', '-', '𝐚');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join('')), fc.constantFrom('ab', 'a', 'ba'), fc.boolean(), fc.boolean(), (text, needle, wordStart, wordEnd) => {
        const p = { needle, wordStart, wordEnd };
        expect(indicesOfName(text, p)).toEqual([...text.matchAll(asRegExp(p, 'gu'))].map((m) => m.index));
      }),
      { numRuns: 2000 },
    );
  });
});
