import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { readFixtureLines, startFixtureServer, type FixtureServer } from '../../test/fixture-server.js';

// The worker entry as wrangler gets it, in workerd (Miniflare), offline. Two workers with their
// own isolates and module state bind one RateLimitCounter Durable Object class, as every isolate
// and location of a deployed Worker does.
const LIMIT = 3;
let mf: Miniflare;
let upstream: FixtureServer;

beforeAll(async () => {
  const script = new URL('../../scripts/build-worker.mjs', import.meta.url).pathname;
  await promisify(execFile)(process.execPath, [script]);
  const outdir = new URL('../../dist/worker-bundle/', import.meta.url);
  const [code, model] = await Promise.all([readFile(new URL('worker.js', outdir), 'utf8'), readFile(new URL('model.bin', outdir))]);
  upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('openai-chat-echo.jsonl') }));
  const modules = [{ type: 'ESModule' as const, path: 'worker.js', contents: code }, { type: 'Data' as const, path: 'model.bin', contents: model }];
  const bindings = { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'fixture-model', RATE_LIMIT_MAX: String(LIMIT), SUGGEST_CACHE: 'workers', TRUST_PROXY: '1' };
  const shared = { modules, bindings, compatibilityDate: '2026-04-01', compatibilityFlags: ['enable_request_signal'] };
  mf = new Miniflare({
    workers: [
      { name: 'first', ...shared, routes: ['first.test/*'], durableObjects: { RATE_LIMITER: 'RateLimitCounter' } },
      { name: 'second', ...shared, routes: ['second.test/*'], durableObjects: { RATE_LIMITER: { className: 'RateLimitCounter', scriptName: 'first' } } },
    ],
  });
  await mf.ready;
}, 60_000);

afterAll(async () => {
  await Promise.all([mf.dispose(), upstream.close()]);
});

async function post(worker: 'first' | 'second', headers: Record<string, string>, body = '{"text":1}'): Promise<number> {
  const response = await mf.dispatchFetch(`http://${worker}.test/v1/suggest`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  await response.arrayBuffer();
  return response.status;
}

describe('the worker entry\'s shared state under workerd', () => {
  it('holds one limit per client across two workers through the Durable Object', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 3; attempt++) statuses.push(await post(attempt % 2 ? 'first' : 'second', { 'cf-connecting-ip': '198.51.100.7' }));
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(400), 429, 429, 429]);
    expect(await post('first', { 'cf-connecting-ip': '198.51.100.8' })).toBe(400);
  });

  it('keys on Cloudflare\'s CF-Connecting-IP alone, even with TRUST_PROXY set', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 2; attempt++) {
      const forged = `203.0.113.${String(attempt + 1)}`;
      statuses.push(await post('first', { 'cf-connecting-ip': '198.51.100.9', 'x-forwarded-for': forged, 'x-real-ip': forged, 'true-client-ip': forged, forwarded: `for=${forged}` }));
    }
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(400), 429, 429]);
  });

  it('answers a repeated deterministic request from the Cache API without the upstream', async () => {
    const body = JSON.stringify({ text: 'We the Peo', max_tokens: 3 });
    const before = upstream.requests.length;
    expect(await post('first', { 'cf-connecting-ip': '198.51.100.20' }, body)).toBe(200);
    expect(upstream.requests.length).toBe(before + 1);
    expect(await post('first', { 'cf-connecting-ip': '198.51.100.21' }, body)).toBe(200);
    expect(upstream.requests.length).toBe(before + 1);
  });
});
