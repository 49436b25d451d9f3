import { describe, expect, it } from 'vitest';
import { discountsFor } from './kneser-ney.js';

describe('discountsFor', () => {
  it("follows Chen and Goodman's formulas", () => {
    const [d1, d2, d3] = discountsFor([100, 40, 20, 10]);
    const y = 100 / 180;
    expect(d1).toBeCloseTo(1 - (2 * y * 40) / 100, 10);
    expect(d2).toBeCloseTo(2 - (3 * y * 20) / 40, 10);
    expect(d3).toBeCloseTo(3 - (4 * y * 10) / 20, 10);
  });

  it('falls back to safe discounts when counts of counts are missing', () => {
    expect(discountsFor([5, 0, 0, 0])).toEqual([0.5, 1, 1.5]);
  });
});
