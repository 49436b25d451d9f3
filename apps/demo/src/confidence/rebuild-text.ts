import { incompleteTailLength, tokenBytes } from './token-bytes.js';

/** A token as the scoring API returned it: `bytes` when the API sends them (chat logprobs). */
export interface ScoredPiece {
  token: string;
  bytes?: readonly number[] | null;
  /** `null` for a token with no context to be predicted from (the first one). */
  logprob: number | null;
}

/** Whole characters of the text and the tokens whose bytes made them. */
export interface TextSegment {
  /** One or more whole graphemes (user-perceived characters). */
  text: string;
  /** Indexes of the tokens that made these characters, ascending. */
  tokens: readonly number[];
}

interface CodePoint {
  text: string;
  tokens: number[];
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

// Code points and the tokens that made each one. A token can end inside a character (a CJK
// character or an emoji split across byte tokens): the streaming decoder holds those bytes back
// and the character belongs to every token that carried a piece of it.
function decodeCodePoints(pieces: readonly ScoredPiece[]): CodePoint[] {
  const decoder = new TextDecoder('utf-8');
  const codePoints: CodePoint[] = [];
  let tail = new Uint8Array(0);
  let tailTokens: number[] = [];
  pieces.forEach((piece, index) => {
    const bytes = tokenBytes(piece.token, piece.bytes);
    const text = decoder.decode(bytes, { stream: true });
    const combined = concat(tail, bytes);
    let first = true;
    for (const character of text) {
      codePoints.push({ text: character, tokens: first && tailTokens.length > 0 ? [...tailTokens, index] : [index] });
      first = false;
    }
    const pending = incompleteTailLength(combined);
    tail = combined.slice(combined.length - pending);
    tailTokens = pending === 0 ? [] : text === '' ? [...tailTokens, index] : [index];
  });
  // Bytes that never completed a character decode to U+FFFD, owned by the tokens that sent them.
  for (const character of decoder.decode()) codePoints.push({ text: character, tokens: tailTokens });
  return codePoints;
}

const sameTokens = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Rebuilds the text of scored tokens into whole characters, each with the tokens that made it:
 * byte-piece tokens (`bytes:\xe3\x81`) join into the character they split, graphemes
 * (Intl.Segmenter) stay whole, and neighbours made by the same tokens merge into one segment.
 *
 * @example
 * rebuildText([{ token: 'bytes:\\xe3\\x81', logprob: -2 }, { token: 'bytes:\\x82', logprob: -1 }]);
 * // [{ text: 'あ', tokens: [0, 1] }]
 */
export function rebuildText(pieces: readonly ScoredPiece[]): TextSegment[] {
  const codePoints = decodeCodePoints(pieces);
  const text = codePoints.map((codePoint) => codePoint.text).join('');
  const segments: TextSegment[] = [];
  let next = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const owners = new Set<number>();
    for (let length = 0; length < segment.length; next += 1) {
      const codePoint = codePoints[next];
      if (!codePoint) break;
      length += codePoint.text.length;
      for (const token of codePoint.tokens) owners.add(token);
    }
    const tokens = [...owners].sort((a, b) => a - b);
    const last = segments.at(-1);
    if (last && sameTokens(last.tokens, tokens)) last.text += segment;
    else segments.push({ text: segment, tokens });
  }
  return segments;
}
