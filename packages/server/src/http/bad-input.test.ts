import fc from 'fast-check';
import { PROTOCOL_VERSION_HEADER } from '@logprob-autocomplete/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtureLines, startFixtureServer, type FixtureServer } from '../../test/fixture-server.js';
import { createSuggestApp } from './create-suggest-app.js';

let upstream: FixtureServer;
let app: ReturnType<typeof createSuggestApp>;
beforeAll(async () => {
  upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('ollama-chat.jsonl') }));
  app = createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'fixture-model', RATE_LIMIT_MAX: '0' } });
});
afterAll(() => upstream.close());

const post = (body: string | Uint8Array<ArrayBuffer>, type = 'application/json') =>
  app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': type }, body });

async function expectRejected(response: Response, status: number, field: string, reason: RegExp) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.headers.get(PROTOCOL_VERSION_HEADER)).toBe('1');
  const text = await response.text();
  expect(text).not.toMatch(/\bat .*\.(?:ts|js):\d+/); // no stack trace
  const body = JSON.parse(text) as { error: { code: string; field?: string; message: string } };
  expect(body.error.field).toBe(field);
  expect(body.error.message).toMatch(reason);
}

describe('bad input to POST /v1/suggest', () => {
  it('rejects invalid JSON with 400', async () => {
    await expectRejected(await post('{"text": "a",'), 400, '(body)', /not valid JSON/);
  });

  it('rejects another content type with 415', async () => {
    await expectRejected(await post('{"text":"a"}', 'text/plain'), 415, '(body)', /content-type must be application\/json/);
  });

  it('rejects a 10 MB body with 413 before parsing it', async () => {
    const response = await post(new TextEncoder().encode(`{"text":"${'a'.repeat(10 * 1024 * 1024)}"}`));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) as string } });
  });

  it('rejects a declared Content-Length over the limit with 413 without reading the body', async () => {
    const body = new ReadableStream<Uint8Array>({ pull: () => { throw new Error('the body was read'); } });
    const response = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const bogus = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '12abc' }, body: '{"text":"a"}' });
    expect(bogus.status).toBe(413);
  });

  it('answers 415 with its own code', async () => {
    const response = await post('{"text":"a"}', 'text/plain');
    expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type', field: '(body)' } });
  });

  it('rejects a lone surrogate, naming the field', async () => {
    await expectRejected(await post('{"text":"ab\\ud800c"}'), 400, 'text', /unpaired UTF-16 surrogate/);
  });

  it('rejects NaN (not JSON) and negative numbers', async () => {
    await expectRejected(await post('{"text":"a","top_logprobs":NaN}'), 400, '(body)', /not valid JSON/);
    await expectRejected(await post('{"text":"a","max_tokens":-3}'), 400, 'max_tokens', /integer from 1 to 32, received -3/);
    await expectRejected(await post('{"text":"a","temperature":-1}'), 400, 'temperature', /from 0 to 2/);
  });

  it('rejects __proto__ and constructor keys as unknown fields without touching prototypes', async () => {
    await expectRejected(await post('{"text":"a","__proto__":{"polluted":true}}'), 400, '__proto__', /not a known field/);
    await expectRejected(await post('{"text":"a","constructor":{"prototype":{"polluted":true}}}'), 400, 'constructor', /not a known field/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a missing text and a model the server does not offer', async () => {
    await expectRejected(await post('{}'), 400, 'text', /is required/);
    await expectRejected(await post('{"text":"a","model":"gpt-9-ultra"}'), 400, 'model', /not a model this server offers/);
  });

  it('answers only 4xx to arbitrary bodies, or a stream to valid ones, never 5xx', async () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
    const body = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.record(
        { text: fc.oneof(fc.string({ unit: 'binary' }), field), after: field, top_logprobs: field, max_tokens: field, temperature: field, model: field },
        { requiredKeys: [] },
      ).map((value) => JSON.stringify(value)),
      fc.dictionary(fc.oneof(fc.constant('__proto__'), fc.constant('text'), fc.string()), field).map((value) => JSON.stringify(value)),
      fc.string({ unit: 'binary' }),
    );
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await post(text);
        await response.body?.cancel();
        expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
      }),
      { numRuns: 300 },
    );
    // 300 real requests, some of them streams through the fixture upstream: about 2 s alone, but
    // `npm test` runs it beside other workspaces' builds and browsers on a 2-core machine.
  }, 60_000);
});

describe('guards', () => {
  it('answers 429 with Retry-After past the per-client limit', async () => {
    const limited = createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'm', RATE_LIMIT_MAX: '2' } });
    const send = () => limited.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.9' }, body: '{"text":"a"}' });
    for (const response of [await send(), await send()]) {
      expect(response.status).toBe(200);
      await response.body?.cancel();
    }
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('allows same origin and localhost by default, refuses others with 403, never sends credentials', async () => {
    const preflight = await app.request('http://127.0.0.1:8787/v1/suggest', { method: 'OPTIONS', headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const same = await app.request('https://example.com/healthz', { headers: { origin: 'https://example.com' } });
    expect(same.status).toBe(200);
    const foreign = await app.request('https://example.com/v1/suggest', { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: '{"text":"a"}' });
    expect(foreign.status).toBe(403);
    expect(upstream.requests.every((request) => !JSON.stringify(request.body).includes('evil'))).toBe(true);
  });

  it('uses ALLOWED_ORIGINS, and * without credentials', async () => {
    const listed = createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, ALLOWED_ORIGINS: 'https://app.example' } });
    const allowed = await listed.request('https://api.example/healthz', { headers: { origin: 'https://app.example' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect((await listed.request('https://api.example/healthz', { headers: { origin: 'http://localhost:3000' } })).status).toBe(403);
    const open = createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, ALLOWED_ORIGINS: '*' } });
    const any = await open.request('https://api.example/healthz', { headers: { origin: 'https://anyone.example' } });
    expect(any.headers.get('access-control-allow-origin')).toBe('*');
    expect(any.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('serves /healthz and JSON 404s, with the protocol version header', async () => {
    const health = await app.request('/healthz');
    expect(await health.json()).toEqual({ status: 'ok', provider: 'openai-compatible', mode: 'chat' });
    expect(health.headers.get(PROTOCOL_VERSION_HEADER)).toBe('1');
    const missing = await app.request('/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
