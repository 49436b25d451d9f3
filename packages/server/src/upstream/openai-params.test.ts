import { describe, expect, it } from 'vitest';
import { toChatParams, toCompletionParams } from './openai-params.js';
import { capabilitiesFor } from './provider-capabilities.js';
import { toUpstreamRequest } from './upstream-request.js';

const suggest = { text: 'We the Peo', after: ' of the', top_logprobs: 5, max_tokens: 8 };

describe('openai SDK parameters', () => {
  it('sends OpenAI only max_completion_tokens, other servers both caps', () => {
    const openai = capabilitiesFor('openai', 'chat');
    const params = toChatParams(toUpstreamRequest(suggest, openai), openai, 'gpt-4.1-mini');
    expect(params.max_completion_tokens).toBe(12);
    expect('max_tokens' in params).toBe(false);
    const ollama = capabilitiesFor('openai-compatible', 'chat');
    expect(toChatParams(toUpstreamRequest(suggest, ollama), ollama, 'llama3.2')).toMatchObject({ max_tokens: 12, max_completion_tokens: 12 });
  });

  it('gives the chat model the instruction, the text, and what follows the caret as context', () => {
    const openai = capabilitiesFor('openai', 'chat');
    const params = toChatParams(toUpstreamRequest(suggest, openai), openai, 'm');
    expect(params.messages[0]).toMatchObject({ role: 'system' });
    expect(JSON.stringify(params.messages[0])).toContain('begin with a space');
    expect(JSON.stringify(params.messages[0])).toContain('of the');
    expect(params.messages[1]).toEqual({ role: 'user', content: 'We the Peo' });
  });

  it('clamps alternatives to the provider and sends the raw text to completions', () => {
    const legacy = capabilitiesFor('openai', 'completions');
    const params = toCompletionParams(toUpstreamRequest({ ...suggest, top_logprobs: 20 }, legacy), legacy, 'gpt-3.5-turbo-instruct');
    expect(params).toMatchObject({ prompt: 'We the Peo', logprobs: 5, max_tokens: 12, temperature: 0 });
  });
});
