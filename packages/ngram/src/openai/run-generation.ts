import type { GeneratedToken, NgramModel } from '../ngram-model.js';
import type { ParsedRequest } from './parse-requests.js';

/**
 * One generated token as it goes out: its share of the content text and its logprobs.
 *
 * @example
 * for (const { text, token }: OutputToken of tokens) send(text, token.logprob);
 */
export interface OutputToken {
  /** Content text this token adds (pieces of a character add '' until the character is whole). */
  text: string;
  token: GeneratedToken;
}

/**
 * The end of a generation.
 *
 * @example
 * const { finishReason }: GenerationEnd = step.value;
 */
export interface GenerationEnd {
  finishReason: 'stop' | 'length';
  completionTokens: number;
}

/**
 * Runs the model for a request and yields tokens ready to send, applying `stop` sequences: text
 * that might be the start of a stop sequence is held back until it is known not to be one, and
 * the stop sequence itself is never sent. Returns the finish reason.
 *
 * @example
 * const run = runGeneration(model, request);
 * for (let step = run.next(); !step.done; step = run.next()) send(step.value);
 */
export function* runGeneration(model: NgramModel, request: ParsedRequest): Generator<OutputToken, GenerationEnd> {
  const decoder = new TextDecoder();
  const held: OutputToken[] = [];
  let heldText = '';
  let completionTokens = 0;
  const tokens = model.stream(request.text, {
    maxTokens: request.maxTokens,
    temperature: request.temperature,
    topP: request.topP,
    seed: request.seed,
    topLogprobs: request.topLogprobs ?? 0,
  });
  for (const token of tokens) {
    completionTokens++;
    const text = decoder.decode(new Uint8Array(token.bytes), { stream: true });
    held.push({ text, token });
    heldText += text;
    const stopAt = firstStop(heldText, request.stop);
    if (stopAt >= 0) {
      let offset = 0;
      for (const item of held) {
        if (offset >= stopAt) break;
        yield { text: item.text.slice(0, stopAt - offset), token: item.token };
        offset += item.text.length;
      }
      return { finishReason: 'stop', completionTokens };
    }
    const keep = partialStopLength(heldText, request.stop);
    // Release every held token that ends before the possible start of a stop sequence.
    let released = 0;
    let offset = 0;
    for (const item of held) {
      if (offset + item.text.length > heldText.length - keep) break;
      offset += item.text.length;
      released++;
    }
    for (const item of held.splice(0, released)) yield item;
    heldText = heldText.slice(offset);
  }
  const tail = decoder.decode();
  const last = held[held.length - 1];
  if (last) last.text += tail;
  for (const item of held) yield item;
  return { finishReason: 'length', completionTokens };
}

function firstStop(text: string, stops: readonly string[]): number {
  let first = -1;
  for (const stop of stops) {
    const index = text.indexOf(stop);
    if (index >= 0 && (first < 0 || index < first)) first = index;
  }
  return first;
}

// Length of the longest suffix of `text` that is a proper prefix of a stop sequence.
function partialStopLength(text: string, stops: readonly string[]): number {
  let longest = 0;
  for (const stop of stops) {
    for (let length = Math.min(stop.length - 1, text.length); length > longest; length--) {
      if (text.endsWith(stop.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return longest;
}
