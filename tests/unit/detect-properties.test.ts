import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../utils/claim';
import { detectClaims } from '../../utils/detect/detect';

// Pieces that stress the tokenizer and the number reader: digits in three scripts, every
// separator, scale and vague words of several languages, bidi marks, casualty words.
const PIECES = [
  '1', '12', '352', '1,234', '1.234', '1 234', '1\u00a0234', '1\u2009234', '١٬٢٣٤', '١٫٢', '۳۵۲', '٣', ',', '.', '٬', '٫', ' ', '\u00a0',
  '-', '–', '%', '$', ':', '/', "'", '"', '\u200f', '\u200e', '\u202b', '\u2067', '\u200c', 'ـ', 'ً', '\n',
  'killed', 'civilians', 'at least', 'between', 'and', 'to', 'million', 'thousand', 'dozens', 'tens of thousands',
  'قتل', 'مقتل', 'مدنياً', 'آلاف', 'ألف', 'عشرات', 'على الأقل', 'و', 'ثلاثة', 'قتيلان', 'بين', 'إلى',
  'tués', 'morts', 'au moins', 'muertos', 'Tote', 'погибли', 'тыс.', 'загинули', 'kişi', 'bin', 'öldü',
  'کشته', 'هزار', 'הרוגים', 'כ', 'אלף', 'twenty-three', 'dreiundzwanzig', 'двадцать', 'yirmi',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 200 }).map((a) => a.join(''));
const anyText = fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

describe('detector properties', () => {
  it('never throws, and every claim lies inside the text and covers its number expression', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom(...LANGS), { nil: undefined }), (t, lang) => {
        const claims = detectClaims(t, lang ? { lang } : {});
        for (const c of claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(t.length);
          expect(c.start).toBeLessThan(c.end);
          expect(t.slice(c.start, c.end)).toBe(c.text);
          expect(c.low === null || c.high === null || c.low <= c.high).toBe(true);
          expect(c.value === null || Number.isInteger(c.value)).toBe(true);
        }
        // Claims come in text order and do not overlap.
        for (let i = 1; i < claims.length; i++) expect(claims[i]!.start).toBeGreaterThanOrEqual(claims[i - 1]!.end);
      }),
      { numRuns: 400 },
    );
  });

  it('reads adversarial inputs up to 1 MB in time that grows linearly with their length', () => {
    // A regular expression that backtracks would take minutes on these, not seconds.
    const adversarial = [
      '1,1,1,1,1,1,',
      '١٬١٬١٬١٬١٬',
      '1 234 567 890 ',
      '\u200f\u200e\u202b1\u200f',
      'killed 1-2-3-4-5-6 ',
      'tens of tens of thousands of ',
      'عشرات الآلاف ألف ألف ',
      'twenty-twenty-twenty-',
      '1.1.1.1.1.1.',
    ];
    for (const unit of adversarial) {
      const small = unit.repeat(Math.ceil(64_000 / unit.length));
      const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const t0 = performance.now();
      detectClaims(small);
      const t1 = performance.now();
      detectClaims(big);
      const t2 = performance.now();
      const perCharSmall = (t1 - t0) / small.length;
      const perCharBig = (t2 - t1) / big.length;
      // Generous bounds: 1 MB in well under 20 s, and no more than 8× the per-character cost.
      expect(t2 - t1, unit).toBeLessThan(20_000);
      expect(perCharBig, unit).toBeLessThan(Math.max(perCharSmall * 8, 0.002));
    }
  }, 120_000);
});
