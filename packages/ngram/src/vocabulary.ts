import { preTokenize } from './pre-tokenize.js';
import { tokenText } from './token-text.js';

/**
 * The id of the beginning-of-document token: empty bytes, never predicted, only a context.
 *
 * @example
 * const ids = [BOS_ID, ...vocabulary.encode(text)];
 */
export const BOS_ID = 0;

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
// Longest token, in UTF-16 code units, that longest-match tries; longer words are whole-token hits.
const MAX_MATCH_LENGTH = 32;
const CACHE_LIMIT = 65_536;

/**
 * The token table: byte strings sorted lexicographically (so a byte prefix selects one id range),
 * with every single byte present so that any UTF-8 text tokenizes losslessly.
 *
 * @example
 * const vocabulary = new Vocabulary(tokensFromTraining);
 * vocabulary.encode('We the People'); // [id(' We'), ...]
 */
export class Vocabulary {
  readonly size: number;
  readonly bytes: readonly Uint8Array[];
  readonly texts: readonly string[];
  readonly #ids = new Map<string, number>();
  readonly #byteIds = new Int32Array(256).fill(-1);
  readonly #cache = new Map<string, readonly number[]>();

  constructor(tokens: readonly Uint8Array[]) {
    this.size = tokens.length;
    this.bytes = tokens;
    this.texts = tokens.map((bytes, id) => (id === BOS_ID ? '' : tokenText(bytes)));
    tokens.forEach((bytes, id) => {
      if (id === BOS_ID) return;
      if (bytes.length === 1) this.#byteIds[bytes[0] ?? 0] = id;
      try {
        this.#ids.set(strictDecoder.decode(bytes), id);
      } catch {
        // A lone byte of a multi-byte character: reachable through byte fallback only.
      }
    });
    if (this.#byteIds.includes(-1)) throw new Error('vocabulary lacks a single-byte token');
  }

  /**
   * Token ids of `text`: pre-tokenize, then each pre-token whole if known, else greedy
   * longest-match pieces, else the UTF-8 bytes of a character nobody saw in training.
   *
   * @example
   * vocabulary.encode('नमस्ते 🙂');
   */
  encode(text: string): number[] {
    const ids: number[] = [];
    for (const piece of preTokenize(text)) {
      for (const id of this.encodePreToken(piece)) ids.push(id);
    }
    return ids;
  }

  /**
   * Token ids of one pre-token (cached: words repeat).
   *
   * @example
   * vocabulary.encodePreToken(' Peo');
   */
  encodePreToken(piece: string): readonly number[] {
    const whole = this.#ids.get(piece);
    if (whole !== undefined) return [whole];
    const cached = this.#cache.get(piece);
    if (cached) return cached;
    const ids: number[] = [];
    let start = 0;
    while (start < piece.length) {
      let end = Math.min(piece.length, start + MAX_MATCH_LENGTH);
      let found = -1;
      for (; end > start; end--) {
        // Never end a piece between the two halves of a surrogate pair.
        if (end < piece.length && isLowSurrogate(piece.charCodeAt(end)) && isHighSurrogate(piece.charCodeAt(end - 1))) continue;
        found = this.#ids.get(piece.slice(start, end)) ?? -1;
        if (found >= 0) break;
      }
      if (found >= 0) {
        ids.push(found);
        start = end;
        continue;
      }
      const codePoint = piece.codePointAt(start) ?? 0xfffd;
      const width = codePoint > 0xffff ? 2 : 1;
      for (const byte of encoder.encode(piece.slice(start, start + width))) ids.push(this.#byteIds[byte] ?? 0);
      start += width;
    }
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(piece, ids);
    return ids;
  }

  /**
   * The id of a token given its exact text, if the vocabulary has it.
   *
   * @example
   * vocabulary.idOf(' the');
   */
  idOf(text: string): number | undefined {
    return this.#ids.get(text);
  }

  /**
   * The ids `[start, end)` of all tokens whose bytes begin with `prefix` (ids follow byte order).
   *
   * @example
   * const [start, end] = vocabulary.prefixRange(new TextEncoder().encode(' Peo'));
   */
  prefixRange(prefix: Uint8Array): [number, number] {
    const start = this.#lowerBound(prefix, false);
    const end = this.#lowerBound(prefix, true);
    return [start, end];
  }

  /**
   * Text of a sequence of ids, joining bytes before decoding so split characters come out whole.
   *
   * @example
   * vocabulary.decode(vocabulary.encode('héllo')); // 'héllo'
   */
  decode(ids: readonly number[]): string {
    const parts = ids.map((id) => this.bytes[id] ?? new Uint8Array());
    const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      joined.set(part, offset);
      offset += part.length;
    }
    return new TextDecoder().decode(joined);
  }

  // First id whose bytes are >= prefix (or, with `past`, > every string starting with prefix).
  #lowerBound(prefix: Uint8Array, past: boolean): number {
    let low = 1;
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = comparePrefix(this.bytes[middle] ?? new Uint8Array(), prefix);
      if (order < 0 || (past && order === 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

// Compares `bytes` truncated to the prefix length with `prefix`: 0 means bytes starts with prefix.
function comparePrefix(bytes: Uint8Array, prefix: Uint8Array): number {
  const length = Math.min(bytes.length, prefix.length);
  for (let index = 0; index < length; index++) {
    const difference = (bytes[index] ?? 0) - (prefix[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return bytes.length < prefix.length ? -1 : 0;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
