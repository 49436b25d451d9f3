import type { NgramModel } from '../ngram-model.js';
import { MAX_CONTEXT_CHARACTERS } from '../prompt-context.js';
import { appendLegacyLogprobs, type LegacyLogprobs } from './logprob-shapes.js';
import { invalidParameter } from './openai-error.js';
import type { ParsedRequest } from './parse-requests.js';
import { usage, type ResponseMeta } from './response-meta.js';
import { runGeneration, type OutputToken } from './run-generation.js';
import { sseResponse } from './sse-response.js';
import { codePointLength } from './text-offset.js';

function emptyLogprobs(): LegacyLogprobs {
  return { tokens: [], token_logprobs: [], top_logprobs: [], text_offset: [] };
}

// The prompt's tokens as output items (for `echo` with `logprobs`).
function promptItems(model: NgramModel, request: ParsedRequest): OutputToken[] {
  if (request.text.length > MAX_CONTEXT_CHARACTERS) {
    throw invalidParameter('echo', `with logprobs, the prompt can be at most ${MAX_CONTEXT_CHARACTERS} characters long`);
  }
  const decoder = new TextDecoder();
  return model.score(request.text, request.topLogprobs ?? 0).map((token) => ({ text: decoder.decode(new Uint8Array(token.bytes), { stream: true }), token }));
}

/**
 * A non-streamed legacy `text_completion` object, with `logprobs` as `{tokens, token_logprobs,
 * top_logprobs: [{token: logprob}], text_offset}` and the prompt in front when `echo`.
 *
 * @example
 * const body = completion(model, request, { id: 'cmpl-1', created: 0, model: 'embedded-ngram' });
 */
export function completion(model: NgramModel, request: ParsedRequest, meta: ResponseMeta) {
  const logprobs = request.topLogprobs === null ? null : emptyLogprobs();
  let offset = 0;
  if (logprobs && request.echo) offset = appendLegacyLogprobs(logprobs, promptItems(model, request), 0, true);
  else if (request.echo) offset = codePointLength(request.text);
  const run = runGeneration(model, request);
  const generated: OutputToken[] = [];
  let step = run.next();
  for (; !step.done; step = run.next()) generated.push(step.value);
  if (logprobs) appendLegacyLogprobs(logprobs, generated, offset, false);
  return {
    id: meta.id,
    object: 'text_completion' as const,
    created: meta.created,
    model: meta.model,
    choices: [
      {
        text: (request.echo ? request.text : '') + generated.map((item) => item.text).join(''),
        index: 0,
        logprobs,
        finish_reason: step.value.finishReason,
      },
    ],
    usage: usage(model, request, step.value),
  };
}

/**
 * A streamed legacy completion: every chunk is a `text_completion` object with one token's text
 * (and logprobs), then a chunk with the finish reason, an optional usage chunk, `data: [DONE]`.
 *
 * @example
 * return completionStream(model, request, meta);
 */
export function completionStream(model: NgramModel, request: ParsedRequest, meta: ResponseMeta): Response {
  const base = { id: meta.id, object: 'text_completion' as const, created: meta.created, model: meta.model };
  const prompt = request.echo && request.topLogprobs !== null ? promptItems(model, request) : null;
  function* chunks(): Generator<object> {
    let offset = 0;
    const send = (items: OutputToken[], text: string, first: boolean) => {
      let logprobs: LegacyLogprobs | null = null;
      if (request.topLogprobs !== null) {
        logprobs = emptyLogprobs();
        offset = appendLegacyLogprobs(logprobs, items, offset, first);
      } else offset += codePointLength(text);
      return { ...base, choices: [{ text, index: 0, logprobs, finish_reason: null }] };
    };
    if (request.echo) yield send(prompt ?? [], request.text, true);
    const run = runGeneration(model, request);
    let step = run.next();
    for (; !step.done; step = run.next()) yield send([step.value], step.value.text, false);
    yield { ...base, choices: [{ text: '', index: 0, logprobs: null, finish_reason: step.value.finishReason }] };
    if (request.includeUsage) yield { ...base, choices: [], usage: usage(model, request, step.value) };
  }
  return sseResponse(chunks());
}
