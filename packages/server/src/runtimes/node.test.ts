import { readSuggestStream, type SuggestEvent } from '@logprob-autocomplete/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { readFixtureLines, startFixtureServer, type FixtureServer } from '../../test/fixture-server.js';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { PortInUseError, serveNode, type NodeServer } from './node.js';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of cleanup.splice(0)) await close();
});

async function start(delayMs: number): Promise<{ upstream: FixtureServer; server: NodeServer }> {
  const upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('openai-chat-echo.jsonl'), delayMs }));
  const server = await serveNode(createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'm' } }), { port: 0 });
  cleanup.push(() => upstream.close(), () => server.close());
  return { upstream, server };
}

const post = (url: string, signal?: AbortSignal) =>
  fetch(`${url}/v1/suggest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"We the Peo","max_tokens":3}', signal: signal ?? null });

describe('under Node over real HTTP', () => {
  it('streams events as they come', async () => {
    const { server } = await start(5);
    const response = await post(server.url);
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    const events: SuggestEvent[] = [];
    if (response.body) for await (const event of readSuggestStream(response.body)) events.push(event);
    expect(events.map((event) => event.type)).toEqual(['token', 'token', 'token', 'end']);
  });

  it('aborts the upstream request when the client hangs up mid-stream', async () => {
    const { upstream, server } = await start(300);
    const client = new AbortController();
    const response = await post(server.url, client.signal);
    const reader = response.body?.getReader();
    await reader?.read(); // the first token has arrived: the upstream is mid-stream
    client.abort();
    await upstream.waitForAborts(1);
    expect(upstream.aborted()).toBe(1);
  });

  it('says clearly when the port is taken', async () => {
    const { server } = await start(0);
    await expect(serveNode(createSuggestApp({ env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } }), { port: server.port })).rejects.toThrow(PortInUseError);
    await expect(serveNode(createSuggestApp({ env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } }), { port: server.port })).rejects.toThrow(/PORT=/);
  });
});
