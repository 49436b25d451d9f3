/**
 * UTF-8 facts about tokens. Providers split characters across tokens (a CJK character or an emoji
 * is often two or three byte-level tokens), so text must be rebuilt from bytes, never from the
 * token strings, which for a partial character are escapes such as `bytes:\xe6\x9d`.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });
const BYTES_TOKEN = /^bytes:((?:\\x[0-9a-fA-F]{2})+)$/;

const isByteArray = (value: unknown): value is number[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((byte) => Number.isInteger(byte) && (byte as number) >= 0 && (byte as number) <= 255);

/**
 * The UTF-8 bytes of an upstream token: its `bytes` array when the upstream sent a valid one,
 * else the bytes an OpenAI `bytes:\xHH` escape spells, else the UTF-8 encoding of its text.
 *
 * @example
 * tokenBytes('bytes:\\xe6\\x9d', null); // [230, 157]
 */
export function tokenBytes(token: string, bytes: unknown): number[] {
  if (isByteArray(bytes)) return bytes;
  const escaped = BYTES_TOKEN.exec(token);
  if (escaped?.[1]) return escaped[1].split('\\x').slice(1).map((hex) => Number.parseInt(hex, 16));
  return encodeUtf8(token);
}

/** How many bytes a sequence needs in total, from its lead byte; 0 for a continuation or invalid byte. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The number of bytes at the end that start a character whose remaining bytes have not arrived
 * yet (0 when the bytes end on a character boundary or end in an invalid sequence, which no later
 * byte can complete).
 *
 * @example
 * incompleteTailLength([0x20, 0xe6, 0x9d]); // 2: '東' needs one more byte
 */
export function incompleteTailLength(bytes: readonly number[]): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = sequenceLength(byte);
    return needed > back ? back : 0;
  }
  return 0;
}

/**
 * Whether the bytes are whole characters: valid UTF-8 that does not end inside a character.
 *
 * @example
 * isWholeUtf8([0xe6, 0x9d, 0xb1]); // true ('東')
 */
export function isWholeUtf8(bytes: readonly number[]): boolean {
  if (isAscii(bytes)) return true;
  try {
    strictDecoder.decode(new Uint8Array(bytes));
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes bytes to text; an invalid sequence becomes U+FFFD rather than a piece of a character.
 *
 * @example
 * decodeUtf8([72, 105]); // 'Hi'
 */
export function decodeUtf8(bytes: readonly number[]): string {
  // Most tokens are ASCII: no typed array and no decoder call for those.
  if (bytes.length <= ASCII_FAST_PATH && isAscii(bytes)) return String.fromCharCode(...bytes);
  return decoder.decode(new Uint8Array(bytes));
}

const ASCII_FAST_PATH = 64;

function isAscii(bytes: readonly number[]): boolean {
  for (const byte of bytes) if (!(byte >= 0 && byte < 0x80)) return false;
  return true;
}

/**
 * The UTF-8 bytes of a string, as the plain array the protocol sends.
 *
 * @example
 * encodeUtf8('é'); // [195, 169]
 */
export function encodeUtf8(text: string): number[] {
  return Array.from(encoder.encode(text));
}
