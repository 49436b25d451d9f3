export { createOpenAICompatibleApp, MAX_BODY_BYTES, type OpenAICompatibleAppOptions } from './create-app.js';
export { OpenAIRequestError, toOpenAIErrorBody, type OpenAIErrorBody } from './openai-error.js';
export { MAX_GENERATED_TOKENS, DEFAULT_GENERATED_TOKENS } from './parse-requests.js';
export { MAX_TEXT_LENGTH } from './request-fields.js';
