import { SUGGEST_ERROR_CODES } from './error-codes.js';
import { isRecord } from './is-record.js';
import type { SuggestEvent } from './suggest-events.js';

/** Thrown (or reported) when a stream carries something that is not a valid suggest event. */
export class SuggestProtocolError extends Error {
  override name = 'SuggestProtocolError';
}

// Hand-written guards rather than a schema library: this runs in the element's drop-in bundle,
// where every kilobyte counts, and the shapes are small and stable. Values come from JSON.parse,
// so numbers are never NaN or infinite.
type Guard = (value: unknown) => boolean;
const isString: Guard = (value) => typeof value === 'string';
const isNumber: Guard = (value) => typeof value === 'number';
const isCount: Guard = (value) => Number.isInteger(value) && (value as number) >= 0;
const arrayOf = (guard: Guard): Guard => (value) => Array.isArray(value) && value.every(guard);
// An object (not an array) whose listed fields each pass their guard; other fields are allowed.
const shape = (fields: Record<string, Guard>): Guard => (value) =>
  isRecord(value) && Object.entries(fields).every(([name, guard]) => guard(value[name]));

const topLogprob = {
  token: isString,
  bytes: arrayOf((value) => isCount(value) && (value as number) < 256),
  logprob: (value: unknown) => isNumber(value) && (value as number) <= 0,
};

const guards: Record<SuggestEvent['type'], Guard> = {
  token: shape({ ...topLogprob, index: isCount, top_logprobs: arrayOf(shape(topLogprob)) }),
  end: shape({
    finish_reason: isString,
    usage: shape({ prompt_tokens: isCount, completion_tokens: isCount, total_tokens: isCount }),
    timings: shape({ first_token_ms: isNumber, total_ms: isNumber }),
  }),
  error: shape({ code: (value) => (SUGGEST_ERROR_CODES as readonly unknown[]).includes(value), message: isString }),
};

/**
 * Validates one SSE message (its `event:` name and `data:` text) as a suggest event. Returns
 * `undefined` for event names this version does not know, so servers can add events later.
 *
 * @example
 * parseSuggestEvent('token', '{"index":0,"token":" the","bytes":[32,116,104,101],"logprob":-0.5,"top_logprobs":[]}');
 */
export function parseSuggestEvent(eventName: string | undefined, data: string): SuggestEvent | undefined {
  const type = (eventName ?? 'message') as SuggestEvent['type'];
  if (!Object.hasOwn(guards, type)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw new SuggestProtocolError(`"${type}" event data is not JSON`);
  }
  if (!guards[type](parsed)) throw new SuggestProtocolError(`"${type}" event data does not match the protocol`);
  return { type, data: parsed } as SuggestEvent;
}
