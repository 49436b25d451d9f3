import type { NgramModel } from '../ngram-model.js';
import { toChatTokenLogprob, type ChatTokenLogprob } from './logprob-shapes.js';
import type { ParsedRequest } from './parse-requests.js';
import { usage, type ResponseMeta } from './response-meta.js';
import { runGeneration, type OutputToken } from './run-generation.js';
import { sseResponse } from './sse-response.js';

/**
 * A non-streamed `chat.completion` object.
 *
 * @example
 * const body = chatCompletion(model, request, { id: 'chatcmpl-1', created: 0, model: 'embedded-ngram' });
 */
export function chatCompletion(model: NgramModel, request: ParsedRequest, meta: ResponseMeta) {
  const run = runGeneration(model, request);
  const content: string[] = [];
  const logprobs: ChatTokenLogprob[] = [];
  let step = run.next();
  for (; !step.done; step = run.next()) {
    content.push(step.value.text);
    logprobs.push(toChatTokenLogprob(step.value.token));
  }
  const end = step.value;
  return {
    id: meta.id,
    object: 'chat.completion' as const,
    created: meta.created,
    model: meta.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant' as const, content: content.join(''), refusal: null, annotations: [] },
        logprobs: request.topLogprobs === null ? null : { content: logprobs, refusal: null },
        finish_reason: end.finishReason,
      },
    ],
    usage: usage(model, request, end),
  };
}

/**
 * A streamed chat completion: a role chunk, one chunk per token (with `logprobs.content[]`), a
 * finish chunk, a usage chunk with `choices: []` when `stream_options.include_usage`, then
 * `data: [DONE]`.
 *
 * @example
 * return chatCompletionStream(model, request, meta);
 */
export function chatCompletionStream(model: NgramModel, request: ParsedRequest, meta: ResponseMeta): Response {
  const base = { id: meta.id, object: 'chat.completion.chunk' as const, created: meta.created, model: meta.model };
  const usageField = request.includeUsage ? { usage: null } : {};
  const choice = (delta: object, token: OutputToken | null, finishReason: string | null) => ({
    index: 0,
    delta,
    logprobs: token && request.topLogprobs !== null ? { content: [toChatTokenLogprob(token.token)], refusal: null } : null,
    finish_reason: finishReason,
  });
  function* chunks(): Generator<object> {
    yield { ...base, choices: [choice({ role: 'assistant', content: '', refusal: null }, null, null)], ...usageField };
    const run = runGeneration(model, request);
    let step = run.next();
    for (; !step.done; step = run.next()) yield { ...base, choices: [choice({ content: step.value.text }, step.value, null)], ...usageField };
    const end = step.value;
    yield { ...base, choices: [choice({}, null, end.finishReason)], ...usageField };
    if (request.includeUsage) yield { ...base, choices: [], usage: usage(model, request, end) };
  }
  return sseResponse(chunks());
}
