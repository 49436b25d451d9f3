import type { SuggestionCache } from './suggestion-cache.js';

/** The part of the Workers Cache API used here (`caches.default`). */
export interface CacheLike {
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}

/**
 * Suggestions in the Workers Cache API: shared by the isolates of one Cloudflare location (each
 * location has its own cache), expiring by `Cache-Control: max-age`. Keys become URLs on a host
 * that can never resolve, so an entry can never be confused with a real page.
 *
 * @example
 * const cache = new CacheApiSuggestionCache((caches as unknown as { default: Cache }).default);
 */
export class CacheApiSuggestionCache implements SuggestionCache {
  readonly #cache: CacheLike;

  constructor(cache: CacheLike) {
    this.#cache = cache;
  }

  async get(key: string): Promise<string | undefined> {
    const response = await this.#cache.match(this.#request(key));
    return response ? await response.text() : undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    const maxAge = Math.max(1, Math.floor(ttlMs / 1000));
    await this.#cache.put(this.#request(key), new Response(value, { headers: { 'content-type': 'application/json', 'cache-control': `max-age=${String(maxAge)}` } }));
  }

  #request(key: string): Request {
    return new Request(`https://suggestion-cache.invalid/${encodeURIComponent(key)}`);
  }
}
