import type { EndEventData, SuggestEvent, TokenEventData } from '@logprob-autocomplete/protocol';
import type { SuggestionCache } from './suggestion-cache.js';

/** What a cache holds for one suggestion: its token events and its end, less the timings. */
interface CachedSuggestion {
  tokens: TokenEventData[];
  end: Omit<EndEventData, 'timings'>;
}

/** Counters of a cache's use, for the benchmark and metrics. */
export interface SuggestionCacheStats {
  hits: number;
  misses: number;
  /** Failed reads and writes; each read failure also counts as a miss. */
  errors: number;
}

export interface CachedSuggestionOptions {
  cache: SuggestionCache;
  ttlMs: number;
  stats?: SuggestionCacheStats | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

function parse(value: string): CachedSuggestion | undefined {
  try {
    const parsed = JSON.parse(value) as Partial<CachedSuggestion>;
    return Array.isArray(parsed.tokens) && typeof parsed.end === 'object' ? (parsed as CachedSuggestion) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The events of a suggestion from the cache when it holds them, else from `produce` and then
 * kept, but only when the suggestion finished (no error, no abort). A hit's timings are its own.
 * A cache that fails is a miss: the model is asked, the request goes on.
 *
 * @example
 * yield* cachedSuggestionEvents({ cache, ttlMs: 600_000 }, key, startedAt, () => suggestEvents(options));
 */
export async function* cachedSuggestionEvents(options: CachedSuggestionOptions, keyOrPromise: string | Promise<string>, startedAt: number, produce: () => AsyncIterable<SuggestEvent>): AsyncGenerator<SuggestEvent> {
  const { cache, stats } = options;
  const key = await keyOrPromise;
  let stored: string | undefined;
  try {
    stored = await cache.get(key);
  } catch (error) {
    if (stats) stats.errors++;
    options.onError?.(error);
  }
  const hit = stored === undefined ? undefined : parse(stored);
  if (hit) {
    if (stats) stats.hits++;
    for (const data of hit.tokens) yield { type: 'token', data };
    const elapsed = Math.round(performance.now() - startedAt);
    yield { type: 'end', data: { ...hit.end, timings: { first_token_ms: elapsed, total_ms: elapsed } } };
    return;
  }
  if (stats) stats.misses++;
  const tokens: TokenEventData[] = [];
  let end: EndEventData | undefined;
  for await (const event of produce()) {
    if (event.type === 'token') tokens.push(event.data);
    else if (event.type === 'end') end = event.data;
    yield event;
    if (event.type === 'error') return;
  }
  if (!end || end.finish_reason === 'abort') return;
  // After the last event is out, before the stream closes: a Worker keeps running until then.
  const { timings: _timings, ...rest } = end;
  try {
    await cache.set(key, JSON.stringify({ tokens, end: rest } satisfies CachedSuggestion), options.ttlMs);
  } catch (error) {
    if (stats) stats.errors++;
    options.onError?.(error);
  }
}
