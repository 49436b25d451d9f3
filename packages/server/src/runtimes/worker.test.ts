import { readSuggestStream, type SuggestEvent } from '@logprob-autocomplete/protocol';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { readFixtureLines, startFixtureServer, type FixtureServer } from '../../test/fixture-server.js';

// The worker entry, bundled exactly as `wrangler dev` gets it (scripts/build-worker.mjs) and run
// in workerd (Miniflare), offline: the embedded model in process, a fixture upstream over loopback.
let embedded: Miniflare;
let relayed: Miniflare;
let upstream: FixtureServer;

beforeAll(async () => {
  const script = new URL('../../scripts/build-worker.mjs', import.meta.url).pathname;
  await promisify(execFile)(process.execPath, [script]);
  const outdir = new URL('../../dist/worker-bundle/', import.meta.url);
  const [code, model] = await Promise.all([readFile(new URL('worker.js', outdir), 'utf8'), readFile(new URL('model.bin', outdir))]);
  upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('openai-chat-echo.jsonl'), delayMs: 300 }));
  const worker = (bindings: Record<string, string>) =>
    new Miniflare({
      modules: [
        { type: 'ESModule', path: 'worker.js', contents: code },
        { type: 'Data', path: 'model.bin', contents: model },
      ],
      compatibilityDate: '2026-04-01',
      compatibilityFlags: ['enable_request_signal'],
      bindings,
    });
  embedded = worker({});
  relayed = worker({ OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'fixture-model' });
  await Promise.all([embedded.ready, relayed.ready]);
}, 60_000);

afterAll(async () => {
  await Promise.all([embedded.dispose(), relayed.dispose(), upstream.close()]);
});

async function events(response: { body: ReadableStream<Uint8Array> | null }): Promise<SuggestEvent[]> {
  const all: SuggestEvent[] = [];
  if (response.body) for await (const event of readSuggestStream(response.body)) all.push(event);
  return all;
}

const suggestInit = (text: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, max_tokens: 3 }) });

describe('the worker entry under workerd', () => {
  it('streams suggestions from the embedded model', async () => {
    const response = await embedded.dispatchFetch('http://localhost/v1/suggest', suggestInit('We the Peo'));
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const all = await events(response as unknown as Response);
    expect(all[0]).toMatchObject({ type: 'token', data: { index: 0, token: 'ple' } });
    expect(all.map((event) => event.type)).toEqual(['token', 'token', 'token', 'end']);
  });

  it('serves the embedded model at /openai/v1', async () => {
    const response = await embedded.dispatchFetch('http://localhost/openai/v1/models');
    const body = (await response.json()) as { data: { id: string }[] };
    expect(body.data.map((model) => model.id)).toContain('embedded-ngram');
  });

  it('relays an OpenAI-compatible upstream through the openai SDK', async () => {
    const all = await events((await relayed.dispatchFetch('http://localhost/v1/suggest', suggestInit('We the Peo'))) as unknown as Response);
    expect(all.filter((event) => event.type === 'token').map((event) => event.data.token)).toEqual(['ple', ' of', ' the']);
  });

  it('aborts the upstream request when a client hangs up over real HTTP (enable_request_signal)', async () => {
    const url = await relayed.ready;
    const before = upstream.aborted();
    const client = new AbortController();
    const response = await fetch(new URL('/v1/suggest', url), { ...suggestInit('We the Peo'), signal: client.signal });
    await response.body?.getReader().read(); // mid-stream: the first token is here
    client.abort();
    await upstream.waitForAborts(before + 1);
    expect(upstream.aborted()).toBe(before + 1);
  });

  it('rejects bad input with 400 naming the field', async () => {
    const response = await relayed.dispatchFetch('http://localhost/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":1}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { field: 'text' } });
  });
});
