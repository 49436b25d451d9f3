import type { ErrorEventData, SuggestErrorCode } from '@logprob-autocomplete/protocol';
import { APIConnectionTimeoutError, APIError } from 'openai';

// Fixed, safe messages: an upstream's own message can carry a key prefix, an organisation id or
// a prompt, so it is never forwarded, only classified.
const MESSAGES = {
  unauthorized: 'The suggestion service could not authenticate with its model provider.',
  rate_limited: 'The model provider is rate limiting requests; try again shortly.',
  logprobs_unsupported: 'The configured model does not return logprobs; choose a model that does.',
  model_not_found: 'The configured model was not found at the model provider.',
  upstream_timeout: 'The model provider did not answer in time.',
  upstream_error: 'The model provider failed to answer.',
} as const satisfies Partial<Record<SuggestErrorCode, string>>;

/** A code {@link toUpstreamErrorEvent} can give; each has a fixed, safe message. */
export type UpstreamErrorCode = keyof typeof MESSAGES;

/**
 * A failure an upstream has already classified (the embedded model knows why it refuses), so
 * it needs no guessing from an HTTP status.
 *
 * @example
 * throw new UpstreamFailure('model_not_found');
 */
export class UpstreamFailure extends Error {
  override name = 'UpstreamFailure';
  readonly code: UpstreamErrorCode;

  constructor(code: UpstreamErrorCode) {
    super(MESSAGES[code]);
    this.code = code;
  }
}

const mentionsLogprobs = (error: { param: unknown; code: unknown; message: string }): boolean =>
  /logprob/i.test(`${String(error.param)} ${String(error.code)} ${error.message}`);

/**
 * Classifies an upstream failure as a sanitised `error` event.
 *
 * @example
 * toUpstreamErrorEvent(new RateLimitError(429, { message: 'org-123 over quota' }, undefined, new Headers()));
 * // { code: 'rate_limited', message: 'The model provider is rate limiting requests; try again shortly.' }
 */
export function toUpstreamErrorEvent(error: unknown, timedOut = false): ErrorEventData {
  const code = classify(error, timedOut);
  return { code, message: MESSAGES[code] };
}

function classify(error: unknown, timedOut: boolean): UpstreamErrorCode {
  if (timedOut || error instanceof APIConnectionTimeoutError) return 'upstream_timeout';
  if (error instanceof UpstreamFailure) return error.code;
  if (!(error instanceof APIError)) return 'upstream_error';
  switch (error.status) {
    case 401:
    case 403:
      return 'unauthorized';
    case 429:
      return 'rate_limited';
    case 404:
      return 'model_not_found';
    case 400:
    case 422:
      return mentionsLogprobs(error) ? 'logprobs_unsupported' : 'upstream_error';
    default:
      return 'upstream_error';
  }
}

/**
 * The `error` event for a stream that carried text but never a logprob: a server that ignores
 * the `logprobs` parameter (Ollama before 0.12.11, some proxies).
 *
 * @example
 * if (sawTextWithoutLogprobs) yield { type: 'error', data: LOGPROBS_MISSING };
 */
export const LOGPROBS_MISSING: ErrorEventData = { code: 'logprobs_unsupported', message: MESSAGES.logprobs_unsupported };
