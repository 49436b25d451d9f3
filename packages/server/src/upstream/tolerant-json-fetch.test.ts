import { describe, expect, it } from 'vitest';
import { repairNonFiniteNumbers, withTolerantJson } from './tolerant-json-fetch.js';

describe('tolerant JSON', () => {
  it('replaces non-JSON numbers with null, leaving strings alone', () => {
    expect(repairNonFiniteNumbers('{"a":-Infinity,"b":[NaN, Infinity],"c":"-Infinity"}')).toBe('{"a":null,"b":[null, null],"c":"-Infinity"}');
    expect(repairNonFiniteNumbers('{"a":1}')).toBe('{"a":1}');
  });

  it('repairs event streams even when a value is split across network chunks', async () => {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode('data: {"logprob":-Infin'));
        controller.enqueue(encoder.encode('ity}\n\ndata: [DONE]\n\n'));
        controller.close();
      },
    });
    const fetchStub = () => Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    const response = await withTolerantJson(fetchStub)('http://x');
    expect(await response.text()).toBe('data: {"logprob":null}\n\ndata: [DONE]\n\n');
  });

  it('passes lines without Infinity or NaN through untouched, multi-byte characters split across chunks included', async () => {
    const bytes = new TextEncoder().encode('data: {"token":"東京","logprob":-0.5}\n\ndata: {"logprob":NaN}\n\ndata: [DONE]\n\n');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < bytes.length; index += 7) controller.enqueue(bytes.slice(index, index + 7)); // splits 東 and 京
        controller.close();
      },
    });
    const fetchStub = () => Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    const response = await withTolerantJson(fetchStub)('http://x');
    expect(await response.text()).toBe('data: {"token":"東京","logprob":-0.5}\n\ndata: {"logprob":null}\n\ndata: [DONE]\n\n');
  });
});
