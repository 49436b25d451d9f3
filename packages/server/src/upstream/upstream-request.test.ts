import { describe, expect, it } from 'vitest';
import { resolveProviderConfig } from './provider-config.js';
import { toChatParams, toCompletionParams } from './upstream-request.js';

const request = { text: 'We the Peo', after: ' of the', top_logprobs: 5, max_tokens: 8 };

describe('upstream request parameters', () => {
  it('sends OpenAI only max_completion_tokens, other servers both caps', () => {
    const openai = toChatParams(request, resolveProviderConfig({ OPENAI_API_KEY: 'k' }), 'gpt-4.1-mini');
    expect(openai.max_completion_tokens).toBe(12);
    expect('max_tokens' in openai).toBe(false);
    const ollama = toChatParams(request, resolveProviderConfig({ OPENAI_BASE_URL: 'http://h/v1' }), 'llama3.2');
    expect(ollama).toMatchObject({ max_tokens: 12, max_completion_tokens: 12 });
  });

  it('gives the chat model the instruction, the text, and what follows the caret as context', () => {
    const params = toChatParams(request, resolveProviderConfig({ OPENAI_API_KEY: 'k' }), 'm');
    expect(params.messages[0]).toMatchObject({ role: 'system' });
    expect(JSON.stringify(params.messages[0])).toContain('begin with a space');
    expect(JSON.stringify(params.messages[0])).toContain('of the');
    expect(params.messages[1]).toEqual({ role: 'user', content: 'We the Peo' });
  });

  it('clamps alternatives to the provider and sends the raw text to completions', () => {
    const params = toCompletionParams({ ...request, top_logprobs: 20 }, resolveProviderConfig({ OPENAI_API_KEY: 'k', SUGGEST_MODE: 'completions' }), 'gpt-3.5-turbo-instruct');
    expect(params).toMatchObject({ prompt: 'We the Peo', logprobs: 5, max_tokens: 12, temperature: 0, stream: true });
  });
});
