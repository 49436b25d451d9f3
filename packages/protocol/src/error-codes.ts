/**
 * Codes of the `error` event: why a suggestion that was accepted (200) failed. Clients branch on
 * them; the message is for people.
 */
export const SUGGEST_ERROR_CODES = [
  'invalid_request',
  'unauthorized',
  'rate_limited',
  'logprobs_unsupported',
  'model_not_found',
  'upstream_error',
  'upstream_timeout',
  'internal_error',
] as const;

/**
 * A code of the `error` event.
 *
 * @example
 * const code: SuggestErrorCode = 'upstream_timeout';
 */
export type SuggestErrorCode = (typeof SUGGEST_ERROR_CODES)[number];

/**
 * Codes of the JSON body of a 4xx/5xx answer (no stream was started), with the status each goes
 * with: one table, so a code never appears with two statuses.
 */
export const HTTP_ERROR_STATUS = {
  invalid_request: 400,
  forbidden_origin: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
} as const;

/**
 * A code of an error body.
 *
 * @example
 * const code: HttpErrorCode = 'payload_too_large';
 */
export type HttpErrorCode = keyof typeof HTTP_ERROR_STATUS;

/** One reason a request was rejected, naming the field (dot path) it concerns. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** The JSON body of every 4xx/5xx answer that is not a stream. */
export interface SuggestErrorBody {
  error: {
    code: HttpErrorCode;
    message: string;
    /** The first offending field, when the error is about the request body. */
    field?: string;
    issues?: FieldIssue[];
  };
}

/**
 * The one builder of error bodies; with issues, the body names the first field and lists all.
 *
 * @example
 * toErrorBody('rate_limited', 'Too many requests; retry after 3 s.'); // { error: { code: 'rate_limited', message: '...' } }
 */
export function toErrorBody(code: HttpErrorCode, message: string, issues?: FieldIssue[]): SuggestErrorBody {
  const first = issues?.[0];
  return { error: first ? { code, message, field: first.field, issues } : { code, message } };
}
