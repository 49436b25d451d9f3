import { describe, expect, it } from 'vitest';
import { normalizeChoiceLogprobs } from './normalize-choice-logprobs.js';

describe('normalizeChoiceLogprobs', () => {
  it('reads the chat shape, with several tokens, bytes and sentinels', () => {
    const positions = normalizeChoiceLogprobs({
      content: [
        { token: 'Hi', logprob: -0.1, bytes: [72, 105], top_logprobs: [{ token: 'Hi', logprob: -0.1, bytes: [72, 105] }, { token: 'Yo', logprob: -9999, bytes: null }] },
        { token: 'bytes:\\xe6', logprob: -3.4028234663852886e38, bytes: null, top_logprobs: null },
        { token: 5, logprob: -1 },
      ],
      refusal: null,
    });
    expect(positions).toEqual([
      { bytes: [72, 105], logprob: -0.1, alternatives: [{ bytes: [72, 105], logprob: -0.1 }, { bytes: [89, 111], logprob: undefined }] },
      { bytes: [0xe6], logprob: undefined, alternatives: [] },
    ]);
  });

  it('reads the legacy shape with short, null and missing arrays', () => {
    expect(
      normalizeChoiceLogprobs({ tokens: [' a', ' b'], token_logprobs: [-0.5, null], top_logprobs: [{ ' a': -0.5, ' c': -9999 }, null], text_offset: [0, 2] }),
    ).toEqual([
      { bytes: [32, 97], logprob: -0.5, alternatives: [{ bytes: [32, 97], logprob: -0.5 }, { bytes: [32, 99], logprob: undefined }] },
      { bytes: [32, 98], logprob: undefined, alternatives: [] },
    ]);
    expect(normalizeChoiceLogprobs({ tokens: [' a'] })).toEqual([{ bytes: [32, 97], logprob: undefined, alternatives: [] }]);
  });

  it('treats a legacy token named __proto__ as a token', () => {
    const [position] = normalizeChoiceLogprobs(JSON.parse('{"tokens":["__proto__"],"token_logprobs":[-1],"top_logprobs":[{"__proto__":-1}]}'));
    expect(position?.alternatives).toEqual([{ bytes: Array.from(new TextEncoder().encode('__proto__')), logprob: -1 }]);
  });

  it('returns nothing for null, missing or garbage logprobs', () => {
    for (const value of [null, undefined, 'x', [], { content: null }, { tokens: 'x' }]) expect(normalizeChoiceLogprobs(value)).toEqual([]);
  });

  it('maps NaN, infinities and tiny positive values', () => {
    const logprobs = (value: number) => normalizeChoiceLogprobs({ content: [{ token: 'a', logprob: value, bytes: [97], top_logprobs: [] }] })[0]?.logprob;
    expect(logprobs(Number.NaN)).toBeUndefined();
    expect(logprobs(Number.NEGATIVE_INFINITY)).toBeUndefined();
    expect(logprobs(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(logprobs(1e-7)).toBe(0);
    expect(logprobs(-12.5)).toBe(-12.5);
  });
});
