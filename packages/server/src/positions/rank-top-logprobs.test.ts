import { describe, expect, it } from 'vitest';
import { UNKNOWN_LOGPROB, toTokenEvent } from './rank-top-logprobs.js';
import type { TextToken } from './text-position.js';

const token = (text: string, logprob: number | undefined): TextToken => ({ token: text, bytes: Array.from(new TextEncoder().encode(text)), logprob });

describe('toTokenEvent', () => {
  it('ranks, dedupes, drops unknowns and clamps', () => {
    const event = toTokenEvent({ ...token('a', -1), alternatives: [token('b', -0.5), token('a', -1), token('b', -2), token('c', undefined), token('d', -3)] }, 2, 2);
    expect(event.index).toBe(2);
    expect(event.top_logprobs.map((top) => [top.token, top.logprob])).toEqual([['b', -0.5], ['a', -1]]);
  });

  it('keeps the chosen token among the alternatives even when it ranks low', () => {
    const event = toTokenEvent({ ...token('z', -5), alternatives: [token('a', -0.1), token('b', -0.2)] }, 0, 2);
    expect(event.top_logprobs.map((top) => top.token)).toEqual(['a', 'z']);
  });

  it('takes an unknown chosen logprob from the alternatives, else the documented sentinel', () => {
    expect(toTokenEvent({ ...token('a', undefined), alternatives: [token('a', -0.3)] }, 0, 5).logprob).toBe(-0.3);
    expect(toTokenEvent({ ...token('a', undefined), alternatives: [] }, 0, 5).logprob).toBe(UNKNOWN_LOGPROB);
  });
});
