import { MemoryRateLimitStore } from './memory-rate-limit-store.js';
import type { RateLimitHit, RateLimitStore } from './rate-limit-store.js';
import { withTimeout } from './with-timeout.js';

/** The parts of a Durable Object namespace binding used here (`env.RATE_LIMITER`). */
export interface DurableObjectNamespaceLike {
  idFromName(name: string): unknown;
  get(id: never): { fetch(request: Request): Promise<Response> };
}

const COUNTER_URL = 'https://rate-limit-counter.invalid/hit';

/**
 * One client's counters, as a Durable Object: Cloudflare runs exactly one instance per client key
 * worldwide, so every isolate and location that asks it shares one count. Counts live in the
 * object's memory; an object evicted after a quiet spell starts its window over, which only
 * happens once the client has gone quiet.
 *
 * @example
 * // wrangler.jsonc: "durable_objects": { "bindings": [{ "name": "RATE_LIMITER", "class_name": "RateLimitCounter" }] }
 * export { RateLimitCounter } from '@logprob-autocomplete/server/worker';
 */
export class RateLimitCounter {
  readonly #windows = new MemoryRateLimitStore();

  fetch(request: Request): Response {
    const url = new URL(request.url);
    const windowMs = Number(url.searchParams.get('windowMs'));
    const key = url.searchParams.get('key') ?? '';
    if (!Number.isInteger(windowMs) || windowMs < 1) return Response.json({ error: 'windowMs must be a positive integer' }, { status: 400 });
    return Response.json(this.#windows.hit(key, windowMs, Date.now()));
  }
}

/**
 * The rate limit over `RateLimitCounter` Durable Objects, one per client key. A call that fails or
 * takes longer than `timeoutMs` rejects, so the app falls back to the isolate's own counts.
 *
 * @example
 * createSuggestApp({ env, rateLimitStore: new DurableObjectRateLimitStore(env.RATE_LIMITER) });
 */
export class DurableObjectRateLimitStore implements RateLimitStore {
  readonly #namespace: DurableObjectNamespaceLike;
  readonly #timeoutMs: number;

  constructor(namespace: DurableObjectNamespaceLike, options: { timeoutMs?: number } = {}) {
    this.#namespace = namespace;
    this.#timeoutMs = options.timeoutMs ?? 250;
  }

  async hit(key: string, windowMs: number, now: number): Promise<RateLimitHit> {
    // The id type is opaque to us; `get` takes what `idFromName` returned.
    const stub = this.#namespace.get(this.#namespace.idFromName(key) as never);
    const url = `${COUNTER_URL}?${new URLSearchParams({ key, windowMs: String(windowMs) }).toString()}`;
    const response = await withTimeout(stub.fetch(new Request(url)), this.#timeoutMs, 'the rate-limit Durable Object');
    if (!response.ok) throw new Error(`the rate-limit Durable Object answered ${String(response.status)}`);
    const hit = (await response.json()) as RateLimitHit;
    // The object's clock and ours agree on Workers; the window's remaining time is what matters.
    return { count: hit.count, resetAt: Math.max(now, hit.resetAt) };
  }
}
