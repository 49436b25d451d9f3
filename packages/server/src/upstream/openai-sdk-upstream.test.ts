import { afterEach, describe, expect, it } from 'vitest';
import { readFixtureLines, startFixtureServer, type FixtureServer } from '../../test/fixture-server.js';
import { OpenAISdkUpstream } from './openai-sdk-upstream.js';
import { resolveProviderConfig } from './provider-config.js';
import type { UpstreamChunk } from './upstream.js';

let upstream: FixtureServer | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

const request = { text: 'The quick brown fox', maxTokens: 6, topLogprobs: 2, temperature: 0, includeUsage: true };

async function readAll(chunks: AsyncIterable<UpstreamChunk>): Promise<UpstreamChunk[]> {
  const out: UpstreamChunk[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return out;
}

describe('OpenAISdkUpstream, over real HTTP through the openai SDK', () => {
  it('reads a recorded chat stream as positions', async () => {
    upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('ollama-chat.jsonl') }));
    const sdk = new OpenAISdkUpstream(resolveProviderConfig({ OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'llama3.2' }));
    const chunks = await readAll(sdk.read(request, new AbortController().signal));
    const positions = chunks.flatMap((chunk) => chunk.positions);
    expect(positions.map((position) => new TextDecoder().decode(new Uint8Array(position.bytes)))).toEqual([' jumps', ' over']);
    expect(positions[0]?.alternatives.map((alternative) => alternative.logprob)).toEqual([-0.2, -2.1]);
    expect(upstream.requests[0]?.body).toMatchObject({ model: 'llama3.2', stream: true, stream_options: { include_usage: true }, max_tokens: 6, max_completion_tokens: 6, top_logprobs: 2 });
  });

  it('asks the endpoint its capabilities name, without usage when not asked', async () => {
    upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('llamacpp-completions.jsonl') }));
    const sdk = new OpenAISdkUpstream(resolveProviderConfig({ OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'm', SUGGEST_MODE: 'completions' }));
    await readAll(sdk.read({ ...request, includeUsage: false }, new AbortController().signal));
    expect(upstream.requests[0]?.path).toBe('/v1/completions');
    expect(upstream.requests[0]?.body).toMatchObject({ prompt: 'The quick brown fox', logprobs: 2, max_tokens: 6, stream: true });
    expect(upstream.requests[0]?.body).not.toHaveProperty('stream_options');
  });

  it('aborts the request when the reader stops reading', async () => {
    upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('ollama-chat.jsonl'), delayMs: 50 }));
    const sdk = new OpenAISdkUpstream(resolveProviderConfig({ OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'm' }));
    for await (const chunk of sdk.read(request, new AbortController().signal)) if (chunk.positions.length > 0) break;
    await upstream.waitForAborts(1);
    expect(upstream.aborted()).toBe(1);
  });
});
