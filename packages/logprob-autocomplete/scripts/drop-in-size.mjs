// The drop-in's size against its budget (docs/decisions/0004): a goal of 12 KiB gzipped and a
// cap of 14 KiB (issue 14). Used by scripts/bench.mjs for its table and by build-drop-in.mjs,
// which prints the figure after every build.
import { gzipSync } from 'node:zlib';

export const DROP_IN_GOAL_BYTES = 12 * 1024;
export const DROP_IN_CAP_BYTES = 14 * 1024;

/**
 * Rows `{ metric, value, goal }` for the drop-in file's bytes: minified, and minified + gzip -9
 * with the goal, the cap and where it stands.
 *
 * @example
 * for (const row of dropInSizeRows(await readFile('dist/logprob-autocomplete.js'))) console.log(row);
 */
export function dropInSizeRows(bytes) {
  const gzipped = gzipSync(bytes, { level: 9 }).length;
  const verdict = gzipped <= DROP_IN_GOAL_BYTES ? 'meets the goal' : gzipped <= DROP_IN_CAP_BYTES ? 'over the goal, under the cap' : `OVER THE CAP by ${gzipped - DROP_IN_CAP_BYTES} B`;
  return [
    { metric: 'drop-in size, minified', value: `${(bytes.length / 1024).toFixed(1)} KiB`, goal: '' },
    { metric: 'drop-in size, minified + gzip -9', value: `${(gzipped / 1024).toFixed(2)} KiB (${gzipped} B): ${verdict}`, goal: '<= 12 KiB goal, <= 14 KiB cap' },
  ];
}
