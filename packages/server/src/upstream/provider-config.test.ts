import { describe, expect, it } from 'vitest';
import { ProviderConfigError, describeProvider, resolveProviderConfig } from './provider-config.js';

describe('resolveProviderConfig', () => {
  it('uses the embedded model when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set', () => {
    expect(resolveProviderConfig({})).toMatchObject({ kind: 'embedded', baseURL: undefined, model: 'embedded-ngram', mode: 'chat', maxRetries: 1 });
    expect(resolveProviderConfig({}).capabilities).toEqual({ endpoint: 'chat', stripsEcho: false, slackTokens: 2, maxTopLogprobs: 20, sendsMaxTokens: false, answersWhole: true, extendsWords: true, writesNonFiniteNumbers: false });
    expect(describeProvider(resolveProviderConfig({}))).toBe('the embedded model');
  });

  it('uses OpenAI with a logprobs-capable default model for a key alone', () => {
    expect(resolveProviderConfig({ OPENAI_API_KEY: 'sk-test' })).toMatchObject({ kind: 'openai', baseURL: 'https://api.openai.com/v1', apiKey: 'sk-test', model: 'gpt-4.1-mini', mode: 'chat' });
    expect(resolveProviderConfig({ OPENAI_API_KEY: 'sk-test' }).capabilities).toMatchObject({ endpoint: 'chat', stripsEcho: true, maxTopLogprobs: 20, sendsMaxTokens: false, answersWhole: false, writesNonFiniteNumbers: false });
    expect(resolveProviderConfig({ OPENAI_API_KEY: 'sk-test', SUGGEST_MODE: 'completions' }).capabilities).toMatchObject({ endpoint: 'completions', stripsEcho: false, maxTopLogprobs: 5 });
  });

  it('uses any OpenAI-compatible server for a base URL, with or without a key', () => {
    expect(resolveProviderConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })).toMatchObject({ kind: 'openai-compatible', model: undefined, apiKey: 'not-needed' });
    expect(resolveProviderConfig({ OPENAI_BASE_URL: 'http://h/v1', SUGGEST_MODE: 'completions' }).capabilities).toMatchObject({ sendsMaxTokens: true, maxTopLogprobs: 20, writesNonFiniteNumbers: true });
    expect(resolveProviderConfig({ OPENAI_BASE_URL: 'http://h/v1', SUGGEST_MAX_TOP_LOGPROBS: '6' }).capabilities.maxTopLogprobs).toBe(6);
    expect(describeProvider(resolveProviderConfig({ OPENAI_BASE_URL: 'http://h/v1' }))).toBe('http://h/v1');
    expect(resolveProviderConfig({ OPENAI_BASE_URL: 'http://h/v1', OPENAI_MODEL: 'llama3.2', SUGGEST_ALLOWED_MODELS: 'a, b' })).toMatchObject({ model: 'llama3.2', allowedModels: ['a', 'b'] });
  });

  it('sets autocomplete timeouts, not the SDK defaults', () => {
    expect(resolveProviderConfig({}).timeoutMs).toBe(10_000);
    expect(resolveProviderConfig({ SUGGEST_TIMEOUT_MS: '2500', SUGGEST_MAX_RETRIES: '0' })).toMatchObject({ timeoutMs: 2500, maxRetries: 0 });
  });

  it('refuses unusable values, naming the variable', () => {
    expect(() => resolveProviderConfig({ SUGGEST_MODE: 'fim' })).toThrow(/SUGGEST_MODE/);
    expect(() => resolveProviderConfig({ SUGGEST_MAX_RETRIES: '2' })).toThrow(ProviderConfigError);
    expect(() => resolveProviderConfig({ OPENAI_BASE_URL: 'localhost:8080' })).toThrow(/OPENAI_BASE_URL/);
  });
});
