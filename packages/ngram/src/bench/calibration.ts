/**
 * One bin of a reliability diagram: predictions whose confidence fell in [low, high).
 *
 * @example
 * const { count, confidence, accuracy }: ReliabilityBin = bins[9];
 */
export interface ReliabilityBin {
  low: number;
  high: number;
  count: number;
  /** Mean predicted probability in the bin. */
  confidence: number;
  /** Share of the bin's predictions that were right. */
  accuracy: number;
}

/**
 * Groups (probability of the top prediction, whether it was right) pairs into `bins` equal-width
 * bins.
 *
 * @example
 * reliabilityBins([[0.9, true], [0.1, false]], 10);
 */
export function reliabilityBins(predictions: Iterable<readonly [number, boolean]>, bins = 10): ReliabilityBin[] {
  const out = Array.from({ length: bins }, (_, index) => ({ low: index / bins, high: (index + 1) / bins, count: 0, confidence: 0, accuracy: 0 }));
  for (const [probability, right] of predictions) {
    const bin = out[Math.min(bins - 1, Math.max(0, Math.floor(probability * bins)))];
    if (!bin) continue;
    bin.count++;
    bin.confidence += probability;
    if (right) bin.accuracy++;
  }
  for (const bin of out) {
    if (bin.count === 0) continue;
    bin.confidence /= bin.count;
    bin.accuracy /= bin.count;
  }
  return out;
}

/**
 * Expected calibration error: the count-weighted mean of |accuracy - confidence| over the bins.
 *
 * @example
 * expectedCalibrationError(reliabilityBins(pairs, 10)); // 0.013
 */
export function expectedCalibrationError(bins: readonly ReliabilityBin[]): number {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (total === 0) return 0;
  return bins.reduce((sum, bin) => sum + (bin.count / total) * Math.abs(bin.accuracy - bin.confidence), 0);
}

/**
 * A reliability diagram as a standalone SVG: per bin a bar of accuracy, a mark at the mean
 * confidence, the diagonal of perfect calibration, and the bin's share of predictions.
 *
 * @example
 * await writeFile('reliability.svg', reliabilitySvg(bins, 'held-out, top-1 next token'));
 */
export function reliabilitySvg(bins: readonly ReliabilityBin[], title: string): string {
  const size = 360;
  const margin = 48;
  const plot = size - 2 * margin;
  const x = (value: number) => margin + value * plot;
  const y = (value: number) => size - margin - value * plot;
  const total = bins.reduce((sum, bin) => sum + bin.count, 0) || 1;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size + 20}" viewBox="0 0 ${size} ${size + 20}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${size / 2}" y="20" text-anchor="middle" font-size="13">${escape(title)}</text>`,
    `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#888" stroke-dasharray="4 3"/>`,
  ];
  for (const bin of bins) {
    const left = x(bin.low) + 1;
    const width = x(bin.high) - x(bin.low) - 2;
    if (bin.count > 0) {
      parts.push(`<rect x="${left}" y="${y(bin.accuracy)}" width="${width}" height="${y(0) - y(bin.accuracy)}" fill="#3a6ea5"><title>${bin.count} predictions, accuracy ${bin.accuracy.toFixed(3)}, confidence ${bin.confidence.toFixed(3)}</title></rect>`);
      parts.push(`<line x1="${left}" x2="${left + width}" y1="${y(bin.confidence)}" y2="${y(bin.confidence)}" stroke="#d9534f" stroke-width="2"/>`);
    }
    parts.push(`<text x="${left + width / 2}" y="${y(0) + 26}" text-anchor="middle" fill="#555">${((bin.count / total) * 100).toFixed(0)}%</text>`);
  }
  for (const tick of [0, 0.5, 1]) {
    parts.push(`<text x="${x(tick)}" y="${y(0) + 13}" text-anchor="middle">${tick}</text>`);
    parts.push(`<text x="${x(0) - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`);
  }
  parts.push(`<rect x="${x(0)}" y="${y(1)}" width="${plot}" height="${plot}" fill="none" stroke="#333"/>`);
  parts.push(`<text x="${size / 2}" y="${size + 12}" text-anchor="middle">top-1 probability (blue: accuracy, red: mean confidence, grey: share)</text>`);
  parts.push(`<text transform="translate(12 ${size / 2}) rotate(-90)" text-anchor="middle">accuracy</text>`);
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
