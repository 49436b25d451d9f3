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
    return { error: { message: this.message, type: 'invalid_request_error', param: this.param, code: this.code } };
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
