const encoder = new TextEncoder();
// OpenAI writes a token that is not valid UTF-8 on its own (a piece of a character) as
// `bytes:\xe3\x81`; legacy completions carry no `bytes` array, so this is all there is to go on.
const BYTES_TOKEN = /^bytes:((?:\\x[0-9a-fA-F]{2})+)$/;

/**
 * The UTF-8 bytes of one token: its `bytes` array when the API sent one (chat logprobs), else
 * the `bytes:\xNN…` spelling decoded, else the token's text encoded.
 *
 * @example
 * tokenBytes('bytes:\\xe3\\x81'); // Uint8Array [0xe3, 0x81]
 * tokenBytes(' the'); // Uint8Array [0x20, 0x74, 0x68, 0x65]
 */
export function tokenBytes(token: string, bytes?: readonly number[] | null): Uint8Array {
  if (bytes) return Uint8Array.from(bytes);
  const match = BYTES_TOKEN.exec(token);
  if (!match?.[1]) return encoder.encode(token);
  const hex = match[1].split('\\x').slice(1);
  return Uint8Array.from(hex, (pair) => Number.parseInt(pair, 16));
}

/**
 * How many bytes at the end of `bytes` start a UTF-8 character that is not complete yet
 * (0 when the bytes end on a character boundary). A streaming `TextDecoder` holds these back.
 *
 * @example
 * incompleteTailLength(Uint8Array.of(0x61, 0xe3, 0x81)); // 2
 */
export function incompleteTailLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? back : 0;
  }
  return 0;
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A token as people can read it: whitespace made visible (`·` space, `↵`, `→`), a no-break space
 * as `⍽`, and a piece of a character as its bytes in hex (`‹e3 81›`) rather than `bytes:\xe3\x81`.
 *
 * @example
 * readableToken(' the'); // '·the'
 * readableToken('bytes:\\xe3\\x81'); // '‹e3 81›'
 */
export function readableToken(token: string, bytes?: readonly number[] | null): string {
  const raw = tokenBytes(token, bytes);
  let text: string;
  try {
    text = strictDecoder.decode(raw);
  } catch {
    return `‹${Array.from(raw, (byte) => byte.toString(16).padStart(2, '0')).join(' ')}›`;
  }
  return text.replaceAll(' ', '·').replaceAll('\u00a0', '⍽').replaceAll('\n', '↵').replaceAll('\t', '→');
}

/**
 * A token as a screen reader should say it: its text without the visible-whitespace marks, or
 * "space", "line break", or "part of a character" for a byte piece.
 *
 * @example
 * spokenToken(' the'); // 'the'
 * spokenToken(' '); // 'space'
 */
export function spokenToken(token: string, bytes?: readonly number[] | null): string {
  const readable = readableToken(token, bytes);
  if (readable.startsWith('‹')) return 'part of a character';
  const text = token.trim();
  if (text !== '') return text;
  return token.includes('\n') ? 'line break' : 'space';
}
