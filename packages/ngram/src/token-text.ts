const strictDecoder = new TextDecoder('utf-8', { fatal: true });

function hex(byte: number): string {
  return `\\x${byte.toString(16).padStart(2, '0')}`;
}

/**
 * The display text of a token. A token that is a piece of a multi-byte character is not valid
 * UTF-8 on its own; it is written the way OpenAI's API writes such pieces, `bytes:\xe4\xbd`,
 * and clients join the `bytes` arrays to get the text.
 *
 * @example
 * tokenText(new Uint8Array([0x20, 0x50])); // ' P'
 * tokenText(new Uint8Array([0xe4])); // 'bytes:\\xe4'
 */
export function tokenText(bytes: Uint8Array): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return `bytes:${Array.from(bytes, hex).join('')}`;
  }
}

/**
 * Lexicographic byte order; token ids follow it so that all tokens starting with some bytes
 * form one contiguous id range.
 *
 * @example
 * compareBytes(new Uint8Array([1]), new Uint8Array([1, 0])); // -1
 */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
