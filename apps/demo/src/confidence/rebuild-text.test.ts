import { describe, expect, it } from 'vitest';
import { rebuildText, type ScoredPiece } from './rebuild-text.js';
import { segmentProbability, textStatistics } from './text-statistics.js';
import { readableToken, spokenToken } from './token-bytes.js';

const piece = (token: string, probability: number | null): ScoredPiece => ({ token, logprob: probability === null ? null : Math.log(probability) });

describe('rebuildText', () => {
  it('joins byte-piece tokens into the character they split, owned by all of them', () => {
    // あ is e3 81 82 in UTF-8.
    const segments = rebuildText([piece('We', null), piece(' the', 0.5), piece('bytes:\\xe3\\x81', 0.5), piece('bytes:\\x82', 0.25)]);
    expect(segments).toEqual([
      { text: 'We', tokens: [0] },
      { text: ' the', tokens: [1] },
      { text: 'あ', tokens: [2, 3] },
    ]);
  });

  it("rebuilds a contenteditable's no-break space instead of showing its bytes", () => {
    const segments = rebuildText([piece('a', null), piece('bytes:\\xc2', 0.1), piece('bytes:\\xa0', 0.9), piece('b', 0.5)]);
    expect(segments.map((segment) => segment.text).join('')).toBe('a\u00a0b');
    expect(segments[1]).toEqual({ text: '\u00a0', tokens: [1, 2] });
  });

  it('keeps an emoji split four ways whole, and a ZWJ sequence as one grapheme', () => {
    const smile = rebuildText([piece('bytes:\\xf0', null), piece('bytes:\\x9f', 0.5), piece('bytes:\\x99', 0.5), piece('bytes:\\x82', 0.5)]);
    expect(smile).toEqual([{ text: '🙂', tokens: [0, 1, 2, 3] }]);
    const family = '👩‍👩‍👧';
    const bytes = Array.from(new TextEncoder().encode(family));
    // Split every 3 bytes, so every piece cuts a character.
    const pieces: ScoredPiece[] = [];
    for (let index = 0; index < bytes.length; index += 3) pieces.push({ token: 'x', bytes: bytes.slice(index, index + 3), logprob: -1 });
    const segments = rebuildText(pieces);
    expect(segments).toHaveLength(1);
    expect(segments[0]?.text).toBe(family);
    expect(segments[0]?.tokens).toEqual(pieces.map((_, index) => index));
  });

  it('keeps a Devanagari vowel sign with its consonant when tokens split the grapheme', () => {
    // नि is न (U+0928) + ि (U+093F): one grapheme from two tokens.
    const segments = rebuildText([piece('न', 0.5), piece('ि', 0.5), piece(' है', 0.5)]);
    expect(segments).toEqual([
      { text: 'नि', tokens: [0, 1] },
      { text: ' है', tokens: [2] },
    ]);
  });

  it('prefers the `bytes` array of chat logprobs over the token text', () => {
    const segments = rebuildText([
      { token: '\ufffd', bytes: [0xe4, 0xbd], logprob: -1 },
      { token: '\ufffd', bytes: [0xa0, 0xe5, 0xa5, 0xbd], logprob: -1 },
    ]);
    expect(segments).toEqual([
      { text: '你', tokens: [0, 1] },
      { text: '好', tokens: [1] },
    ]);
  });

  it('turns bytes that never complete a character into U+FFFD, never into bytes: text', () => {
    const segments = rebuildText([piece('a', null), piece('bytes:\\xe3\\x81', 0.5)]);
    expect(segments.map((segment) => segment.text).join('')).toBe('a\ufffd');
  });
});

describe('textStatistics', () => {
  it('gives perplexity per token and bits per code point, leaving out the first token', () => {
    const pieces = [piece('We', null), piece(' the', 0.5), piece('bytes:\\xe3\\x81', 0.5), piece('bytes:\\x82', 0.25)];
    const statistics = textStatistics(pieces, rebuildText(pieces));
    // 1 + 1 + 2 bits over ' the' (4 code points) and 'あ' (1).
    expect(statistics.bitsPerCharacter).toBeCloseTo(4 / 5, 10);
    expect(statistics.perplexity).toBeCloseTo(2 ** (4 / 3), 10);
    expect(statistics).toMatchObject({ scoredTokens: 3, scoredCharacters: 5 });
  });

  it('has no figures for a single token', () => {
    const pieces = [piece('Hello', null)];
    expect(textStatistics(pieces, rebuildText(pieces))).toEqual({ perplexity: undefined, bitsPerCharacter: undefined, scoredTokens: 0, scoredCharacters: 0 });
  });

  it('colours a character by the joint probability of the tokens that made it', () => {
    const pieces = [piece('a', 0.5), piece('bytes:\\xe3\\x81', 0.5), piece('bytes:\\x82', 0.25)];
    const [first, second] = rebuildText(pieces);
    expect(first && segmentProbability(pieces, first)).toBeCloseTo(0.5, 10);
    expect(second && segmentProbability(pieces, second)).toBeCloseTo(0.125, 10);
    expect(segmentProbability([piece('a', null)], { text: 'a', tokens: [0] })).toBeUndefined();
  });
});

describe('readableToken and spokenToken', () => {
  it('shows whitespace and byte pieces, and says them in words', () => {
    expect(readableToken(' the\n')).toBe('·the↵');
    expect(readableToken('bytes:\\xe3\\x81')).toBe('‹e3 81›');
    expect(readableToken('\u00a0')).toBe('⍽');
    expect(spokenToken(' the')).toBe('the');
    expect(spokenToken(' ')).toBe('space');
    expect(spokenToken('\n')).toBe('line break');
    expect(spokenToken('bytes:\\xe3')).toBe('part of a character');
  });
});
