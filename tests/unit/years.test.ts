import { describe, expect, it } from 'vitest';
import { yearsIn } from '../../utils/match/years';
import { relativeYearsIn } from '../../utils/match/relative-years';

describe('years a sentence mentions', () => {
  it('reads Gregorian years in any digit script, with their offsets', () => {
    expect(yearsIn('in 2014, and again in ٢٠١٧')).toEqual([{ index: 3, year: 2014 }, { index: 22, year: 2017 }]);
  });

  it('reads Iranian solar years after «سال» as Gregorian ones', () => {
    expect(yearsIn('زلزله بم در سال ۱۳۸۲').map((y) => y.year)).toEqual([2003]);
  });

  it('leaves other numbers alone', () => {
    expect(yearsIn('1400 people, 352 civilians, 12 500 soldiers')).toEqual([]);
  });
});

describe('years a sentence names relative to another', () => {
  it('counts back from the page date: "ten years ago", in words or digits', () => {
    expect(relativeYearsIn('Ten years ago, 298 people died when the plane was shot down.', 'en', '2024-07-17', '')).toEqual([2014]);
    expect(relativeYearsIn('Десять років тому над Донбасом загинули всі 298 людей.', 'uk', '2024-07-17', '')).toEqual([2014]);
    expect(relativeYearsIn('قبل 10 سنوات قتل 298 شخصا', 'ar', '2024-07-17', '')).toEqual([2014]);
  });

  it('counts on from the last year named before: "fourteen years later"', () => {
    expect(relativeYearsIn('Catorce años después, otro tsunami dejó 4.340 muertos.', 'es', '2025-01-01', 'El tsunami de 2004 mató a 220.000 personas. ')).toEqual([2018]);
  });

  it('needs its reference: no page date, no year before', () => {
    expect(relativeYearsIn('Ten years ago, 298 people died.', 'en', null, '')).toEqual([]);
    expect(relativeYearsIn('Fourteen years later, 40 died.', 'en', '2024-01-01', '')).toEqual([]);
  });
});
