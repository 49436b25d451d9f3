import { isChatLogprobs, normalizeChatLogprobs } from './normalize-chat-logprobs.js';
import { normalizeLegacyLogprobs } from './normalize-legacy-logprobs.js';
import type { UpstreamPosition } from './upstream-position.js';

/**
 * Reads a streamed choice's `logprobs` in whichever shape the upstream chose: servers disagree
 * (llama.cpp and Ollama answer `/v1/completions` with the chat shape), so the shape is detected
 * from the data rather than assumed from the endpoint.
 *
 * @example
 * normalizeChoiceLogprobs(chunk.choices[0]?.logprobs);
 */
export function normalizeChoiceLogprobs(logprobs: unknown): UpstreamPosition[] {
  return isChatLogprobs(logprobs) ? normalizeChatLogprobs(logprobs) : normalizeLegacyLogprobs(logprobs);
}
