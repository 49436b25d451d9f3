import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fixture upstream does for one request. */
export type FixtureBehaviour =
  | { kind: 'stream'; lines: string[]; dropAfter?: number; holdAfter?: number; splitFrames?: boolean; delayMs?: number }
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'hang' };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FixtureServer {
  /** Base URL to give the openai SDK, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  /** Requests whose connection closed before the fixture finished answering. */
  aborted: () => number;
  /** Resolves once `count` requests have been aborted. */
  waitForAborts: (count: number) => Promise<void>;
  close: () => Promise<void>;
}

const fixtures = new URL('./fixtures/', import.meta.url);

/**
 * The data lines of a recorded stream: one JSON chunk (or `[DONE]`) per line.
 *
 * @example
 * readFixtureLines('openai-chat-echo.jsonl');
 */
export function readFixtureLines(name: string): string[] {
  return readFileSync(new URL(name, fixtures), 'utf8').split('\n').filter((line) => line !== '');
}

/**
 * A recorded error answer by name, from openai-errors.json.
 *
 * @example
 * readFixtureError('unauthorized'); // { kind: 'json', status: 401, body: {...} }
 */
export function readFixtureError(name: string): FixtureBehaviour {
  const errors = JSON.parse(readFileSync(new URL('openai-errors.json', fixtures), 'utf8')) as Record<string, { status: number; body: unknown }>;
  const error = errors[name];
  if (!error) throw new Error(`no error fixture ${name}`);
  return { kind: 'json', status: error.status, body: error.body };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function answer(behaviour: FixtureBehaviour, response: ServerResponse): Promise<void> {
  if (behaviour.kind === 'hang') return;
  if (behaviour.kind === 'json') {
    response.writeHead(behaviour.status, { 'content-type': 'application/json', 'x-request-id': 'req_SECRET', 'openai-organization': 'org-SECRETORG42' });
    response.end(JSON.stringify(behaviour.body));
    return;
  }
  response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  for (const [index, line] of behaviour.lines.entries()) {
    if (response.destroyed) return;
    // A model still thinking: the response stays open until the client goes away.
    if (behaviour.holdAfter !== undefined && index >= behaviour.holdAfter) return;
    if (behaviour.dropAfter !== undefined && index >= behaviour.dropAfter) {
      await sleep(20); // let what was written reach the client first
      response.socket?.destroy(); // a mid-stream drop: no [DONE], no finish chunk
      return;
    }
    const frame = Buffer.from(`data: ${line}\n\n`);
    if (behaviour.splitFrames) {
      // Split inside the frame, often inside a multi-byte character, to prove the SDK path reassembles.
      const middle = Math.floor(frame.length / 2) + 1;
      response.write(frame.subarray(0, middle));
      await sleep(1);
      response.write(frame.subarray(middle));
    } else {
      response.write(frame);
    }
    if (behaviour.delayMs) await sleep(behaviour.delayMs);
  }
  response.end();
}

/**
 * A local OpenAI-shaped upstream on 127.0.0.1 with a random port, replaying recorded chunks so
 * the real openai SDK path runs in tests.
 *
 * @example
 * const upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('ollama-chat.jsonl') }));
 */
export async function startFixtureServer(behave: (request: RecordedRequest) => FixtureBehaviour): Promise<FixtureServer> {
  const requests: RecordedRequest[] = [];
  let aborted = 0;
  const abortWaiters: { count: number; resolve: () => void }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = { path: request.url ?? '', headers: request.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
      requests.push(recorded);
      response.on('close', () => {
        if (response.writableFinished) return;
        aborted++;
        for (const waiter of abortWaiters.filter((item) => aborted >= item.count)) waiter.resolve();
      });
      void answer(behave(recorded), response);
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    aborted: () => aborted,
    waitForAborts: (count) => (aborted >= count ? Promise.resolve() : new Promise((resolve) => abortWaiters.push({ count, resolve }))),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => { resolve(); });
      }),
  };
}
