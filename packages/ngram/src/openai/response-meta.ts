import type { NgramModel } from '../ngram-model.js';
import type { ParsedRequest } from './parse-requests.js';
import type { GenerationEnd } from './run-generation.js';

/** What every response object of one request shares, chat or legacy. */
export interface ResponseMeta {
  id: string;
  created: number;
  model: string;
}

/**
 * OpenAI's `usage` object for a finished generation: the prompt counted in the model's own tokens.
 *
 * @example
 * usage(model, request, end); // { prompt_tokens: 3, completion_tokens: 8, total_tokens: 11 }
 */
export function usage(model: NgramModel, request: ParsedRequest, end: GenerationEnd) {
  const promptTokens = model.encode(request.text).length;
  return { prompt_tokens: promptTokens, completion_tokens: end.completionTokens, total_tokens: promptTokens + end.completionTokens };
}
