import type OpenAI from 'openai';
import { normalizeChoiceLogprobs } from '../positions/normalize-choice-logprobs.js';
import type { TextToken } from '../positions/text-position.js';
import { cleanLogprob } from '../positions/upstream-position.js';
import { Utf8Reassembly } from '../positions/utf8-reassembly.js';
import type { ContinueText } from '../positions/word-extension.js';

// A word that needs more than this many extra tokens is rare; the option stays a fragment then.
const MAX_EXTRA_TOKENS = 3;

/**
 * Greedy continuations through the completions endpoint, for extending options to whole words.
 * Meant for the embedded model, where a call is an in-process function call.
 *
 * @example
 * const continueText = createWordContinuation(client, 'embedded-ngram', signal);
 * await continueText('We the Peo'); // [{ token: 'ple', ... }, { token: ' of', ... }, ...]
 */
export function createWordContinuation(client: OpenAI, model: string, signal: AbortSignal): ContinueText {
  return async function* continueText(prefix) {
    const completion = await client.completions.create(
      { model, prompt: prefix, max_tokens: MAX_EXTRA_TOKENS, logprobs: 1, temperature: 0 },
      { signal, maxRetries: 0 },
    );
    const reassembly = new Utf8Reassembly();
    const tokens: TextToken[] = normalizeChoiceLogprobs(completion.choices[0]?.logprobs).flatMap((position) => reassembly.push(position));
    for (const { token, bytes, logprob } of tokens) yield { token, bytes, logprob };
  };
}

/** The greedy continuation the embedded model gives, read straight from the model. */
interface GreedyModel {
  stream(text: string, options: { maxTokens: number; temperature: number }): Iterable<{ bytes: number[]; logprob: number }>;
}

/**
 * Greedy continuations read from the embedded model itself. Word extension is an embedded-only
 * feature, and asking the model directly costs microseconds where a round trip through the SDK
 * and the OpenAI-compatible app costs a fraction of a millisecond per option. The model's
 * `stream` is lazy, so most options (already whole words) cost a single next-token query.
 *
 * @example
 * const continueText = createModelWordContinuation(() => modelPromise);
 */
export function createModelWordContinuation(getModel: () => Promise<GreedyModel>): ContinueText {
  return async function* continueText(prefix) {
    const model = await getModel();
    const reassembly = new Utf8Reassembly();
    for (const next of model.stream(prefix, { maxTokens: MAX_EXTRA_TOKENS, temperature: 0 })) {
      for (const { token, bytes, logprob } of reassembly.push({ bytes: next.bytes, logprob: cleanLogprob(next.logprob), alternatives: [] })) {
        yield { token, bytes, logprob };
      }
    }
  };
}
