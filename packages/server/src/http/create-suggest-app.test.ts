import { PROTOCOL_VERSION_HEADER, readSuggestStream, type SuggestEvent } from '@logprob-autocomplete/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { readFixtureError, readFixtureLines, startFixtureServer, type FixtureBehaviour, type FixtureServer } from '../../test/fixture-server.js';
import { createSuggestApp } from './create-suggest-app.js';

let upstream: FixtureServer | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

async function appFor(behaviour: FixtureBehaviour | ((attempt: number) => FixtureBehaviour), env: Record<string, string> = {}) {
  let attempt = 0;
  upstream = await startFixtureServer(() => (typeof behaviour === 'function' ? behaviour(attempt++) : behaviour));
  return createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'fixture-model', SUGGEST_MAX_RETRIES: '0', ...env } });
}

async function suggest(app: ReturnType<typeof createSuggestApp>, body: unknown) {
  const response = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const events: SuggestEvent[] = [];
  if (response.body) for await (const event of readSuggestStream(response.body)) events.push(event);
  const raw = JSON.stringify(events);
  return { response, events, raw, tokens: events.filter((event) => event.type === 'token').map((event) => event.data) };
}

const stream = (name: string, extra: Partial<Extract<FixtureBehaviour, { kind: 'stream' }>> = {}): FixtureBehaviour => ({ kind: 'stream', lines: readFixtureLines(name), ...extra });

describe('POST /v1/suggest through the openai SDK against recorded streams', () => {
  it('streams ranked tokens in chat mode, stripping what the model echoed of the typed word', async () => {
    const app = await appFor(stream('openai-chat-echo.jsonl'));
    const { response, events, tokens } = await suggest(app, { text: 'We the Peo', top_logprobs: 3 });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get(PROTOCOL_VERSION_HEADER)).toBe('1');
    expect(tokens.map((token) => token.token)).toEqual(['ple', ' of', ' the', ' United', ' States', ',']);
    expect(tokens.map((token) => token.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(tokens[0]?.top_logprobs.map((top) => top.token)).toEqual(['ple', 'ples']);
    expect(tokens[0]?.bytes).toEqual([112, 108, 101]);
    expect(tokens[1]?.top_logprobs.length).toBe(3);
    const end = events.at(-1);
    expect(end?.type).toBe('end');
    if (end?.type === 'end') expect(end.data.usage).toEqual({ prompt_tokens: 42, completion_tokens: 6, total_tokens: 48 });
  });

  it('asks for logprobs, top_logprobs within the provider limit, both token caps and usage', async () => {
    const app = await appFor(stream('openai-chat-echo.jsonl'), { SUGGEST_MAX_TOP_LOGPROBS: '6' });
    await suggest(app, { text: 'We the Peo', top_logprobs: 5, max_tokens: 4 });
    const body = upstream?.requests[0]?.body;
    expect(upstream?.requests[0]?.path).toBe('/v1/chat/completions');
    expect(body).toMatchObject({ model: 'fixture-model', stream: true, logprobs: true, top_logprobs: 6, max_tokens: 8, max_completion_tokens: 8, temperature: 0, stream_options: { include_usage: true } });
    expect(JSON.stringify(body)).toContain('We the Peo');
  });

  it('asks a server without OPENAI_MODEL for its first model, once', async () => {
    upstream = await startFixtureServer((request) =>
      request.path === '/v1/models'
        ? { kind: 'json', status: 200, body: { object: 'list', data: [{ id: 'qwen3:0.6b', object: 'model', created: 0, owned_by: 'library' }] } }
        : stream('ollama-chat.jsonl'));
    const app = createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL } });
    await suggest(app, { text: 'The quick brown fox' });
    const { tokens } = await suggest(app, { text: 'The quick brown fox' });
    expect(tokens.length).toBe(2);
    expect(upstream.requests.map((request) => request.path)).toEqual(['/v1/models', '/v1/chat/completions', '/v1/chat/completions']);
    expect(upstream.requests[1]?.body.model).toBe('qwen3:0.6b');
  });

  it('rebuilds characters split across tokens and network chunks, never showing a piece', async () => {
    const app = await appFor(stream('openai-chat-multibyte.jsonl', { splitFrames: true }));
    const { tokens, raw } = await suggest(app, { text: 'Tokyo is ' });
    expect(tokens.map((token) => token.token)).toEqual(['東', '京', '🙂']);
    expect(tokens[0]?.logprob).toBeCloseTo(-0.21);
    expect(tokens[0]?.top_logprobs.map((top) => top.token)).toEqual(['東', 'Japan']);
    expect(tokens[2]?.bytes).toEqual([0xf0, 0x9f, 0x99, 0x82]);
    expect(tokens[2]?.top_logprobs.map((top) => top.token)).toEqual(['🙂', '!']);
    expect(raw).not.toMatch(/bytes:|\\ufffd|�/);
  });

  it('reads the legacy completions shape with sentinels, nulls, -Infinity and several tokens per chunk', async () => {
    const app = await appFor(stream('legacy-completions-sentinels.jsonl'), { SUGGEST_MODE: 'completions' });
    const { tokens, events } = await suggest(app, { text: 'We the' });
    expect(upstream?.requests[0]?.path).toBe('/v1/completions');
    expect(upstream?.requests[0]?.body).toMatchObject({ prompt: 'We the', logprobs: 8, max_tokens: 12 });
    expect(tokens.map((token) => token.token)).toEqual([' people', ' of', ' the', ' ', '東']);
    expect(tokens[0]?.top_logprobs.map((top) => top.token)).toEqual([' people', ' world']);
    expect(tokens[2]?.logprob).toBe(-0.05);
    expect(tokens[2]?.top_logprobs.map((top) => top.token)).toEqual([' the']);
    expect(tokens[4]?.top_logprobs.map((top) => top.token)).toEqual(['東', 'world']);
    expect(events.at(-1)?.type).toBe('end');
  });

  it('reads llama.cpp completions, which carry the chat shape, dropping -FLT_MAX alternatives', async () => {
    const app = await appFor(stream('llamacpp-completions.jsonl'), { SUGGEST_MODE: 'completions' });
    const { tokens } = await suggest(app, { text: 'The' });
    expect(tokens.map((token) => token.token)).toEqual([' quick', ' brown', ' fox']);
    expect(tokens[0]?.top_logprobs.map((top) => top.token)).toEqual([' quick', ' lazy']);
  });

  it('reads Ollama chat chunks and stops the upstream once max_tokens positions are out', async () => {
    const app = await appFor(stream('ollama-chat.jsonl', { delayMs: 30 }));
    const { tokens, events } = await suggest(app, { text: 'The quick brown fox', max_tokens: 1 });
    expect(tokens.map((token) => token.token)).toEqual([' jumps']);
    const end = events.at(-1);
    expect(end?.type === 'end' && end.data.finish_reason).toBe('length');
    await upstream?.waitForAborts(1);
    expect(upstream?.aborted()).toBe(1);
  });

  it('answers logprobs_unsupported when the upstream streams text without logprobs', async () => {
    const app = await appFor(stream('chat-without-logprobs.jsonl'));
    const { events } = await suggest(app, { text: 'Say' });
    expect(events).toEqual([{ type: 'error', data: { code: 'logprobs_unsupported', message: expect.any(String) as string } }]);
  });

  it.each([
    ['unauthorized', 'unauthorized'],
    ['rate_limited', 'rate_limited'],
    ['server_error', 'upstream_error'],
    ['logprobs_unsupported', 'logprobs_unsupported'],
    ['model_not_found', 'model_not_found'],
  ])('turns a %s answer into a sanitised %s event', async (fixture, code) => {
    const app = await appFor(readFixtureError(fixture), { OPENAI_API_KEY: 'sk-proj-SECRETKEY123456' });
    const { response, events, raw } = await suggest(app, { text: 'Hello' });
    expect(response.status).toBe(200);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'error', data: { code } });
    expect(raw).not.toMatch(/SECRET|sk-proj|org-|req_|Incorrect|Unsupported parameter/);
  });

  it('retries a failed upstream once, not twice', async () => {
    const app = await appFor((attempt) => (attempt === 0 ? readFixtureError('server_error') : stream('ollama-chat.jsonl')), { SUGGEST_MAX_RETRIES: '1' });
    const { tokens } = await suggest(app, { text: 'The quick brown fox' });
    expect(upstream?.requests).toHaveLength(2);
    expect(tokens.map((token) => token.token)).toEqual([' jumps', ' over']);
  });

  it('ends with upstream_error when the upstream drops mid-stream', async () => {
    const app = await appFor(stream('openai-chat-echo.jsonl', { dropAfter: 3 }));
    const { tokens, events } = await suggest(app, { text: 'We the Peo' });
    expect(tokens.map((token) => token.token)).toEqual(['ple', ' of']);
    expect(events.at(-1)).toMatchObject({ type: 'error', data: { code: 'upstream_error' } });
  });

  it('times out an upstream that never answers, and aborts it', async () => {
    const app = await appFor({ kind: 'hang' }, { SUGGEST_TIMEOUT_MS: '300' });
    const { events } = await suggest(app, { text: 'Hello' });
    expect(events).toEqual([{ type: 'error', data: { code: 'upstream_timeout', message: expect.any(String) as string } }]);
    await upstream?.waitForAborts(1);
    expect(upstream?.aborted()).toBe(1);
  });

  it('aborts the upstream request when the client hangs up', async () => {
    const app = await appFor(stream('openai-chat-echo.jsonl', { delayMs: 200 }));
    const client = new AbortController();
    const response = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"We the Peo"}', signal: client.signal });
    const reader = response.body?.getReader();
    await reader?.read();
    client.abort();
    await reader?.cancel();
    await upstream?.waitForAborts(1);
    expect(upstream?.aborted()).toBe(1);
  });
});
