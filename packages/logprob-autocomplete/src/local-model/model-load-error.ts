import type { LocalModelErrorCode } from './model-messages.js';

/**
 * A classified failure to load the in-page model.
 *
 * @example
 * throw new ModelLoadError('model_unavailable', 'The model file answered HTTP 404.');
 */
export class ModelLoadError extends Error {
  override name = 'ModelLoadError';
  readonly code: LocalModelErrorCode;

  constructor(code: LocalModelErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
