import { describe, expect, it } from 'vitest';
import { currentPosition } from './stream-position.js';
import { describeStreamEnd, describeStreaming, describeSuggestFailure } from './stream-words.js';

const timings = { first_token_ms: 12.4, total_ms: 30.2 };

describe('describeStreamEnd', () => {
  it('says why the stream stopped in plain words', () => {
    expect(describeStreamEnd(4, { finish_reason: 'length', timings })).toBe('Stopped after 4 tokens (the max_tokens setting). First token after 12 ms, all after 30 ms.');
    expect(describeStreamEnd(1, { finish_reason: 'stop', timings })).toMatch(/^Stopped after 1 token \(the model reached a natural end\)/);
    expect(describeStreamEnd(2, { finish_reason: 'stop', timings })).not.toMatch(/length|finish/);
  });

  it('counts tokens while streaming', () => {
    expect(describeStreaming(0)).toBe('Waiting for the first token…');
    expect(describeStreaming(3)).toBe('Streaming: 3 tokens so far…');
  });
});

describe('currentPosition', () => {
  const tokens = [{ token: ' People' }, { token: ' of' }, { token: ' the' }].map((token) => ({ ...token, bytes: Array.from(new TextEncoder().encode(token.token)) }));

  it('points at the token the caret is in or before', () => {
    expect(currentPosition('We the', 'We the', tokens)).toBe(0);
    expect(currentPosition('We the', 'We the Peo', tokens)).toBe(0);
    expect(currentPosition('We the', 'We the People', tokens)).toBe(1);
    expect(currentPosition('We the', 'We the People of the', tokens)).toBe(3);
  });

  it('knows when the text left the stream', () => {
    expect(currentPosition('We the', 'We the Pix', tokens)).toBeUndefined();
    expect(currentPosition('We the', 'We', tokens)).toBeUndefined();
  });

  it('joins byte pieces before comparing', () => {
    const pieces = [
      { token: 'bytes:\\xe3\\x81', bytes: [0xe3, 0x81] },
      { token: 'bytes:\\x82', bytes: [0x82] },
      { token: 'い', bytes: [0xe3, 0x81, 0x84] },
    ];
    expect(currentPosition('', 'あ', pieces)).toBe(2);
    expect(currentPosition('', 'あい', pieces)).toBe(3);
  });
});

describe('describeSuggestFailure', () => {
  it('says what went wrong in plain words and that the text is unchanged', () => {
    expect(describeSuggestFailure({ code: 'rate_limited', message: 'Rate limit exceeded', status: 429 })).toBe(
      'No suggestions: the server is busy (too many requests); suggestions come back when you type again. Your text is unchanged.',
    );
    expect(describeSuggestFailure({ code: 'http_error', message: 'HTTP 429', status: 429 })).toContain('the server is busy');
    expect(describeSuggestFailure({ code: 'http_error', message: 'HTTP 500', status: 500 })).toBe('No suggestions: the server failed (error 500). Your text is unchanged.');
    expect(describeSuggestFailure({ code: 'upstream_error', message: 'upstream said 500', status: 502 })).toContain('the model provider failed');
    expect(describeSuggestFailure({ code: 'something_new', message: 'Odd failure' })).toBe('No suggestions: Odd failure. Your text is unchanged.');
  });
});
