import type { SuggestRequest } from '@logprob-autocomplete/protocol';
import type OpenAI from 'openai';
import type { ProviderConfig } from './provider-config.js';

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

// Positions the relay may drop (an echo, a leading space, pieces of a character) are paid for
// with a little slack, so the client still gets the number of positions it asked for.
// The embedded model never echoes or doubles a space; its slack only covers sub-word pieces that
// index 0 joins into a whole word. It answers in one piece, so every slack position is computed.
const slackTokens = (config: ProviderConfig) => (config.kind === 'embedded' ? 2 : 4);
const SLACK_ALTERNATIVES = 3;

interface Shared {
  model: string;
  stream: true;
  stream_options: { include_usage: true };
  temperature: number;
  n: 1;
}

function shared(request: SuggestRequest, model: string): Shared {
  // Greedy by default: the suggestion is the most likely path, and repeat requests agree.
  return { model, stream: true, stream_options: { include_usage: true }, temperature: request.temperature ?? 0, n: 1 };
}

/**
 * Chat completions parameters: the instruction, the text (and what follows the caret, as context).
 * `max_tokens` goes along with `max_completion_tokens` for servers that ignore the latter (Ollama),
 * except to OpenAI itself, whose non-reasoning models take `max_completion_tokens` alone.
 *
 * @example
 * await client.chat.completions.create(toChatParams(request, config, 'gpt-4.1-mini'));
 */
export function toChatParams(request: SuggestRequest, config: ProviderConfig, model: string): OpenAI.Chat.ChatCompletionCreateParamsStreaming {
  const after = request.after ? `\n\nThe text after the cursor, for context (do not write it): ${JSON.stringify(request.after)}` : '';
  const maxTokens = request.max_tokens + slackTokens(config);
  return {
    ...shared(request, model),
    messages: [
      { role: 'system', content: CONTINUE_INSTRUCTION + after },
      { role: 'user', content: request.text },
    ],
    logprobs: true,
    top_logprobs: Math.min(request.top_logprobs + SLACK_ALTERNATIVES, config.maxTopLogprobs),
    max_completion_tokens: maxTokens,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Ollama, llama.cpp and older vLLM read only max_tokens
    ...(config.kind === 'openai' ? {} : { max_tokens: maxTokens }),
  };
}

/**
 * Legacy completions parameters, for base models: the raw text is the prompt.
 *
 * @example
 * await client.completions.create(toCompletionParams(request, config, 'Qwen/Qwen3-0.6B-Base'));
 */
export function toCompletionParams(request: SuggestRequest, config: ProviderConfig, model: string): OpenAI.CompletionCreateParamsStreaming {
  return {
    ...shared(request, model),
    prompt: request.text,
    logprobs: Math.min(request.top_logprobs + SLACK_ALTERNATIVES, config.maxTopLogprobs),
    max_tokens: request.max_tokens + slackTokens(config),
  };
}
