/**
 * Where finished suggestions are kept, as opaque strings under opaque keys. Implementations may
 * reject or time out: the caller treats that as a miss and asks the model.
 *
 * @example
 * await cache.set(key, JSON.stringify(suggestion), 600_000);
 * const hit = await cache.get(key);
 */
export interface SuggestionCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
}

/**
 * The default cache: the newest `maxEntries` suggestions of this process, each until its TTL.
 * A Map keeps insertion order, so re-inserting on a hit makes it least-recently-used first.
 *
 * @example
 * const cache = new MemorySuggestionCache({ maxEntries: 10_000 });
 */
export class MemorySuggestionCache implements SuggestionCache {
  readonly #entries = new Map<string, { value: string; expiresAt: number }>();
  readonly #maxEntries: number;

  constructor(options: { maxEntries?: number } = {}) {
    this.#maxEntries = options.maxEntries ?? 10_000;
  }

  get(key: string): Promise<string | undefined> {
    const entry = this.#entries.get(key);
    if (!entry) return Promise.resolve(undefined);
    this.#entries.delete(key);
    if (entry.expiresAt <= Date.now()) return Promise.resolve(undefined);
    this.#entries.set(key, entry);
    return Promise.resolve(entry.value);
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: Date.now() + ttlMs });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries) break;
      this.#entries.delete(oldest);
    }
    return Promise.resolve();
  }

  /** Entries held; for tests and metrics. */
  get size(): number {
    return this.#entries.size;
  }
}
