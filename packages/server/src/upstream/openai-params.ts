import type OpenAI from 'openai';
import type { ProviderCapabilities } from './provider-capabilities.js';
import type { UpstreamRequest } from './upstream-request.js';

/**
 * The instruction that turns a chat model into a continuation engine. Its reply is appended to
 * the text as is, so it must carry its own leading space and never restate the text.
 */
const CONTINUE_INSTRUCTION = [
  'You are an autocomplete engine. Continue the user\'s text exactly where it stops.',
  'Reply with the continuation only: no quotes, no commentary, and do not repeat any of the text.',
  'Your reply is appended to the text verbatim. If the text stops in the middle of a word, begin with the rest of that word;',
  'if the next word is a new word, begin with a space.',
].join(' ');

/**
 * Chat completions parameters: the instruction, the text (and what follows the caret, as context).
 * `max_tokens` goes along with `max_completion_tokens` when the provider needs it. Whether to
 * stream is the caller's choice (`stream`, `stream_options`).
 *
 * @example
 * await client.chat.completions.create({ ...toChatParams(request, capabilities, 'gpt-4.1-mini'), stream: true });
 */
export function toChatParams(request: UpstreamRequest, capabilities: ProviderCapabilities, model: string) {
  const after = request.after ? `\n\nThe text after the cursor, for context (do not write it): ${JSON.stringify(request.after)}` : '';
  return {
    model,
    temperature: request.temperature,
    n: 1,
    messages: [
      { role: 'system', content: CONTINUE_INSTRUCTION + after },
      { role: 'user', content: request.text },
    ],
    logprobs: true,
    top_logprobs: request.topLogprobs,
    max_completion_tokens: request.maxTokens,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Ollama, llama.cpp and older vLLM read only max_tokens
    ...(capabilities.sendsMaxTokens ? { max_tokens: request.maxTokens } : {}),
  } satisfies OpenAI.Chat.ChatCompletionCreateParamsNonStreaming;
}

/**
 * Legacy completions parameters, for base models: the raw text is the prompt.
 *
 * @example
 * await client.completions.create({ ...toCompletionParams(request, capabilities, 'Qwen/Qwen3-0.6B-Base'), stream: true });
 */
export function toCompletionParams(request: UpstreamRequest, capabilities: ProviderCapabilities, model: string) {
  return {
    model,
    temperature: request.temperature,
    n: 1,
    prompt: request.text,
    logprobs: request.topLogprobs,
    max_tokens: request.maxTokens,
  } satisfies OpenAI.CompletionCreateParamsNonStreaming;
}
