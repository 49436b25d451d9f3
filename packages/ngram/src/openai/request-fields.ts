import { findTextProblem } from '@logprob-autocomplete/protocol';
import { invalidParameter } from './openai-error.js';

/**
 * A parsed JSON object body.
 *
 * @example
 * const body = JSON.parse(text) as JsonObject;
 */
export type JsonObject = Record<string, unknown>;

/**
 * Longest prompt or message text accepted, in UTF-16 code units; only its tail is used anyway.
 *
 * @example
 * readText(body.prompt, 'prompt'); // rejects prompts longer than MAX_TEXT_LENGTH
 */
export const MAX_TEXT_LENGTH = 200_000;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a non-finite number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Checks prompt text: a string, not too long, valid Unicode, no control characters.
 *
 * @example
 * readText(body.prompt, 'prompt');
 */
export function readText(value: unknown, param: string): string {
  if (typeof value !== 'string') throw invalidParameter(param, `must be a string, received ${describe(value)}`, 'invalid_type');
  if (value.length > MAX_TEXT_LENGTH) throw invalidParameter(param, `must be at most ${MAX_TEXT_LENGTH} characters long, received ${value.length}`, 'string_above_max_length');
  // The protocol package owns the rules: the suggest route, this API and the element agree.
  const problem = findTextProblem(value);
  if (problem) throw invalidParameter(param, problem);
  return value;
}

/**
 * An optional integer in [min, max]; `null` counts as absent, as in OpenAI's API.
 *
 * @example
 * readInteger(body, 'top_logprobs', 0, 20);
 */
export function readInteger(body: JsonObject, param: string, min: number, max: number): number | undefined {
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalidParameter(param, `must be an integer from ${min} to ${max}, received ${describe(value)}`);
  }
  return value;
}

/**
 * An optional finite number in [min, max].
 *
 * @example
 * readNumber(body, 'temperature', 0, 2);
 */
export function readNumber(body: JsonObject, param: string, min: number, max: number): number | undefined {
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw invalidParameter(param, `must be a number from ${min} to ${max}, received ${describe(value)}`);
  }
  return value;
}

/**
 * An optional boolean.
 *
 * @example
 * readBoolean(body, 'stream');
 */
export function readBoolean(body: JsonObject, param: string): boolean | undefined {
  const value = body[param];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidParameter(param, `must be a boolean, received ${describe(value)}`, 'invalid_type');
  return value;
}

/**
 * `stop`: a string or up to 4 strings; empty strings are ignored.
 *
 * @example
 * readStop(body); // ['\n']
 */
export function readStop(body: JsonObject): string[] {
  const value = body.stop;
  if (value === undefined || value === null) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length > 4) throw invalidParameter('stop', `must be a string or an array of at most 4 strings, received ${describe(value)}`);
  return list.map((item, index) => readText(item, `stop[${index}]`)).filter((item) => item.length > 0);
}

/**
 * `stream_options.include_usage`.
 *
 * @example
 * readIncludeUsage(body); // false
 */
export function readIncludeUsage(body: JsonObject): boolean {
  const options = body.stream_options;
  if (options === undefined || options === null) return false;
  if (typeof options !== 'object' || Array.isArray(options)) throw invalidParameter('stream_options', `must be an object, received ${describe(options)}`, 'invalid_type');
  const include = (options as JsonObject).include_usage;
  if (include === undefined || include === null) return false;
  if (typeof include !== 'boolean') throw invalidParameter('stream_options.include_usage', `must be a boolean, received ${describe(include)}`, 'invalid_type');
  return include;
}

/**
 * The sampling and length parameters both endpoints share.
 *
 * @example
 * const common = readCommonParameters(body, 'max_tokens');
 */
export function readCommonParameters(body: JsonObject) {
  // One choice per request: the n-gram model has nothing to add by sampling several.
  readInteger(body, 'n', 1, 1);
  readNumber(body, 'presence_penalty', -2, 2);
  readNumber(body, 'frequency_penalty', -2, 2);
  return {
    temperature: readNumber(body, 'temperature', 0, 2) ?? 1,
    topP: readNumber(body, 'top_p', 0, 1) ?? 1,
    // OpenAI's seed is a 64-bit integer; JSON numbers past 2^53 lose digits but stay integers.
    seed: readInteger(body, 'seed', -(2 ** 63), 2 ** 63) ?? 0,
    stop: readStop(body),
    stream: readBoolean(body, 'stream') ?? false,
    includeUsage: readIncludeUsage(body),
  };
}
