import { describe, expect, it } from 'vitest';
import { SUGGEST_LIMITS } from './suggest-limits.js';
import { parseSuggestRequest, toSuggestErrorBody } from './suggest-request.js';

function issuesOf(body: unknown) {
  const result = parseSuggestRequest(body);
  if (result.success) throw new Error(`expected ${JSON.stringify(body)} to be rejected`);
  return result.issues;
}

describe('parseSuggestRequest', () => {
  it('applies defaults to a minimal body', () => {
    expect(parseSuggestRequest({ text: 'We the Peo' })).toEqual({
      success: true,
      request: { text: 'We the Peo', top_logprobs: 5, max_tokens: 8 },
    });
  });

  it('keeps every documented field', () => {
    const body = { text: 'Call me', after: ' today.', top_logprobs: 20, max_tokens: 32, model: 'gpt-4.1-mini', temperature: 0.7 };
    expect(parseSuggestRequest(body)).toEqual({ success: true, request: body });
  });

  it('accepts empty text (a suggestion for an empty field) and non-Latin scripts', () => {
    expect(parseSuggestRequest({ text: '' }).success).toBe(true);
    expect(parseSuggestRequest({ text: '東京 नमस्ते 👋🏽' }).success).toBe(true);
  });

  it('says text is required when it is missing', () => {
    expect(issuesOf({ top_logprobs: 5 })).toEqual([{ field: 'text', message: 'is required' }]);
  });

  it.each([
    [{ text: 42 }, 'text', 'must be a string, received 42'],
    [{ text: null }, 'text', 'must be a string, received null'],
    [{ text: ['a'] }, 'text', 'must be a string, received an array'],
    [{ text: 'a', after: {} }, 'after', 'must be a string, received an object'],
    [{ text: 'a', top_logprobs: '5' }, 'top_logprobs', 'must be an integer from 1 to 20, received a string'],
    [{ text: 'a', top_logprobs: 0 }, 'top_logprobs', 'must be an integer from 1 to 20, received 0'],
    [{ text: 'a', top_logprobs: 21 }, 'top_logprobs', 'must be an integer from 1 to 20, received 21'],
    [{ text: 'a', top_logprobs: 2.5 }, 'top_logprobs', 'must be an integer from 1 to 20, received 2.5'],
    [{ text: 'a', max_tokens: -1 }, 'max_tokens', 'must be an integer from 1 to 32, received -1'],
    [{ text: 'a', max_tokens: 33 }, 'max_tokens', 'must be an integer from 1 to 32, received 33'],
    [{ text: 'a', max_tokens: Number.NaN }, 'max_tokens', 'must be an integer from 1 to 32, received a non-finite number'],
    [{ text: 'a', temperature: 2.5 }, 'temperature', 'must be a number from 0 to 2, received 2.5'],
    [{ text: 'a', temperature: -0.1 }, 'temperature', 'must be a number from 0 to 2, received -0.1'],
    [{ text: 'a', model: '' }, 'model', 'must not be empty'],
    [{ text: 'a', model: 7 }, 'model', 'must be a string, received 7'],
  ])('rejects %j: %s %s', (body, field, message) => {
    expect(issuesOf(body)).toEqual([{ field, message }]);
  });

  it('rejects unknown fields by name, so typos do not silently use defaults', () => {
    expect(issuesOf({ text: 'a', top_logprob: 3 })).toEqual([{ field: 'top_logprob', message: 'is not a known field' }]);
  });

  it('rejects a __proto__ key from JSON without touching prototypes', () => {
    const body: unknown = JSON.parse('{"text":"a","__proto__":{"polluted":true}}');
    expect(issuesOf(body)).toEqual([{ field: '__proto__', message: 'is not a known field' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects text that no model can see faithfully', () => {
    expect(issuesOf({ text: 'a\uD800b' })).toEqual([{ field: 'text', message: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode' }]);
    expect(issuesOf({ text: '\uDC00' })).toEqual([{ field: 'text', message: 'contains an unpaired UTF-16 surrogate, which is not valid Unicode' }]);
    expect(issuesOf({ text: 'a\u0000b' })).toEqual([
      { field: 'text', message: 'contains a control character other than tab, line feed or carriage return' },
    ]);
    expect(parseSuggestRequest({ text: 'line one\n\tline two\r\n' }).success).toBe(true);
  });

  it('bounds the size of text and after', () => {
    expect(issuesOf({ text: 'x'.repeat(SUGGEST_LIMITS.maxTextLength + 1) })).toEqual([
      { field: 'text', message: `must be at most ${SUGGEST_LIMITS.maxTextLength} characters long` },
    ]);
    expect(parseSuggestRequest({ text: 'x'.repeat(SUGGEST_LIMITS.maxTextLength) }).success).toBe(true);
  });

  it.each([[null], [[]], ['text'], [3]])('rejects a body that is not an object: %j', (body) => {
    expect(issuesOf(body)[0]?.field).toBe('(body)');
  });

  it('reports every bad field at once', () => {
    expect(issuesOf({ top_logprobs: 99, extra: 1 }).map((issue) => issue.field).sort()).toEqual(['extra', 'text', 'top_logprobs']);
  });
});

describe('toSuggestErrorBody', () => {
  it('names the field and the reason in the message', () => {
    const body = toSuggestErrorBody([{ field: 'top_logprobs', message: 'must be an integer from 1 to 20, received 25' }]);
    expect(body.error).toEqual({
      code: 'invalid_request',
      message: 'top_logprobs: must be an integer from 1 to 20, received 25',
      field: 'top_logprobs',
      issues: [{ field: 'top_logprobs', message: 'must be an integer from 1 to 20, received 25' }],
    });
  });
});
