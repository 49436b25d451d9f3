import { describe, expect, it } from 'vitest';
import { TINY_CORPUS, tinyModel } from './test-fixtures/tiny-corpus.js';

const model = tinyModel();
const encoder = new TextEncoder();

describe('tokenizer', () => {
  it('round-trips any text exactly through token bytes, CJK, Devanagari and emoji included', () => {
    const texts = [...TINY_CORPUS, 'Unseen 漢字 and ਪੰਜਾਬੀ and 🦄🧪 and ∑x² — “quotes”', '\u{10FFFF}\u0000\t'];
    for (const text of texts) {
      const tokens = model.tokenize(text);
      expect(Uint8Array.from(tokens.flatMap((token) => token.bytes))).toEqual(encoder.encode(text));
      expect(model.decode(tokens.map((token) => token.id))).toBe(text);
    }
  });

  it('gives frequent words one token with their leading space and splits rare words', () => {
    expect(model.tokenize(' People').map((token) => token.token)).toEqual([' People']);
    expect(model.tokenize(' Peoplexyz').length).toBeGreaterThan(1);
  });

  it('learns frequent non-Latin characters as whole tokens', () => {
    // 们 occurs three times in the corpus; 伟 once, so it falls back to its three UTF-8 bytes.
    expect(model.tokenize('们').map((token) => token.token)).toEqual(['们']);
    expect(model.tokenize('伟').map((token) => token.bytes.length)).toEqual([1, 1, 1]);
  });

  it('writes pieces of an unseen multi-byte character as bytes:\\xNN with correct bytes', () => {
    const tokens = model.tokenize('🦄');
    expect(tokens.map((token) => token.token)).toEqual(['bytes:\\xf0', 'bytes:\\x9f', 'bytes:\\xa6', 'bytes:\\x84']);
    expect(tokens.flatMap((token) => token.bytes)).toEqual([0xf0, 0x9f, 0xa6, 0x84]);
  });

  it('encodes a lone surrogate as U+FFFD instead of failing', () => {
    expect(model.tokenize('a\uD800').flatMap((token) => token.bytes)).toEqual([0x61, 0xef, 0xbf, 0xbd]);
  });
});
