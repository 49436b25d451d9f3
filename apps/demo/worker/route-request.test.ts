import { describe, expect, it } from 'vitest';
import { routeRequest, type WorkerContext } from './route-request.js';

const context: WorkerContext = { waitUntil: () => undefined, passThroughOnException: () => undefined };
const env = { ASSETS: { fetch: (request: Request) => Promise.resolve(new Response(`asset ${new URL(request.url).pathname}`)) } };
const worker = routeRequest<typeof env>({
  fetch: (request) => new Response(`api ${request.method} ${new URL(request.url).pathname}`),
});

describe('routeRequest', () => {
  it('sends the API paths to the suggest function', async () => {
    const suggest = await worker.fetch(new Request('https://demo.example/v1/suggest', { method: 'POST' }), env, context);
    expect(await suggest.text()).toBe('api POST /v1/suggest');
    const health = await worker.fetch(new Request('https://demo.example/healthz'), env, context);
    expect(await health.text()).toBe('api GET /healthz');
    const models = await worker.fetch(new Request('https://demo.example/openai/v1/models'), env, context);
    expect(await models.text()).toBe('api GET /openai/v1/models');
  });

  it('serves everything else from the static assets', async () => {
    const page = await worker.fetch(new Request('https://demo.example/'), env, context);
    expect(await page.text()).toBe('asset /');
    const lookalike = await worker.fetch(new Request('https://demo.example/v1suggest'), env, context);
    expect(await lookalike.text()).toBe('asset /v1suggest');
  });
});
