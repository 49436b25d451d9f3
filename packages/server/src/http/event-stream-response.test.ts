import type { SuggestEvent } from '@logprob-autocomplete/protocol';
import { describe, expect, it } from 'vitest';
import { toEventStream, toEventStreamText } from './event-stream-response.js';
import { createRequestSignal } from './request-signal.js';

const token: SuggestEvent = { type: 'token', data: { index: 0, token: 'a', bytes: [97], logprob: -1, top_logprobs: [] } };

describe('toEventStream', () => {
  it('produces one event per pull and reports done once', async () => {
    let produced = 0;
    let done = 0;
    async function* events(): AsyncGenerator<SuggestEvent> {
      for (let index = 0; index < 3; index++) {
        produced++;
        yield await Promise.resolve(token);
      }
    }
    const reader = toEventStream(events(), { onCancel: () => undefined, onDone: () => { done++; } }).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe(`event: token\ndata: ${JSON.stringify(token.data)}\n\n`);
    expect(produced).toBe(1); // nothing is read ahead of the client
    while (!(await reader.read()).done);
    expect(done).toBe(1);
  });

  it('on cancel, aborts and ends the generator', async () => {
    const run = createRequestSignal(undefined, 60_000);
    let finished = false;
    async function* events(): AsyncGenerator<SuggestEvent> {
      try {
        for (;;) yield await Promise.resolve(token);
      } finally {
        finished = true;
      }
    }
    const reader = toEventStream(events(), { onCancel: run.abort, onDone: run.dispose }).getReader();
    await reader.read();
    await reader.cancel();
    expect(run.signal.aborted).toBe(true);
    expect(finished).toBe(true);
  });

  it('turns a bug into an internal_error event without details', async () => {
    // eslint-disable-next-line require-yield -- a generator that fails before its first event
    async function* events(): AsyncGenerator<SuggestEvent> {
      await Promise.resolve();
      throw new Error('secret detail');
    }
    const text = await new Response(toEventStream(events(), { onCancel: () => undefined, onDone: () => undefined })).text();
    expect(text).toContain('"code":"internal_error"');
    expect(text).not.toContain('secret');
  });
});

describe('toEventStreamText', () => {
  it('encodes every event in order and reports done once', async () => {
    async function* events(): AsyncGenerator<SuggestEvent> {
      yield token;
      yield await Promise.resolve({ type: 'end', data: { finish_reason: 'length', usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 }, timings: { first_token_ms: 0, total_ms: 0 } } } satisfies SuggestEvent);
    }
    let done = 0;
    const text = await toEventStreamText(events(), { onDone: () => { done++; } });
    expect(text).toBe(`event: token\ndata: ${JSON.stringify(token.data)}\n\nevent: end\ndata: {"finish_reason":"length","usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2},"timings":{"first_token_ms":0,"total_ms":0}}\n\n`);
    expect(done).toBe(1);
  });

  it('keeps the events before a bug and ends with internal_error, without details', async () => {
    async function* events(): AsyncGenerator<SuggestEvent> {
      yield token;
      await Promise.resolve();
      throw new Error('secret detail');
    }
    let done = 0;
    const text = await toEventStreamText(events(), { onDone: () => { done++; } });
    expect(text.startsWith(`event: token\ndata: ${JSON.stringify(token.data)}\n\n`)).toBe(true);
    expect(text).toContain('"code":"internal_error"');
    expect(text).not.toContain('secret');
    expect(done).toBe(1);
  });
});

describe('createRequestSignal', () => {
  it('aborts on the request signal and on timeout, telling them apart', async () => {
    const client = new AbortController();
    const hangUp = createRequestSignal(client.signal, 60_000);
    client.abort();
    expect(hangUp.signal.aborted).toBe(true);
    expect(hangUp.timedOut()).toBe(false);
    hangUp.dispose();
    const slow = createRequestSignal(undefined, 10);
    await new Promise((resolve) => { slow.signal.addEventListener('abort', resolve); });
    expect(slow.timedOut()).toBe(true);
  });
});
