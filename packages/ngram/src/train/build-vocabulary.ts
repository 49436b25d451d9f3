import { preTokenize } from '../pre-tokenize.js';
import { compareBytes } from '../token-text.js';

/**
 * How big the token table is; defaults suit a few MB of text and a Worker-sized model.
 *
 * @example
 * buildVocabulary(texts, { maxWords: 20_000, maxPieces: 4_000 } satisfies VocabularyOptions);
 */
export interface VocabularyOptions {
  /** Most frequent pre-tokens kept whole (with their leading space). */
  maxWords?: number;
  /** A pre-token needs this many occurrences to be a whole token. */
  minWordCount?: number;
  /** Sub-word pieces learnt from the rare pre-tokens, for longest-match splitting. */
  maxPieces?: number;
  /** Longest piece, in characters. */
  maxPieceLength?: number;
  /** A non-ASCII character seen this often becomes a token (CJK characters, emoji). */
  minCharacterCount?: number;
}

const DEFAULTS: Required<VocabularyOptions> = {
  maxWords: 12_000,
  minWordCount: 3,
  maxPieces: 3_000,
  maxPieceLength: 8,
  minCharacterCount: 2,
};
const MAX_TOKEN_LENGTH = 32;
const encoder = new TextEncoder();

function byCountThenText(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/**
 * Chooses the tokens for a corpus: the empty beginning-of-document token, all 256 single bytes
 * (lossless byte fallback), frequent characters, frequent pre-tokens whole, and the most useful
 * sub-word pieces of the rare ones. Returned in byte order, which is id order.
 *
 * @example
 * const tokens = buildVocabulary(['We the People of the United States']);
 */
export function buildVocabulary(texts: readonly string[], options: VocabularyOptions = {}): Uint8Array[] {
  const settings = { ...DEFAULTS, ...options };
  const preTokenCounts = new Map<string, number>();
  for (const text of texts) {
    for (const piece of preTokenize(text)) preTokenCounts.set(piece, (preTokenCounts.get(piece) ?? 0) + 1);
  }
  const ranked = [...preTokenCounts].sort(byCountThenText);
  const chosen = new Set<string>();
  const rare: [string, number][] = [];
  for (const entry of ranked) {
    const [piece, count] = entry;
    if (chosen.size < settings.maxWords && count >= settings.minWordCount && piece.length <= MAX_TOKEN_LENGTH) chosen.add(piece);
    else rare.push(entry);
  }

  const characterCounts = new Map<string, number>();
  const pieceCounts = new Map<string, number>();
  for (const [piece, count] of [...chosen].map((word): [string, number] => [word, preTokenCounts.get(word) ?? 0]).concat(rare)) {
    for (const character of piece) characterCounts.set(character, (characterCounts.get(character) ?? 0) + count);
  }
  for (const [piece, count] of rare) {
    const characters = Array.from(piece);
    for (let start = 0; start < characters.length; start++) {
      let text = characters[start] ?? '';
      for (let end = start + 1; end < Math.min(characters.length, start + settings.maxPieceLength); end++) {
        text += characters[end] ?? '';
        pieceCounts.set(text, (pieceCounts.get(text) ?? 0) + count);
      }
    }
  }
  for (const [character, count] of [...characterCounts].sort(byCountThenText)) {
    if (count >= settings.minCharacterCount) chosen.add(character);
  }
  // A piece's worth: how many tokens it saves over its characters, summed over its occurrences.
  const pieces = [...pieceCounts]
    .filter(([text, count]) => count >= 2 && !chosen.has(text))
    .map(([text, count]): [string, number] => [text, count * (Array.from(text).length - 1)])
    .sort(byCountThenText)
    .slice(0, settings.maxPieces);
  for (const [text] of pieces) chosen.add(text);

  const tokens = [new Uint8Array(0)];
  for (let byte = 0; byte < 256; byte++) tokens.push(new Uint8Array([byte]));
  for (const text of chosen) {
    const bytes = encoder.encode(text);
    if (bytes.length > 1) tokens.push(bytes);
  }
  return tokens.sort(compareBytes);
}
