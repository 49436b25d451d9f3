import { readSuggestStream, type SuggestEvent } from '@logprob-autocomplete/protocol';
import { get } from 'node:http';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtureLines, startFixtureServer, type FixtureBehaviour, type FixtureServer } from './fixture-server.js';
import { runToExit, startRuntime, type RuntimeProcess } from './runtime-process.js';

/** How to run one runtime's entry: the binary and its arguments before the entry's own. */
export interface RuntimeEntry {
  name: string;
  command: string;
  args: string[];
}

// Starting a runtime and loading the model takes seconds on a busy machine: bound, not tight.
const START_TIMEOUT_MS = 90_000;
const TEST_TIMEOUT_MS = 60_000;

const suggest = (url: string, signal?: AbortSignal) =>
  fetch(`${url}/v1/suggest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"We the Peo","max_tokens":3}', signal: signal ?? null });

const SPOOFED_HEADERS = ['cf-connecting-ip', 'x-forwarded-for', 'x-real-ip', 'true-client-ip', 'forwarded'];

// A GET from a chosen loopback address (Linux routes all of 127/8 to lo), to be two clients.
function statusFrom(url: string, localAddress: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    // A connection of its own (no pooled socket the server may be closing).
    const request = get(url, { localAddress, headers, agent: false }, (response) => {
      response.resume();
      response.on('end', () => { resolve(response.statusCode ?? 0); });
    });
    request.on('error', reject);
  });
}

async function readEvents(response: Response): Promise<SuggestEvent[]> {
  const events: SuggestEvent[] = [];
  if (response.body) for await (const event of readSuggestStream(response.body)) events.push(event);
  return events;
}

/**
 * The same checks for every runtime entry run as a real process: it streams `/v1/suggest` from
 * an upstream over HTTP, cancels that upstream when the client hangs up, serves the embedded
 * model's OpenAI API, keys its rate limit on the address the runtime saw (not on headers a
 * client can forge), and refuses a bad `PORT` clearly.
 *
 * @example
 * describeRuntimeEntry({ name: 'Deno', command: installedBinary('deno'), args: ['run', '-A', 'src/runtimes/deno.ts'] });
 */
export function describeRuntimeEntry(entry: RuntimeEntry): void {
  describe(`the ${entry.name} entry, run as a process`, () => {
    let upstream: FixtureServer;
    let relay: RuntimeProcess | undefined;
    let limited: RuntimeProcess | undefined;
    let behaviour: FixtureBehaviour = { kind: 'stream', lines: readFixtureLines('openai-chat-echo.jsonl') };

    beforeAll(async () => {
      upstream = await startFixtureServer(() => behaviour);
      // The route's own time budget is the longest allowed, so that within a test only the
      // client hanging up can cancel the upstream.
      const relayEnv = { PORT: '0', OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'fixture-model', SUGGEST_TIMEOUT_MS: '120000', RATE_LIMIT_MAX: '0' };
      [relay, limited] = await Promise.all([
        startRuntime(entry.command, entry.args, relayEnv, START_TIMEOUT_MS),
        startRuntime(entry.command, entry.args, { PORT: '0', RATE_LIMIT_MAX: '2', RATE_LIMIT_WINDOW_MS: '600000' }, START_TIMEOUT_MS),
      ]);
    }, START_TIMEOUT_MS * 2);

    afterAll(async () => {
      await Promise.all([relay?.stop(), limited?.stop(), upstream.close()]);
    });

    const running = (process: RuntimeProcess | undefined): RuntimeProcess => {
      if (!process) throw new Error(`the ${entry.name} entry did not start`);
      return process;
    };

    it('streams /v1/suggest from an upstream over HTTP', async () => {
      behaviour = { kind: 'stream', lines: readFixtureLines('openai-chat-echo.jsonl') };
      const response = await suggest(running(relay).url);
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const events = await readEvents(response);
      expect(events.map((event) => event.type)).toEqual(['token', 'token', 'token', 'end']);
      expect(events[0]).toMatchObject({ type: 'token', data: { index: 0, token: 'ple' } });
    }, TEST_TIMEOUT_MS);

    it('cancels the upstream request when the client hangs up mid-stream', async () => {
      // Two chunks, then the upstream holds the response open like a model still thinking.
      behaviour = { kind: 'stream', lines: readFixtureLines('openai-chat-echo.jsonl'), holdAfter: 2 };
      const before = upstream.aborted();
      const client = new AbortController();
      const response = await suggest(running(relay).url, client.signal);
      const reader = response.body?.getReader();
      const first = await reader?.read();
      expect(new TextDecoder().decode(first?.value)).toContain('"token":"ple"');
      expect(upstream.aborted()).toBe(before); // mid-stream: nothing has cancelled it yet
      client.abort();
      await upstream.waitForAborts(before + 1);
      expect(upstream.aborted()).toBe(before + 1);
    }, TEST_TIMEOUT_MS);

    it('serves the embedded model\'s OpenAI API: scoring a prompt loads the model under this runtime', async () => {
      const client = new OpenAI({ apiKey: 'not-needed', baseURL: `${running(relay).url}/openai/v1`, maxRetries: 0, timeout: TEST_TIMEOUT_MS });
      const completion = await client.completions.create({ model: 'embedded-ngram', prompt: 'We the People', max_tokens: 0, echo: true, logprobs: 1 });
      expect(completion.choices[0]?.text).toBe('We the People');
      expect(completion.choices[0]?.logprobs?.tokens?.join('')).toBe('We the People');
    }, TEST_TIMEOUT_MS);

    it('keys the rate limit on the client address the runtime saw, whatever identity headers say', async () => {
      const url = `${running(limited).url}/openai/v1/models`;
      const statuses: number[] = [];
      // One client (127.0.0.1) forging a new identity on every request: no fresh bucket.
      for (const [index, header] of SPOOFED_HEADERS.entries()) statuses.push(await statusFrom(url, '127.0.0.1', { [header]: `203.0.113.${index + 1}` }));
      expect(statuses).toEqual([200, 200, 429, 429, 429]);
      // Another client (127.0.0.2, also loopback) has its own bucket: not everyone in one.
      expect(await statusFrom(url, '127.0.0.2')).toBe(200);
    }, TEST_TIMEOUT_MS);

    it('refuses a PORT that is not a port number, saying so, without a stack trace', async () => {
      const { code, output } = await runToExit(entry.command, entry.args, { PORT: 'http' }, TEST_TIMEOUT_MS);
      expect(code).toBe(1);
      expect(output).toContain('PORT must be a port number, got "http"');
      expect(output).not.toMatch(/\n\s+at /);
    }, TEST_TIMEOUT_MS);
  });
}
