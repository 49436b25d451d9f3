import { PROTOCOL_VERSION, type SuggestRequest } from '@logprob-autocomplete/protocol';

/** Whether a request always gets the same answer from the same model: greedy decoding only. */
export function isDeterministic(request: SuggestRequest): boolean {
  return (request.temperature ?? 0) === 0;
}

// Sorted keys, so two equal objects always give the same string whatever order they were built in.
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, entry]) => [key, canonical(entry)]));
}

/**
 * The cache key of a suggestion: a SHA-256 of the protocol version, the resolved model, every
 * server setting that shapes an answer (upstream, mode, limits, word extension) and every field of
 * the request (the whole text and `after` included), so an entry is never served for another
 * model, another setting or another text.
 *
 * @example
 * await suggestionCacheKey({ model: 'embedded-ngram', settings: { kind: 'embedded', mode: 'chat' }, request });
 */
export async function suggestionCacheKey(input: { model: string; settings: Readonly<Record<string, unknown>>; request: SuggestRequest }): Promise<string> {
  // An omitted temperature is greedy, the same as 0, and so the same entry.
  const request = { ...input.request, temperature: input.request.temperature ?? 0 };
  const text = JSON.stringify(canonical([PROTOCOL_VERSION, input.model, input.settings, request]));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
