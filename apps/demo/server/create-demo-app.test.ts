import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createSuggestApp } from '@logprob-autocomplete/server';
import { serveNode } from '@logprob-autocomplete/server/node';
import { request as httpRequest } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoApp } from './create-demo-app.js';

const assetsDirectory = mkdtempSync(join(tmpdir(), 'demo-assets-'));
mkdirSync(join(assetsDirectory, 'assets'));
writeFileSync(join(assetsDirectory, 'index.html'), '<!doctype html><title>demo</title>');
writeFileSync(join(assetsDirectory, 'assets', 'index-abc123.js'), 'console.log(1)');
afterAll(() => { rmSync(assetsDirectory, { recursive: true, force: true }); });

const seen: string[] = [];
const seenEnv: unknown[] = [];
const api = {
  fetch(request: Request, env?: unknown) {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
    seenEnv.push(env);
    return new Response('api', { headers: { 'content-type': 'text/plain' } });
  },
};
const app = createDemoApp({ api, assetsDirectory });

describe('createDemoApp', () => {
  it('routes the API paths to the suggest function, with method and body intact', async () => {
    const response = await app.request('/v1/suggest', { method: 'POST', body: '{"text":"We"}' });
    expect(await response.text()).toBe('api');
    await app.request('/healthz');
    await app.request('/openai/v1/models');
    expect(seen).toEqual(['POST /v1/suggest', 'GET /healthz', 'GET /openai/v1/models']);
  });

  it('hands the runtime\'s bindings to the API, so it can see who the client is', async () => {
    const bindings = { incoming: { socket: { remoteAddress: '127.0.0.2' } } };
    await app.request('/v1/suggest', { method: 'POST', body: '{}' }, bindings);
    expect(seenEnv.at(-1)).toBe(bindings);
  });

  it('serves the built page at / without long-lived caching', async () => {
    const response = await app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<title>demo</title>');
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('caches hashed assets for good', async () => {
    const response = await app.request('/assets/index-abc123.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it('answers unknown paths with a JSON 404 that names the path', async () => {
    const response = await app.request('/nope.txt');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'No page at /nope.txt' } });
  });

  it('refuses to walk out of the assets directory', async () => {
    const response = await app.request('/..%2f..%2fetc/passwd');
    expect(response.status).toBe(404);
  });
});

describe('the demo on Node over real HTTP', () => {
  // Two loopback addresses are two clients; headers they send cannot make them someone else.
  function post(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<number> {
    return new Promise((resolve, reject) => {
      const request = httpRequest(`${url}/v1/suggest`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', ...headers } }, (response) => {
        response.resume();
        response.on('end', () => { resolve(response.statusCode ?? 0); });
      });
      request.on('error', reject);
      request.end('{"text":1}');
    });
  }

  it('gives each client its own rate-limit bucket, whatever identity headers it sends', async () => {
    const suggest = createSuggestApp({ env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'm', RATE_LIMIT_MAX: '2' }, getConnInfo });
    const server = await serveNode(createDemoApp({ api: suggest, assetsDirectory }), { port: 0 });
    try {
      const spoofs: Record<string, string>[] = [{ 'cf-connecting-ip': '203.0.113.1' }, { 'x-forwarded-for': '203.0.113.2' }, { 'x-real-ip': '203.0.113.3' }, { 'true-client-ip': '203.0.113.4' }, { forwarded: 'for=203.0.113.5' }];
      const first: number[] = [];
      for (const headers of spoofs) first.push(await post(server.url, '127.0.0.1', headers));
      expect(first).toEqual([400, 400, 429, 429, 429]);
      expect(await post(server.url, '127.0.0.2')).toBe(400);
    } finally {
      await server.close();
    }
  });
});
