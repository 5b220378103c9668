import { describe, expect, it } from 'vitest';
import { yearsIn } from '../../utils/match/years';

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
