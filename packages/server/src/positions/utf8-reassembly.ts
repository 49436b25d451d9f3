import { addLogprobs, type TextPosition, type TextToken } from './text-position.js';
import type { UpstreamPosition, UpstreamToken } from './upstream-position.js';
import { decodeUtf8, incompleteTailLength, isWholeUtf8 } from './utf8-bytes.js';

// A character is at most 4 bytes, so a run longer than this can never complete.
const MAX_MERGED_POSITIONS = 4;

function toTextToken(token: UpstreamToken): TextToken {
  return { token: decodeUtf8(token.bytes), bytes: token.bytes, logprob: token.logprob };
}

/**
 * Turns byte-level positions into character-level ones. When the chosen token ends inside a
 * character, it is held and merged with the following positions until the character is whole;
 * the merged position keeps the first position's alternatives that are whole characters on their
 * own (an alternative that is a piece of a different character cannot be completed, so it is
 * dropped rather than shown as a fragment), and its logprob is the sum along the way. The same
 * filter applies to unmerged positions, whose alternatives may be pieces too.
 *
 * @example
 * const reassembly = new Utf8Reassembly();
 * reassembly.push({ bytes: [0xe6, 0x9d], logprob: -0.1, alternatives: [] }); // []
 * reassembly.push({ bytes: [0xb1], logprob: 0, alternatives: [] }); // [{ token: '東', ... }]
 */
export class Utf8Reassembly {
  #pending: { bytes: number[]; logprob: number | undefined; alternatives: UpstreamToken[]; count: number } | undefined;

  push(position: UpstreamPosition): TextPosition[] {
    const pending = this.#pending
      ? {
          bytes: [...this.#pending.bytes, ...position.bytes],
          logprob: addLogprobs(this.#pending.logprob, position.logprob),
          alternatives: this.#pending.alternatives,
          count: this.#pending.count + 1,
        }
      : { ...position, count: 1 };
    if (incompleteTailLength(pending.bytes) > 0 && pending.count < MAX_MERGED_POSITIONS) {
      this.#pending = pending;
      return [];
    }
    this.#pending = undefined;
    const chosen = toTextToken(pending);
    // After a merge, the first position's alternatives that are whole characters still line up
    // with the merged token; the merged token itself stands in for its first piece.
    const alternatives = pending.alternatives.filter((alternative) => isWholeUtf8(alternative.bytes)).map(toTextToken);
    return [{ ...chosen, alternatives }];
  }

  /** Ends the stream; bytes of a character that never completed are dropped, never shown. */
  finish(): TextPosition[] {
    this.#pending = undefined;
    return [];
  }
}
