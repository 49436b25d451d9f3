export { SUGGEST_LIMITS } from './suggest-limits.js';
export {
  SuggestRequestSchema,
  parseSuggestRequest,
  toSuggestErrorBody,
  type SuggestRequest,
  type SuggestRequestInput,
  type SuggestRequestResult,
} from './suggest-request.js';
export {
  PROTOCOL_VERSION,
  PROTOCOL_VERSION_HEADER,
  SUGGEST_PATH,
  type EndEventData,
  type ErrorEventData,
  type FinishReason,
  type SuggestEvent,
  type SuggestEventType,
  type TokenEventData,
  type TopLogprob,
} from './suggest-events.js';
export { createSuggestEventEncoderStream, encodeSuggestEvent } from './encode-suggest-event.js';
export { SuggestProtocolError, parseSuggestEvent } from './parse-suggest-event.js';
export { createSuggestEventParser, readSuggestStream } from './read-suggest-stream.js';
export {
  HTTP_ERROR_STATUS,
  SUGGEST_ERROR_CODES,
  toErrorBody,
  type FieldIssue,
  type HttpErrorCode,
  type SuggestErrorBody,
  type SuggestErrorCode,
} from './error-codes.js';
export { findTextProblem, replaceInvalidCharacters } from './text-validity.js';
export { isRecord } from './is-record.js';
