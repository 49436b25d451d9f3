import { invalidParameter, OpenAIRequestError } from './openai-error.js';
import { readBoolean, readCommonParameters, readInteger, readText, type JsonObject } from './request-fields.js';

/**
 * Most tokens one request may generate: an n-gram model's text degrades long before this.
 *
 * @example
 * readInteger(body, 'max_tokens', 1, MAX_GENERATED_TOKENS);
 */
export const MAX_GENERATED_TOKENS = 1024;
/**
 * Tokens generated when the request sets no limit (OpenAI's legacy default).
 *
 * @example
 * const maxTokens = requested ?? DEFAULT_GENERATED_TOKENS;
 */
export const DEFAULT_GENERATED_TOKENS = 16;

/**
 * What both endpoints need to run the model.
 *
 * @example
 * const request: ParsedRequest = parseChatRequest(body);
 */
export interface ParsedRequest {
  model: string;
  text: string;
  maxTokens: number;
  temperature: number;
  topP: number;
  seed: number;
  stop: string[];
  stream: boolean;
  includeUsage: boolean;
  /** Alternatives per position, or null when logprobs were not requested. */
  topLogprobs: number | null;
  echo: boolean;
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

/**
 * Checks the body is a JSON object naming a model.
 *
 * @example
 * readModelName({ model: 'embedded-ngram' }); // 'embedded-ngram'
 */
export function readModelName(body: JsonObject): string {
  const model = body.model;
  if (typeof model !== 'string' || model.length === 0) throw new OpenAIRequestError(400, "Missing required parameter: 'model'.", 'model', 'missing_required_parameter');
  return model;
}

function messageText(message: unknown, index: number): { role: string; text: string } {
  const param = `messages[${index}]`;
  if (typeof message !== 'object' || message === null || Array.isArray(message)) throw invalidParameter(param, `must be an object, received ${describe(message)}`, 'invalid_type');
  const { role, content } = message as JsonObject;
  if (typeof role !== 'string' || !['system', 'developer', 'user', 'assistant', 'tool'].includes(role)) {
    throw invalidParameter(`${param}.role`, "must be one of 'system', 'developer', 'user', 'assistant' or 'tool'");
  }
  if (content === null && role === 'assistant') return { role, text: '' };
  if (typeof content === 'string') return { role, text: readText(content, `${param}.content`) };
  if (!Array.isArray(content)) throw invalidParameter(`${param}.content`, `must be a string or an array of text parts, received ${describe(content)}`, 'invalid_type');
  const parts = content.map((part: unknown, partIndex) => {
    const partParam = `${param}.content[${partIndex}]`;
    if (typeof part !== 'object' || part === null || (part as JsonObject).type !== 'text') throw invalidParameter(partParam, "only parts of type 'text' are supported by this model");
    return readText((part as JsonObject).text, `${partParam}.text`);
  });
  return { role, text: parts.join('') };
}

/**
 * Reads `POST /v1/chat/completions`. The text to continue is the last message's content if it
 * is a user message, or, when the last message is an assistant message, that message's content
 * as a prefill (as llama.cpp does); there is no chat template.
 *
 * @example
 * parseChatRequest({ model: 'embedded-ngram', messages: [{ role: 'user', content: 'We the Peo' }] });
 */
export function parseChatRequest(body: JsonObject): ParsedRequest {
  const model = readModelName(body);
  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) throw invalidParameter('messages', 'must be a non-empty array of messages', messages === undefined ? 'missing_required_parameter' : 'invalid_value');
  const parsed = messages.map(messageText);
  const last = parsed[parsed.length - 1];
  if (!last || (last.role !== 'user' && last.role !== 'assistant')) {
    throw invalidParameter(`messages[${parsed.length - 1}].role`, "the last message must be from 'user' (text to continue) or 'assistant' (a prefill to continue)");
  }
  const logprobs = readBoolean(body, 'logprobs') ?? false;
  const top = readInteger(body, 'top_logprobs', 0, 20);
  if (top !== undefined && top > 0 && !logprobs) throw invalidParameter('top_logprobs', "requires 'logprobs' to be true");
  const maxTokens = readInteger(body, 'max_completion_tokens', 1, MAX_GENERATED_TOKENS) ?? readInteger(body, 'max_tokens', 1, MAX_GENERATED_TOKENS);
  // vLLM accepts `echo` on chat; OpenAI does not, and silently ignoring it would return a
  // completion without the prompt to a caller who asked for the prompt's scores.
  if (readBoolean(body, 'echo') === true) throw invalidParameter('echo', 'is not supported on chat completions; send the text as `prompt` to POST /v1/completions with echo: true', 'unsupported_parameter');
  return {
    model,
    text: last.text,
    maxTokens: maxTokens ?? DEFAULT_GENERATED_TOKENS,
    ...readCommonParameters(body),
    topLogprobs: logprobs ? (top ?? 0) : null,
    echo: false,
  };
}

/**
 * Reads legacy `POST /v1/completions` (`prompt` is a string or an array of one string).
 * `max_tokens: 0` with `echo: true` is the standard call for scoring a text.
 *
 * @example
 * parseCompletionRequest({ model: 'embedded-ngram', prompt: 'We the Peo', logprobs: 5 });
 */
export function parseCompletionRequest(body: JsonObject): ParsedRequest {
  const model = readModelName(body);
  let prompt = body.prompt;
  if (prompt === undefined) throw new OpenAIRequestError(400, "Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  if (Array.isArray(prompt)) {
    if (prompt.length !== 1) throw invalidParameter('prompt', 'this model accepts one prompt per request (a string or an array of one string)');
    prompt = prompt[0];
  }
  const logprobs = readInteger(body, 'logprobs', 0, 5);
  return {
    model,
    text: readText(prompt, 'prompt'),
    // 0 is allowed (OpenAI's reference: minimum 0): with `echo` it scores the prompt alone.
    maxTokens: readInteger(body, 'max_tokens', 0, MAX_GENERATED_TOKENS) ?? DEFAULT_GENERATED_TOKENS,
    ...readCommonParameters(body),
    topLogprobs: logprobs ?? null,
    echo: readBoolean(body, 'echo') ?? false,
  };
}
