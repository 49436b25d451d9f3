import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDemoApp } from './create-demo-app.js';

const assetsDirectory = mkdtempSync(join(tmpdir(), 'demo-assets-'));
mkdirSync(join(assetsDirectory, 'assets'));
writeFileSync(join(assetsDirectory, 'index.html'), '<!doctype html><title>demo</title>');
writeFileSync(join(assetsDirectory, 'assets', 'index-abc123.js'), 'console.log(1)');
afterAll(() => { rmSync(assetsDirectory, { recursive: true, force: true }); });

const seen: string[] = [];
const api = {
  fetch(request: Request) {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
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
