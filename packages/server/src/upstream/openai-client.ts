import OpenAI from 'openai';
import { memoizeRetrying } from './memoize-retrying.js';
import type { ProviderConfig } from './provider-config.js';
import { withTolerantJson } from './tolerant-json-fetch.js';

/**
 * The openai SDK client for a remote provider. Its `fetch` is the runtime's (or the one given),
 * made tolerant of non-JSON numbers for servers that may write them (Python's). Timeouts and retries suit
 * autocomplete: seconds, at most one retry, instead of the SDK's 10 minutes and 2 retries.
 *
 * @example
 * const client = createOpenAIClient(resolveProviderConfig(process.env));
 */
export function createOpenAIClient(config: ProviderConfig, fetchImpl?: typeof fetch): OpenAI {
  const runtimeFetch = fetchImpl ?? ((input, init) => fetch(input, init));
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL ?? null,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: config.capabilities.writesNonFiniteNumbers ? withTolerantJson(runtimeFetch) : runtimeFetch,
    // No organisation or project headers from ambient variables: one explicit configuration.
    organization: null,
    project: null,
  });
}

/**
 * The model to call: the configured one, or else the first an OpenAI-compatible server lists
 * (llama.cpp serves one model under any name; vLLM and Ollama need its exact id). The lookup
 * runs once and is retried only after a failure.
 *
 * @example
 * const model = await createModelResolver(client, undefined)();
 */
export function createModelResolver(client: OpenAI, configured: string | undefined): () => Promise<string> {
  if (configured) return () => Promise.resolve(configured);
  return memoizeRetrying(async () => {
    const first = (await client.models.list()).data[0]?.id;
    if (!first) throw new Error('The OpenAI-compatible server lists no models; set OPENAI_MODEL.');
    return first;
  });
}
