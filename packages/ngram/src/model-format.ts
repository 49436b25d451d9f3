/**
 * The binary model file (all integers little-endian):
 *
 *   "LPNG" magic, u8 format version, u32 header length, header JSON (UTF-8)
 *   vocabulary: per token a varint length then its bytes, ids in byte order
 *   unigram probabilities: f32 per token
 *   per order k = 2..N: varint child counts of every order k-1 node, then the order k nodes'
 *   word ids (u16, or u32 past 65,535 tokens) and their quantised log probability (u8)
 *
 * Nodes of one order are sorted by (parent node, word) so children of a context are one range
 * and lookups are binary searches; backoff weights are not stored but recomputed at load as
 * 1 - (sum of the kept children's probability), which makes every distribution sum to 1.
 *
 * @example
 * new TextDecoder().decode(bytes.subarray(0, 4)) === MODEL_MAGIC;
 */
export const MODEL_MAGIC = 'LPNG';

/**
 * Bumped whenever the layout changes; loadModel refuses other versions.
 *
 * @example
 * bytes[4] === MODEL_FORMAT_VERSION;
 */
export const MODEL_FORMAT_VERSION = 1;

/**
 * The JSON header of a model file.
 *
 * @example
 * const header: ModelHeader = JSON.parse(headerText);
 */
export interface ModelHeader {
  order: number;
  vocabularySize: number;
  /** Nodes per order, index 0 = unigrams (= vocabularySize). */
  nodeCounts: number[];
  /** Quantised value q in 1..255 stands for exp(logMin + q * logStep); 0 is never written. */
  logMin: number;
  logStep: number;
  wordIdBytes: 2 | 4;
  /** Free-form facts about training (corpus, token counts, discounts), for `model.info`. */
  training: Record<string, unknown>;
}

/**
 * The probability a quantised byte stands for.
 *
 * @example
 * dequantise(header, 200);
 */
export function dequantise(header: Pick<ModelHeader, 'logMin' | 'logStep'>, quantised: number): number {
  return Math.exp(header.logMin + quantised * header.logStep);
}
