import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../positions/utf8-bytes.js';
import { capabilitiesFor } from './provider-capabilities.js';
import type { Upstream, UpstreamChunk } from './upstream.js';
import type { UpstreamRequest } from './upstream-request.js';
import { createWordContinuation } from './word-continuation.js';

// An upstream that answers with fixed pieces, one per chunk, and records what it was asked and
// how many chunks were read.
function scriptedUpstream(pieces: number[][], capabilities = capabilitiesFor('embedded', 'chat')) {
  const asked: UpstreamRequest[] = [];
  let read = 0;
  const upstream: Upstream = {
    capabilities,
    async *read(request) {
      asked.push(request);
      for (const bytes of pieces) {
        read++;
        yield await Promise.resolve<UpstreamChunk>({ positions: [{ bytes, logprob: -0.5, alternatives: [] }], hasText: true, finishReason: undefined, usage: undefined });
      }
    },
  };
  return { upstream, asked, read: () => read };
}

describe('word continuation through the Upstream interface', () => {
  it('asks for a short greedy continuation without usage, keeping model and after', async () => {
    const { upstream, asked } = scriptedUpstream([encodeUtf8('ple')]);
    const continueText = createWordContinuation(upstream, { model: 'm', after: ' of the' }, new AbortController().signal);
    for await (const token of continueText('We the Peo')) expect(token.token).toBe('ple');
    expect(asked).toEqual([{ model: 'm', text: 'We the Peo', after: ' of the', maxTokens: 3, topLogprobs: 1, temperature: 0, includeUsage: false }]);
  });

  it('rebuilds characters split across positions and stops reading when the reader stops', async () => {
    const { upstream, read } = scriptedUpstream([[0xe6, 0x9d], [0xb1], encodeUtf8('京'), encodeUtf8(' is')]);
    const continueText = createWordContinuation(upstream, { model: undefined, after: undefined }, new AbortController().signal);
    const tokens: string[] = [];
    for await (const token of continueText('Tokyo, ')) {
      tokens.push(token.token);
      if (tokens.length === 2) break;
    }
    expect(tokens).toEqual(['東', '京']);
    expect(read()).toBe(3);
  });

  it('strips an echo of the typed word when the provider echoes', async () => {
    const { upstream } = scriptedUpstream([encodeUtf8('Peo'), encodeUtf8('ple')], capabilitiesFor('openai', 'chat'));
    const continueText = createWordContinuation(upstream, { model: undefined, after: undefined }, new AbortController().signal);
    const tokens: string[] = [];
    for await (const token of continueText('We the Peo')) tokens.push(token.token);
    expect(tokens).toEqual(['ple']);
  });
});
