import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, reliabilityBins, reliabilitySvg } from './calibration.js';

describe('calibration', () => {
  it('is 0 for predictions right exactly as often as they claim', () => {
    const pairs: [number, boolean][] = [
      [0.75, true],
      [0.75, true],
      [0.75, true],
      [0.75, false],
      [0.25, false],
      [0.25, true],
      [0.25, false],
      [0.25, false],
    ];
    expect(expectedCalibrationError(reliabilityBins(pairs, 10))).toBeCloseTo(0, 12);
  });

  it('weights each bin by its share of predictions', () => {
    // 3 predictions at 0.9 that are all wrong (gap 0.9), 1 at 0.05 that is wrong (gap 0.05).
    const bins = reliabilityBins([
      [0.9, false],
      [0.9, false],
      [0.9, false],
      [0.05, false],
    ]);
    expect(expectedCalibrationError(bins)).toBeCloseTo((3 * 0.9 + 0.05) / 4, 12);
    expect(bins[9]).toMatchObject({ count: 3, accuracy: 0 });
  });

  it('draws one bar per non-empty bin', () => {
    const svg = reliabilitySvg(reliabilityBins([[0.9, true], [0.1, false], [1, true]]), 'a < b');
    expect(svg.match(/fill="#3a6ea5"/g)).toHaveLength(2);
    expect(svg).toContain('a &lt; b');
  });
});
