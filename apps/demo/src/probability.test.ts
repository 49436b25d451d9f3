import { describe, expect, it } from 'vitest';
import { confidenceHue, toProbability, visibleToken } from './probability.js';

describe('probability helpers', () => {
  it('converts natural-log probabilities', () => {
    expect(toProbability(Math.log(0.25))).toBeCloseTo(0.25, 10);
    expect(toProbability(0)).toBe(1);
  });

  it('maps likely tokens to green and unlikely ones to red', () => {
    expect(confidenceHue(1)).toBe(130);
    expect(confidenceHue(0.0001)).toBe(0);
    expect(confidenceHue(0)).toBe(0);
    expect(confidenceHue(0.01)).toBe(65);
    expect(confidenceHue(0.5)).toBeGreaterThan(confidenceHue(0.05));
  });

  it('makes whitespace visible', () => {
    expect(visibleToken(' the\n\t')).toBe('·the↵→');
  });
});
