import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { parseSuggestRequest, readSuggestStream, type SuggestEvent, type SuggestRequest } from '@logprob-autocomplete/protocol';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { suggestEmbedded } from './suggest-embedded.js';

const model = await loadDefaultModel();

function validated(body: unknown): SuggestRequest {
  const parsed = parseSuggestRequest(body);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.request;
}

async function collect(events: AsyncIterable<SuggestEvent>): Promise<SuggestEvent[]> {
  const out: SuggestEvent[] = [];
  for await (const event of events) out.push(event);
  return out;
}

// Timings differ run to run; everything else must be the server's answer, byte for byte.
const withoutTimings = (events: SuggestEvent[]) => events.map((event) => (event.type === 'end' ? { ...event, data: { ...event.data, timings: null } } : event));

describe('suggestEmbedded', () => {
  it('gives the same events as POST /v1/suggest with the embedded provider', async () => {
    const app = createSuggestApp({ env: {}, model, rateLimit: false });
    for (const body of [{ text: 'We the Peo', top_logprobs: 5, max_tokens: 6 }, { text: 'Call me Ish', top_logprobs: 3, max_tokens: 4 }, { text: 'It was the ' }]) {
      const response = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status).toBe(200);
      const served = await collect(readSuggestStream(response.body ?? new ReadableStream()));
      const local = await collect(suggestEmbedded({ model, request: validated(body), signal: new AbortController().signal }));
      expect(local.some((event) => event.type === 'token')).toBe(true);
      expect(withoutTimings(local)).toEqual(withoutTimings(served));
    }
  });

  it('stops with no further events once its signal aborts', async () => {
    const request = validated({ text: 'We the', max_tokens: 8 });
    const whole = await collect(suggestEmbedded({ model, request, signal: new AbortController().signal }));
    const run = new AbortController();
    const events: SuggestEvent[] = [];
    for await (const event of suggestEmbedded({ model, request, signal: run.signal })) {
      events.push(event);
      run.abort();
    }
    // Positions already computed in the same step may still come out; generation stops there.
    expect(whole.length).toBe(9);
    expect(events.length).toBeLessThan(4);
    expect(events.every((event) => event.type === 'token')).toBe(true);
  });

  it('names an unknown model the way the server does', async () => {
    const events = await collect(suggestEmbedded({ model, request: validated({ text: 'We the', model: 'gpt-4o' }), signal: new AbortController().signal }));
    expect(events).toEqual([{ type: 'error', data: expect.objectContaining({ code: 'model_not_found' }) as unknown }]);
  });

  it('bundles for the browser without Node built-ins or Hono', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes('/hono/'))).toBe(false);
    expect(inputs.some((input) => input.startsWith('node:') || input.includes('@hono/node-server'))).toBe(false);
    expect(inputs.some((input) => input.includes('suggest-events'))).toBe(true);
  });
});
