/**
 * OpenAI's error body: `{ error: { message, type, param, code } }`.
 *
 * @example
 * const body: OpenAIErrorBody = error.toBody();
 */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/**
 * OpenAI's error body for any status: `type` as OpenAI's API sends it (`requests` for a 429 on
 * request rate, `server_error` for 5xx, `invalid_request_error` otherwise). The one builder of
 * this shape, for the embedded app and for guards in front of it.
 *
 * @example
 * toOpenAIErrorBody(429, 'Too many requests; retry after 3 s.', 'rate_limit_exceeded');
 * // { error: { message: 'Too many requests; retry after 3 s.', type: 'requests', param: null, code: 'rate_limit_exceeded' } }
 */
export function toOpenAIErrorBody(status: number, message: string, code: string | null, param: string | null = null): OpenAIErrorBody {
  const type = status === 429 ? 'requests' : status >= 500 ? 'server_error' : 'invalid_request_error';
  return { error: { message, type, param, code } };
}

/**
 * A request problem that becomes an OpenAI-shaped error response.
 *
 * @example
 * throw new OpenAIRequestError(404, 'The model `x` does not exist.', 'model', 'model_not_found');
 */
export class OpenAIRequestError extends Error {
  constructor(
    readonly status: 400 | 404 | 413,
    message: string,
    readonly param: string | null,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'OpenAIRequestError';
  }

  /**
   * The JSON body OpenAI's SDKs parse into `APIError`.
   *
   * @example
   * new OpenAIRequestError(400, 'bad', 'temperature', 'invalid_value').toBody();
   */
  toBody(): OpenAIErrorBody {
    return toOpenAIErrorBody(this.status, this.message, this.code, this.param);
  }
}

/**
 * Shorthand for a 400 naming the field and the reason.
 *
 * @example
 * throw invalidParameter('top_logprobs', 'must be an integer from 0 to 20, received 21');
 */
export function invalidParameter(param: string, reason: string, code = 'invalid_value'): OpenAIRequestError {
  return new OpenAIRequestError(400, `Invalid '${param}': ${reason}.`, param, code);
}
