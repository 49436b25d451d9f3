import { describe, expect, it } from 'vitest';
import { decodeUtf8, incompleteTailLength, isWholeUtf8, tokenBytes } from './utf8-bytes.js';

describe('utf8 bytes', () => {
  it('prefers the bytes field, then OpenAI bytes: escapes, then the text', () => {
    expect(tokenBytes('ignored', [72, 105])).toEqual([72, 105]);
    expect(tokenBytes('bytes:\\xe6\\x9d', null)).toEqual([0xe6, 0x9d]);
    expect(tokenBytes('é', undefined)).toEqual([0xc3, 0xa9]);
    expect(tokenBytes('é', [300])).toEqual([0xc3, 0xa9]);
    expect(tokenBytes('bytes:not-hex', null)).toEqual(Array.from(new TextEncoder().encode('bytes:not-hex')));
  });

  it('finds an incomplete character at the end', () => {
    const east = [0xe6, 0x9d, 0xb1];
    expect(incompleteTailLength([0x20, ...east.slice(0, 2)])).toBe(2);
    expect(incompleteTailLength([0x20, ...east])).toBe(0);
    expect(incompleteTailLength([0xf0, 0x9f, 0x99])).toBe(3);
    expect(incompleteTailLength([0x41, 0x80])).toBe(0); // invalid: no later byte can complete it
    expect(incompleteTailLength([])).toBe(0);
  });

  it('tells whole characters from pieces and decodes invalid bytes as U+FFFD', () => {
    expect(isWholeUtf8([0xe6, 0x9d, 0xb1])).toBe(true);
    expect(isWholeUtf8([0xe6, 0x9d])).toBe(false);
    expect(decodeUtf8([0xe6, 0x9d, 0xb1])).toBe('東');
    expect(decodeUtf8([0x80])).toBe('\ufffd');
  });

  it('decodes ASCII and mixed tokens alike on the fast and the slow path', () => {
    expect(isWholeUtf8([])).toBe(true);
    expect(isWholeUtf8([0x20, 0x74, 0x68, 0x65])).toBe(true);
    expect(isWholeUtf8([0x20, 0xe6])).toBe(false);
    expect(decodeUtf8([0x20, 0x74, 0x68, 0x65])).toBe(' the');
    expect(decodeUtf8([0x00, 0x7f])).toBe('\u0000\u007f');
    expect(decodeUtf8([0x20, 0xc3, 0xa9])).toBe(' é');
    const long = Array.from({ length: 200 }, (_, index) => 0x41 + (index % 26));
    expect(decodeUtf8(long)).toBe(new TextDecoder().decode(new Uint8Array(long)));
  });
});
