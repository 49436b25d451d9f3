import { describe, expect, it } from 'vitest';
import { resolveProviderConfig } from './provider-config.js';
import { createUpstreamClient } from './upstream-client.js';

// An in-process OpenAI-compatible app that records what it was sent; with `hang`, it never answers.
function recordingApp(hang = false) {
  const seen: { url: string; method: string; body: string; contentType: string | null }[] = [];
  return {
    seen,
    async fetch(request: Request): Promise<Response> {
      seen.push({ url: request.url, method: request.method, body: await request.text(), contentType: request.headers.get('content-type') });
      if (hang) await new Promise(() => undefined);
      return Response.json({ object: 'list', data: [{ id: 'embedded-ngram', object: 'model', created: 0, owned_by: 'test' }] });
    },
  };
}

describe('createUpstreamClient with an in-process app', () => {
  it('hands the app the request the SDK built', async () => {
    const app = recordingApp();
    const client = createUpstreamClient(resolveProviderConfig({}), { embedded: app });
    const page = await client.models.list();
    expect(page.data[0]?.id).toBe('embedded-ngram');
    expect(app.seen[0]).toMatchObject({ url: 'http://embedded.invalid/v1/models', method: 'GET' });
  });

  it('rejects when the signal is already aborted, without calling the app', async () => {
    const app = recordingApp();
    const client = createUpstreamClient(resolveProviderConfig({}), { embedded: app });
    const controller = new AbortController();
    controller.abort();
    await expect(client.models.list({ signal: controller.signal })).rejects.toThrow();
    expect(app.seen).toHaveLength(0);
  });

  it('rejects when the signal aborts while the app is still answering', async () => {
    const app = recordingApp(true);
    const client = createUpstreamClient({ ...resolveProviderConfig({}), maxRetries: 0 }, { embedded: app });
    const controller = new AbortController();
    const listing = client.models.list({ signal: controller.signal });
    setTimeout(() => { controller.abort(); }, 10);
    await expect(listing).rejects.toThrow(); // the app never answers: only the abort can end this
    expect(app.seen).toHaveLength(1);
  });
});
