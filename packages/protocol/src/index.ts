export { SUGGEST_LIMITS } from './suggest-limits.js';
export {
  SuggestRequestSchema,
  parseSuggestRequest,
  toSuggestErrorBody,
  type FieldIssue,
  type SuggestErrorBody,
  type SuggestRequest,
  type SuggestRequestInput,
  type SuggestRequestResult,
} from './suggest-request.js';
export {
  PROTOCOL_VERSION,
  PROTOCOL_VERSION_HEADER,
  SUGGEST_ERROR_CODES,
  SUGGEST_PATH,
  type EndEventData,
  type ErrorEventData,
  type FinishReason,
  type SuggestErrorCode,
  type SuggestEvent,
  type SuggestEventType,
  type TokenEventData,
  type TopLogprob,
} from './suggest-events.js';
export { createSuggestEventEncoderStream, encodeSuggestEvent } from './encode-suggest-event.js';
export { SuggestProtocolError, parseSuggestEvent } from './parse-suggest-event.js';
export { createSuggestEventParser, readSuggestStream } from './read-suggest-stream.js';
