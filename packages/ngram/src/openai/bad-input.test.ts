import { describe, expect, it } from 'vitest';
import { EMBEDDED_MODEL_ID } from '../model-id.js';
import { tinyModel } from '../test-fixtures/tiny-corpus.js';
import { createOpenAICompatibleApp, MAX_BODY_BYTES } from './create-app.js';
import { MAX_TEXT_LENGTH } from './request-fields.js';

const app = createOpenAICompatibleApp({ model: tinyModel() });

async function post(path: string, body: string | object) {
  const response = await app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: response.status, body: (await response.json()) as { error?: { message: string; type: string; param: string | null; code: string | null } } };
}

const chat = (fields: object) => post('/v1/chat/completions', { model: EMBEDDED_MODEL_ID, messages: [{ role: 'user', content: 'We the' }], ...fields });
const legacy = (fields: object) => post('/v1/completions', { model: EMBEDDED_MODEL_ID, prompt: 'We the', ...fields });

describe('bad input gets a 4xx in OpenAI error shape', () => {
  const cases: [string, () => ReturnType<typeof post>, number, string | null][] = [
    ['invalid JSON', () => post('/v1/chat/completions', '{"model": '), 400, null],
    ['a JSON array body', () => post('/v1/completions', '[1]'), 400, null],
    ['an unknown model', () => chat({ model: 'gpt-9' }), 404, 'model'],
    ['no model', () => post('/v1/completions', { prompt: 'x' }), 400, 'model'],
    ['no messages', () => post('/v1/chat/completions', { model: EMBEDDED_MODEL_ID }), 400, 'messages'],
    ['empty messages', () => chat({ messages: [] }), 400, 'messages'],
    ['a lone surrogate', () => post('/v1/chat/completions', `{"model":"${EMBEDDED_MODEL_ID}","messages":[{"role":"user","content":"a\\ud800"}]}`), 400, 'messages[0].content'],
    ['a control character', () => legacy({ prompt: 'a\u0000b' }), 400, 'prompt'],
    ['a huge context', () => legacy({ prompt: 'x'.repeat(MAX_TEXT_LENGTH + 1) }), 400, 'prompt'],
    ['a system message last', () => chat({ messages: [{ role: 'system', content: 'x' }] }), 400, 'messages[0].role'],
    ['an image part', () => chat({ messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x' } }] }] }), 400, 'messages[0].content[0]'],
    ['top_logprobs 21', () => chat({ logprobs: true, top_logprobs: 21 }), 400, 'top_logprobs'],
    ['top_logprobs without logprobs', () => chat({ top_logprobs: 2 }), 400, 'top_logprobs'],
    ['legacy logprobs 6', () => legacy({ logprobs: 6 }), 400, 'logprobs'],
    ['temperature 2.5', () => chat({ temperature: 2.5 }), 400, 'temperature'],
    ['max_tokens -1', () => legacy({ max_tokens: -1 }), 400, 'max_tokens'],
    ['max_tokens -1 with echo', () => legacy({ max_tokens: -1, echo: true, logprobs: 0 }), 400, 'max_tokens'],
    ['a huge max_tokens', () => legacy({ max_tokens: 1e9 }), 400, 'max_tokens'],
    ['a max_tokens past 2^1024 (Infinity once parsed)', () => post('/v1/completions', `{"model":"${EMBEDDED_MODEL_ID}","prompt":"x","max_tokens":1e400}`), 400, 'max_tokens'],
    ['a fractional max_tokens', () => legacy({ max_tokens: 1.5 }), 400, 'max_tokens'],
    ['chat max_tokens 0', () => chat({ max_tokens: 0 }), 400, 'max_tokens'],
    ['echo with chat', () => chat({ echo: true }), 400, 'echo'],
    ['echo with chat, as a string', () => chat({ echo: 'yes' }), 400, 'echo'],
    ['echo as a string', () => legacy({ echo: 'true' }), 400, 'echo'],
    ['echo as a number', () => legacy({ echo: 1, max_tokens: 0 }), 400, 'echo'],
    ['a number prompt', () => legacy({ prompt: 42 }), 400, 'prompt'],
    ['a token-id prompt', () => legacy({ prompt: [1, 2, 3] }), 400, 'prompt'],
    ['logprobs as a string', () => legacy({ logprobs: '5' }), 400, 'logprobs'],
    ['logprobs -1', () => legacy({ logprobs: -1 }), 400, 'logprobs'],
    ['stream_options as a string', () => legacy({ stream: true, stream_options: 'usage' }), 400, 'stream_options'],
    ['a null body', () => post('/v1/completions', 'null'), 400, null],
    ['a string body', () => post('/v1/completions', '"We the"'), 400, null],
    ['a form-encoded body', () => post('/v1/completions', 'model=embedded-ngram&prompt=We'), 400, null],
    ['an empty body', () => post('/v1/chat/completions', ''), 400, null],
    ['max_completion_tokens 1e6', () => chat({ max_completion_tokens: 1e6 }), 400, 'max_completion_tokens'],
    ['max_tokens as a string', () => chat({ max_tokens: '5' }), 400, 'max_tokens'],
    ['n 2', () => chat({ n: 2 }), 400, 'n'],
    ['five stop sequences', () => chat({ stop: ['a', 'b', 'c', 'd', 'e'] }), 400, 'stop'],
    ['a non-integer seed', () => chat({ seed: 1.5 }), 400, 'seed'],
    ['stream as a string', () => chat({ stream: 'yes' }), 400, 'stream'],
    ['two prompts', () => legacy({ prompt: ['a', 'b'] }), 400, 'prompt'],
  ];

  it.each(cases)('%s', async (_name, send, status, param) => {
    const { status: actual, body } = await send();
    expect(actual).toBe(status);
    expect(body.error?.type).toBe('invalid_request_error');
    expect(body.error?.param).toBe(param);
    expect(body.error?.message.length).toBeGreaterThan(10);
    if (param) expect(body.error?.message).toContain(param.replace(/\[\d+\].*$/, ''));
  });

  it('rejects an oversized body with 413 before parsing it', async () => {
    const response = await app.request('/v1/completions', { method: 'POST', body: JSON.stringify({ model: EMBEDDED_MODEL_ID, prompt: 'x'.repeat(MAX_BODY_BYTES + 1) }) });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('request_too_large');
  });

  it('answers unknown routes with a 404 error object', async () => {
    const response = await app.request('/v1/embeddings', { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
  });
});

describe('every field with every wrong kind of value: a 4xx naming it, never a 5xx', () => {
  const fields = ['model', 'prompt', 'messages', 'max_tokens', 'max_completion_tokens', 'echo', 'logprobs', 'top_logprobs', 'temperature', 'top_p', 'n', 'seed', 'stop', 'stream', 'stream_options', 'presence_penalty', 'frequency_penalty'];
  const values: unknown[] = [null, -1, 0, 1.5, 1e308, -1e308, '', 'x', '\u0000', 'y'.repeat(MAX_TEXT_LENGTH + 1), true, false, [], [1], ['a', 2], {}, { include_usage: 'yes' }, [{ role: 'user', content: 7 }]];
  const routes = [
    ['/v1/completions', { model: EMBEDDED_MODEL_ID, prompt: 'We the', max_tokens: 2 }],
    ['/v1/chat/completions', { model: EMBEDDED_MODEL_ID, messages: [{ role: 'user', content: 'We the' }], max_tokens: 2 }],
  ] as const;

  it.each(routes)('%s', async (path, base) => {
    const outcomes = new Set<number>();
    for (const field of fields) {
      for (const value of values) {
        const response = await app.request(path, { method: 'POST', body: JSON.stringify({ ...base, [field]: value }) });
        const label = `${field}: ${JSON.stringify(value).slice(0, 40)}`;
        outcomes.add(response.status);
        expect([200, 400, 404], label).toContain(response.status);
        if (response.status === 200) {
          await response.body?.cancel();
          continue;
        }
        const { error } = (await response.json()) as { error: { type: string; param: string | null } };
        expect(error.type, label).toBe('invalid_request_error');
        expect(error.param?.startsWith(field), `${label} named ${String(error.param)}`).toBe(true);
      }
    }
    expect([...outcomes].sort()).toEqual([200, 400, 404]);
  });
});

describe('unusual but valid input works', () => {
  it('an empty prompt continues from the start of a document', async () => {
    const { status } = await legacy({ prompt: '', max_tokens: 2 });
    expect(status).toBe(200);
  });

  it('a 64-bit seed', async () => {
    const { status } = await post('/v1/completions', `{"model":"${EMBEDDED_MODEL_ID}","prompt":"The","max_tokens":2,"seed":9223372036854775807}`);
    expect(status).toBe(200);
  });

  it('a long prompt under the limit uses its tail', async () => {
    const { status } = await legacy({ prompt: 'We the People '.repeat(10_000), max_tokens: 2 });
    expect(status).toBe(200);
  });

  it('CJK, Devanagari and emoji prompts give valid bytes', async () => {
    const { status, body } = await post('/v1/chat/completions', {
      model: EMBEDDED_MODEL_ID,
      messages: [{ role: 'user', content: '我们是' }],
      logprobs: true,
      top_logprobs: 5,
      max_tokens: 3,
      temperature: 0,
    });
    expect(status).toBe(200);
    const choice = (body as unknown as { choices: { message: { content: string }; logprobs: { content: { bytes: number[] }[] } }[] }).choices[0];
    const bytes = choice?.logprobs.content.flatMap((item) => item.bytes) ?? [];
    expect(new TextDecoder().decode(Uint8Array.from(bytes))).toBe(choice?.message.content);
  });
});
