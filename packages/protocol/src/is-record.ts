/**
 * A JSON object (not an array, not null): where every hand-written shape check starts.
 *
 * @example
 * isRecord({ token: 'a' }); // true
 * isRecord([1]); // false
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
