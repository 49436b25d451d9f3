import OpenAI from 'openai';
import type { ProviderConfig } from './provider-config.js';
import { withTolerantJson } from './tolerant-json-fetch.js';
import { memoizeRetrying } from './memoize-retrying.js';

/** Anything that answers a `Request`, such as a Hono app: the embedded model's OpenAI API. */
export interface FetchHandler {
  fetch(request: Request): Response | Promise<Response>;
}

/**
 * The one openai SDK client every provider goes through. For the embedded model its `fetch`
 * calls the OpenAI-compatible app in process (no socket); otherwise `fetch` is the runtime's (or
 * the one given), made tolerant of the non-JSON numbers Python servers write. Timeouts and retries suit autocomplete: seconds, at most one retry,
 * instead of the SDK's 10 minutes and 2 retries.
 *
 * @example
 * const client = createUpstreamClient(resolveProviderConfig(process.env), { embedded: embeddedApp });
 */
export function createUpstreamClient(config: ProviderConfig, options: { embedded?: FetchHandler | undefined; fetch?: typeof fetch | undefined }): OpenAI {
  const embedded = options.embedded;
  if (config.kind === 'embedded' && !embedded) {
    throw new Error('No OPENAI_API_KEY or OPENAI_BASE_URL is set and no embedded model was given to createSuggestApp.');
  }
  const inProcess = config.kind === 'embedded' && embedded ? inProcessFetch(embedded) : undefined;
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: inProcess ?? withTolerantJson(options.fetch ?? ((input, init) => fetch(input, init))),
    // No organisation or project headers from ambient variables: one explicit configuration.
    organization: null,
    project: null,
  });
}

// `fetch` into an in-process app. The signal is honoured here, not handed to the Request: a
// Request that follows a signal costs more to build than the embedded model's answer, and an
// in-process app has no socket to close. A body the reader stops reading stops being produced
// (the SDK cancels its stream's reader when its signal aborts).
function inProcessFetch(embedded: FetchHandler): typeof fetch {
  return (input, init) => {
    const { signal, ...rest } = init ?? {};
    if (!signal) return Promise.resolve(embedded.fetch(new Request(input, rest)));
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => { reject(signal.reason as Error); };
      signal.addEventListener('abort', onAbort, { once: true });
      Promise.resolve(embedded.fetch(new Request(input, rest)))
        .then(resolve, reject)
        .finally(() => { signal.removeEventListener('abort', onAbort); });
    });
  };
}

/**
 * The model to call: the configured one, or else the first an OpenAI-compatible server lists
 * (llama.cpp serves one model under any name; vLLM and Ollama need its exact id). The lookup
 * runs once and is retried only after a failure.
 *
 * @example
 * const model = await resolveModel();
 */
export function createModelResolver(client: OpenAI, configured: string | undefined): () => Promise<string> {
  if (configured) return () => Promise.resolve(configured);
  return memoizeRetrying(async () => {
    const first = (await client.models.list()).data[0]?.id;
    if (!first) throw new Error('The OpenAI-compatible server lists no models; set OPENAI_MODEL.');
    return first;
  });
}
