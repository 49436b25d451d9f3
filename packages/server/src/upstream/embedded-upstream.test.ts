import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { describe, expect, it, vi } from 'vitest';
import { EmbeddedUpstream } from './embedded-upstream.js';
import { memoizeRetrying } from './memoize-retrying.js';
import { capabilitiesFor } from './provider-capabilities.js';
import type { UpstreamChunk } from './upstream.js';

const getModel = memoizeRetrying(loadDefaultModel);
const upstream = new EmbeddedUpstream(getModel, { capabilities: capabilitiesFor('embedded', 'chat') });
const request = { text: 'We the Peo', maxTokens: 4, topLogprobs: 3, temperature: 0, includeUsage: true };

async function readAll(chunks: AsyncIterable<UpstreamChunk>): Promise<UpstreamChunk[]> {
  const out: UpstreamChunk[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

describe('EmbeddedUpstream', () => {
  it('yields exactly what the model generates for the document, one position per token, with usage', async () => {
    const model = await getModel();
    const expected = model.generate(request.text, { maxTokens: 4, topLogprobs: 3, document: model.documentCache(request.text) });
    const chunks = await readAll(upstream.read(request, new AbortController().signal));
    expect(chunks.map((chunk) => chunk.positions[0]?.bytes)).toEqual(expected.map((token) => token.bytes));
    expect(chunks.map((chunk) => chunk.positions[0]?.logprob)).toEqual(expected.map((token) => token.logprob));
    expect(chunks[0]?.positions[0]?.alternatives.map((top) => top.bytes)).toEqual(expected[0]?.topLogprobs.map((top) => top.bytes));
    expect(chunks.at(-1)).toMatchObject({ finishReason: 'length', usage: { prompt_tokens: model.encode(request.text).length, completion_tokens: 4 } });
  });

  it('never reaches for the network', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network here')));
    vi.stubGlobal('fetch', fetchSpy);
    try {
      expect((await readAll(upstream.read(request, new AbortController().signal))).length).toBe(4);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('computes only what the reader reads', async () => {
    const model = await getModel();
    const stream = vi.spyOn(model, 'stream');
    try {
      for await (const chunk of upstream.read({ ...request, maxTokens: 32 }, new AbortController().signal)) if (chunk.positions.length > 0) break;
      const generator = stream.mock.results[0]?.value as Generator | undefined;
      // The model's generator was closed after one token instead of running 32.
      expect(generator?.next().done).toBe(true);
    } finally {
      stream.mockRestore();
    }
  });

  it('refuses another model id, and stops when its signal aborts', async () => {
    await expect(readAll(upstream.read({ ...request, model: 'gpt-4.1-mini' }, new AbortController().signal))).rejects.toMatchObject({ code: 'model_not_found' });
    const controller = new AbortController();
    const chunks: UpstreamChunk[] = [];
    await expect(async () => {
      for await (const chunk of upstream.read(request, controller.signal)) {
        chunks.push(chunk);
        controller.abort();
      }
    }).rejects.toThrow();
    expect(chunks).toHaveLength(1);
  });
});
