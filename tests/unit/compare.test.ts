import { describe, expect, it } from 'vitest';
import { ratio, shownRatio } from '../../utils/match/compare';

const figure = (value: number | null, low: number | null = value, high: number | null = value) => ({ value, low, high });

describe('ratio of another source to the claim', () => {
  it('compares midpoints of ranges', () => {
    expect(ratio(figure(352), figure(3200))).toBeCloseTo(9.09, 2);
    expect(ratio(figure(null, 9000, 11000), figure(null, 2000, 3000))).toBeCloseTo(0.25, 5);
  });

  it('is shown for one count seen by two sources, not for one strike against a whole war', () => {
    expect(shownRatio(figure(352), figure(3200))).toBeCloseTo(9.09, 2);
    expect(shownRatio(figure(20000), figure(1600))).toBeCloseTo(0.08, 2);
    // "45 civilians were killed in the raid" against a campaign's 3,200.
    expect(shownRatio(figure(45), figure(3200))).toBeNull();
    expect(shownRatio(figure(300000), figure(3200))).toBeNull();
    expect(shownRatio(figure(null, null, null), figure(3200))).toBeNull();
  });
});
