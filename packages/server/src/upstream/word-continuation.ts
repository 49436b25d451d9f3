import { PositionPipeline } from '../positions/position-pipeline.js';
import type { ContinueText } from '../positions/word-extension.js';
import type { Upstream } from './upstream.js';
import type { UpstreamRequest } from './upstream-request.js';

// A word that needs more than this many extra tokens is rare; the option stays a fragment then.
const MAX_EXTRA_TOKENS = 3;

/**
 * Greedy continuations for extending options to whole words, read from the same upstream as
 * the suggestion, about the same document (so the embedded model reuses the suggestion's document
 * cache), and through the same position stages (whole characters, no echo). Lazy: the
 * reader stops at the end of the word, and the upstream stops there too (the embedded model
 * computes one more token at most; a remote request is aborted).
 *
 * @example
 * const continueText = createWordContinuation(upstream, toUpstreamRequest(request, upstream.capabilities), signal);
 * for await (const token of continueText('We the Peo')) console.log(token.token); // 'ple', ' of', ...
 */
export function createWordContinuation(upstream: Upstream, suggestion: Pick<UpstreamRequest, 'model' | 'after' | 'document'>, signal: AbortSignal): ContinueText {
  return async function* continueText(prefix) {
    const pipeline = new PositionPipeline(prefix, { stripEcho: upstream.capabilities.stripsEcho });
    // One alternative: some servers (llama.cpp) send no logprobs at all for zero.
    const request: UpstreamRequest = { model: suggestion.model, text: prefix, after: suggestion.after, maxTokens: MAX_EXTRA_TOKENS, topLogprobs: 1, temperature: 0, includeUsage: false, document: suggestion.document };
    for await (const chunk of upstream.read(request, signal)) {
      for (const position of chunk.positions) {
        for (const { token, bytes, logprob } of pipeline.push(position)) yield { token, bytes, logprob };
      }
    }
    for (const { token, bytes, logprob } of pipeline.finish()) yield { token, bytes, logprob };
  };
}
