import { describe, expect, it } from 'vitest';
import { createSuggestEventEncoderStream, encodeSuggestEvent } from './encode-suggest-event.js';
import { SuggestProtocolError } from './parse-suggest-event.js';
import { createSuggestEventParser, readSuggestStream } from './read-suggest-stream.js';
import type { SuggestEvent, TopLogprob } from './suggest-events.js';

const utf8 = new TextEncoder();
const option = (token: string, logprob: number): TopLogprob => ({ token, bytes: [...utf8.encode(token)], logprob });

// Multi-byte characters in every event, so byte-boundary splits land inside UTF-8 sequences.
const events: SuggestEvent[] = [
  { type: 'token', data: { index: 0, ...option('ple', -0.05), top_logprobs: [option('ple', -0.05), option('pl', -3.2)] } },
  { type: 'token', data: { index: 1, ...option(' 東京', -1.5), top_logprobs: [option(' 東京', -1.5), option(' नमस्ते', -2.25)] } },
  { type: 'token', data: { index: 2, ...option(' 👋🏽\n"quoted"', -0.75), top_logprobs: [option(' 👋🏽\n"quoted"', -0.75)] } },
  {
    type: 'end',
    data: {
      finish_reason: 'length',
      usage: { prompt_tokens: 3, completion_tokens: 3, total_tokens: 6 },
      timings: { first_token_ms: 1.25, total_ms: 4.5 },
    },
  },
];

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(body: ReadableStream<Uint8Array>): Promise<SuggestEvent[]> {
  const received: SuggestEvent[] = [];
  for await (const event of readSuggestStream(body)) received.push(event);
  return received;
}

const wire = utf8.encode(events.map(encodeSuggestEvent).join(''));

describe('encodeSuggestEvent', () => {
  it('writes one event line and one data line per event', () => {
    const frame = encodeSuggestEvent(events[2] as SuggestEvent);
    expect(frame.startsWith('event: token\ndata: {')).toBe(true);
    expect(frame.endsWith('}\n\n')).toBe(true);
    expect(frame.split('\n')).toHaveLength(4);
  });
});

describe('readSuggestStream', () => {
  it('round-trips every event in one chunk', async () => {
    expect(await collect(streamOf([wire]))).toEqual(events);
  });

  it('round-trips the stream split at every byte boundary', async () => {
    for (let split = 1; split < wire.length; split++) {
      const received = await collect(streamOf([wire.subarray(0, split), wire.subarray(split)]));
      expect(received, `split at byte ${split}`).toEqual(events);
    }
  });

  it('round-trips the stream delivered one byte at a time', async () => {
    const bytes = Array.from(wire, (byte) => Uint8Array.of(byte));
    expect(await collect(streamOf(bytes))).toEqual(events);
  });

  it('round-trips through the encoder stream', async () => {
    const source = new ReadableStream<SuggestEvent>({
      start(controller) {
        for (const event of events) controller.enqueue(event);
        controller.close();
      },
    });
    expect(await collect(source.pipeThrough(createSuggestEventEncoderStream()))).toEqual(events);
  });

  it('accepts CRLF line endings and comments from proxies', async () => {
    const text = `: keep-alive\r\n\r\n${encodeSuggestEvent(events[0] as SuggestEvent).replaceAll('\n', '\r\n')}`;
    expect(await collect(streamOf([utf8.encode(text)]))).toEqual([events[0]]);
  });

  it('ignores events this version does not know', async () => {
    const text = `event: progress\ndata: {"any":"thing"}\n\n${encodeSuggestEvent(events[3] as SuggestEvent)}`;
    expect(await collect(streamOf([utf8.encode(text)]))).toEqual([events[3]]);
  });

  it('rejects an event whose data is not JSON, after the events before it', async () => {
    const text = `${encodeSuggestEvent(events[0] as SuggestEvent)}event: token\ndata: {"index":\n\n`;
    const received: SuggestEvent[] = [];
    await expect(async () => {
      for await (const event of readSuggestStream(streamOf([utf8.encode(text)]))) received.push(event);
    }).rejects.toThrow(SuggestProtocolError);
    expect(received).toEqual([events[0]]);
  });

  it.each([
    ['a token without bytes', 'token', '{"index":0,"token":"a","logprob":-1,"top_logprobs":[]}'],
    ['a positive logprob', 'token', '{"index":0,"token":"a","bytes":[97],"logprob":0.5,"top_logprobs":[]}'],
    ['a byte out of range', 'token', '{"index":0,"token":"a","bytes":[256],"logprob":-1,"top_logprobs":[]}'],
    ['an unknown error code', 'error', '{"code":"teapot","message":"no"}'],
    ['an end without usage', 'end', '{"finish_reason":"stop","timings":{"first_token_ms":1,"total_ms":2}}'],
  ])('rejects %s', async (_name, type, data) => {
    await expect(collect(streamOf([utf8.encode(`event: ${type}\ndata: ${data}\n\n`)]))).rejects.toThrow(
      /does not match the protocol/,
    );
  });
});

describe('createSuggestEventParser', () => {
  it('reports a malformed event and keeps parsing the next ones', () => {
    const received: SuggestEvent[] = [];
    const errors: Error[] = [];
    const parser = createSuggestEventParser({ onEvent: (event) => received.push(event), onError: (error) => errors.push(error) });
    parser.feed('event: error\ndata: not json\n\n');
    parser.feed(encodeSuggestEvent({ type: 'error', data: { code: 'rate_limited', message: 'Too many requests' } }));
    expect(errors.map((error) => error.message)).toEqual(['"error" event data is not JSON']);
    expect(received).toEqual([{ type: 'error', data: { code: 'rate_limited', message: 'Too many requests' } }]);
  });
});
