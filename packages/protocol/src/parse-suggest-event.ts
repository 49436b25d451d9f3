import { SUGGEST_ERROR_CODES, type SuggestEvent, type TopLogprob } from './suggest-events.js';

/** Thrown (or reported) when a stream carries something that is not a valid suggest event. */
export class SuggestProtocolError extends Error {
  override name = 'SuggestProtocolError';
}

// Hand-written guards rather than a schema library: this runs in the element's drop-in bundle,
// where every kilobyte counts, and the shapes are small and stable.
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isLogprob = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value) && value <= 0;
const isByteArray = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((byte) => Number.isInteger(byte) && (byte as number) >= 0 && (byte as number) <= 255);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isTopLogprob(value: unknown): value is TopLogprob {
  return isRecord(value) && typeof value.token === 'string' && isByteArray(value.bytes) && isLogprob(value.logprob);
}

function isTokenData(value: unknown): boolean {
  return (
    isTopLogprob(value) &&
    isCount((value as unknown as Record<string, unknown>).index) &&
    Array.isArray((value as unknown as Record<string, unknown>).top_logprobs) &&
    ((value as unknown as Record<string, unknown>).top_logprobs as unknown[]).every(isTopLogprob)
  );
}

function isEndData(value: unknown): boolean {
  if (!isRecord(value) || typeof value.finish_reason !== 'string') return false;
  const { usage, timings } = value;
  return (
    isRecord(usage) &&
    isCount(usage.prompt_tokens) &&
    isCount(usage.completion_tokens) &&
    isCount(usage.total_tokens) &&
    isRecord(timings) &&
    typeof timings.first_token_ms === 'number' &&
    typeof timings.total_ms === 'number'
  );
}

function isErrorData(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.message === 'string' &&
    (SUGGEST_ERROR_CODES as readonly unknown[]).includes(value.code)
  );
}

const guards = { token: isTokenData, end: isEndData, error: isErrorData } as const;

/**
 * Validates one SSE message (its `event:` name and `data:` text) as a suggest event. Returns
 * `undefined` for event names this version does not know, so servers can add events later.
 *
 * @example
 * parseSuggestEvent('token', '{"index":0,"token":" the","bytes":[32,116,104,101],"logprob":-0.5,"top_logprobs":[]}');
 */
export function parseSuggestEvent(eventName: string | undefined, data: string): SuggestEvent | undefined {
  const type = eventName ?? 'message';
  if (!Object.hasOwn(guards, type)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    throw new SuggestProtocolError(`"${type}" event data is not JSON`);
  }
  if (!guards[type as keyof typeof guards](parsed)) {
    throw new SuggestProtocolError(`"${type}" event data does not match the protocol`);
  }
  return { type, data: parsed } as SuggestEvent;
}
