import { describe, expect, it } from 'vitest';
import { parseEchoLogprobs, scoringStart } from './score-text.js';

// The shape of OpenAI's legacy completions `logprobs` (echo: true, logprobs: 2, max_tokens: 1).
const completion = {
  choices: [
    {
      text: 'We the people',
      logprobs: {
        tokens: ['We', ' the', ' people'],
        token_logprobs: [null, -0.5, -2],
        top_logprobs: [null, { ' the': -0.5, ' are': -1.5 }, { ' People': -0.1, ' people': -2 }],
        text_offset: [0, 2, 6],
      },
    },
  ],
};

describe('parseEchoLogprobs', () => {
  it('keeps the prompt tokens and drops the generated one', () => {
    const scored = parseEchoLogprobs(completion, 6);
    expect(scored.map((token) => token.token)).toEqual(['We', ' the']);
    expect(scored[0]).toEqual({ token: 'We', logprob: null, alternatives: [] });
    expect(scored[1]?.alternatives).toEqual([
      { token: ' the', logprob: -0.5 },
      { token: ' are', logprob: -1.5 },
    ]);
  });

  it('sorts alternatives most likely first', () => {
    const scored = parseEchoLogprobs(completion, 13);
    expect(scored[2]?.alternatives.map((alternative) => alternative.token)).toEqual([' People', ' people']);
  });

  it('rejects a body without logprobs', () => {
    expect(() => parseEchoLogprobs({ choices: [{ text: 'x' }] }, 1)).toThrow(/without logprobs/);
    expect(() => parseEchoLogprobs(null, 1)).toThrow(/without logprobs/);
  });
});

describe('scoringStart', () => {
  it('scores short text whole', () => {
    expect(scoringStart('We the People', 20)).toBe(0);
    expect(scoringStart('x'.repeat(20), 20)).toBe(0);
  });

  it('keeps the last characters of long text, from a word boundary', () => {
    const text = 'alpha beta gamma delta';
    expect(text.slice(scoringStart(text, 12))).toBe(' gamma delta');
    // 'beta gamma delta' minus its first letters would start inside a word: skip to the space.
    expect(text.slice(scoringStart(text, 14))).toBe(' gamma delta');
  });

  it('cuts anywhere when the tail has no whitespace', () => {
    expect(scoringStart('abcdefghij', 4)).toBe(6);
  });
});

describe('scoringStart in text without spaces', () => {
  it('never starts inside a surrogate pair', () => {
    const text = '🙂'.repeat(10);
    // 20 UTF-16 units; the last 5 would start on a low surrogate.
    expect(scoringStart(text, 5)).toBe(16);
    expect(text.slice(scoringStart(text, 5))).toBe('🙂🙂');
  });
});
