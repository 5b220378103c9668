import { describe, expect, it } from 'vitest';
import { formatDay, formatFigure, formatMonth, formatNumber, formatPeriod } from '../../utils/format';

describe('format', () => {
  it('writes numbers as en-US does', () => {
    const nf = new Intl.NumberFormat('en-US');
    for (const n of [0, 7, 999, 1000, 3200, 20000, 352, 123456, 1234567, 470000, 12.3456, 1234.5, -1234.5, 0.0004]) expect(formatNumber(n)).toBe(nf.format(n));
    expect(formatFigure({ value: 3100, low: 2100, high: 4400 })).toBe('3,100 (2,100–4,400)');
  });
  it('writes months and days as en-GB does', () => {
    const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (let m = 1; m <= 12; m++) {
      const iso = `2014-${String(m).padStart(2, '0')}-0${(m % 9) + 1}`;
      expect(formatMonth(iso)).toBe(month.format(new Date(iso)));
      expect(formatDay(iso)).toBe(day.format(new Date(iso)));
    }
    expect(formatPeriod({ periodStart: '2014-08-08', periodEnd: '2017-05-04' })).toBe('Aug 2014 – May 2017');
  });
});
