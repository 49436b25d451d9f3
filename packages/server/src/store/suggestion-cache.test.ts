import { readSuggestStream, type SuggestEvent } from '@logprob-autocomplete/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtureLines, startFixtureServer, type FixtureServer } from '../../test/fixture-server.js';
import { startRedisServer, type RedisServer } from '../../test/redis-server.js';
import { createSuggestApp } from '../http/create-suggest-app.js';
import type { SuggestionCacheStats } from './cached-suggestion-events.js';
import { connectRedis, readRedisSettings } from './redis-connection.js';
import { RedisSuggestionCache } from './redis-suggestion-cache.js';
import { MemorySuggestionCache, type SuggestionCache } from './suggestion-cache.js';

let upstream: FixtureServer;
beforeAll(async () => { upstream = await startFixtureServer(() => ({ kind: 'stream', lines: readFixtureLines('openai-chat-echo.jsonl') })); });
afterAll(async () => { await upstream.close(); });

function appWith(cache: SuggestionCache, env: Record<string, string> = {}, stats?: SuggestionCacheStats) {
  return createSuggestApp({
    env: { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'model-a', SUGGEST_ALLOWED_MODELS: 'model-b', ...env },
    suggestionCache: cache,
    ...(stats ? { suggestionCacheStats: stats } : {}),
  });
}

async function suggest(app: ReturnType<typeof createSuggestApp>, body: Record<string, unknown>): Promise<SuggestEvent[]> {
  const response = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const events: SuggestEvent[] = [];
  if (response.body) for await (const event of readSuggestStream(response.body)) events.push(event);
  return events;
}

/** Upstream requests made while `run` ran. */
async function upstreamCalls(run: () => Promise<unknown>): Promise<number> {
  const before = upstream.requests.length;
  await run();
  return upstream.requests.length - before;
}

const tokensOf = (events: SuggestEvent[]) => events.filter((event) => event.type === 'token').map((event) => event.data);

describe('the suggestion cache', () => {
  it('answers a repeated deterministic request without the upstream, with the same tokens and its own timings', async () => {
    const stats = { hits: 0, misses: 0, errors: 0 };
    const app = appWith(new MemorySuggestionCache(), {}, stats);
    let first: SuggestEvent[] = [];
    let second: SuggestEvent[] = [];
    expect(await upstreamCalls(async () => { first = await suggest(app, { text: 'We the Peo' }); })).toBe(1);
    expect(await upstreamCalls(async () => { second = await suggest(app, { text: 'We the Peo' }); })).toBe(0);
    expect(tokensOf(second)).toEqual(tokensOf(first));
    expect(second.at(-1)).toMatchObject({ type: 'end', data: { finish_reason: (first.at(-1)?.data as { finish_reason: string }).finish_reason, timings: { first_token_ms: expect.any(Number) as number } } });
    expect(stats).toEqual({ hits: 1, misses: 1, errors: 0 });
  });

  it('never serves across models, request settings or texts', async () => {
    const app = appWith(new MemorySuggestionCache());
    await suggest(app, { text: 'We the Peo' });
    for (const body of [
      { text: 'We the Peo', model: 'model-b' },
      { text: 'We the Peo', top_logprobs: 2 },
      { text: 'We the Peo', max_tokens: 2 },
      { text: 'We the Peo', after: ' of America' },
      { text: 'We the Peo ' },
      { text: 'we the Peo' },
    ]) expect(await upstreamCalls(() => suggest(app, body)), JSON.stringify(body)).toBe(1);
  });

  it('never serves across server settings, even when two apps share one cache', async () => {
    const cache = new MemorySuggestionCache();
    await suggest(appWith(cache), { text: 'We the Peo' });
    const variants: Record<string, string>[] = [{ OPENAI_MODEL: 'model-b' }, { SUGGEST_MODE: 'completions' }, { SUGGEST_MAX_TOP_LOGPROBS: '3' }];
    for (const env of variants) {
      expect(await upstreamCalls(() => suggest(appWith(cache, env), { text: 'We the Peo' })), JSON.stringify(env)).toBe(1);
    }
    expect(await upstreamCalls(() => suggest(appWith(cache), { text: 'We the Peo' }))).toBe(0);
  });

  it('never caches a sampled request (temperature above 0)', async () => {
    const app = appWith(new MemorySuggestionCache());
    expect(await upstreamCalls(async () => {
      await suggest(app, { text: 'We the Peo', temperature: 0.8 });
      await suggest(app, { text: 'We the Peo', temperature: 0.8 });
    })).toBe(2);
    expect(await upstreamCalls(() => suggest(app, { text: 'We the Peo', temperature: 0 }))).toBe(1);
    expect(await upstreamCalls(() => suggest(app, { text: 'We the Peo' }))).toBe(0);
  });

  it('asks the upstream when the cache fails, and counts the error', async () => {
    const stats = { hits: 0, misses: 0, errors: 0 };
    const broken: SuggestionCache = { get: () => Promise.reject(new Error('down')), set: () => Promise.reject(new Error('down')) };
    const app = appWith(broken, {}, stats);
    expect(tokensOf(await suggest(app, { text: 'We the Peo' }))[0]?.token).toBe('ple');
    expect(stats).toEqual({ hits: 0, misses: 1, errors: 2 });
  });

  it('is off unless SUGGEST_CACHE asks for it', async () => {
    const app = createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'model-a' } });
    expect(await upstreamCalls(async () => { await suggest(app, { text: 'We' }); await suggest(app, { text: 'We' }); })).toBe(2);
    const cached = createSuggestApp({ env: { OPENAI_BASE_URL: upstream.baseURL, OPENAI_MODEL: 'model-a', SUGGEST_CACHE: 'memory' } });
    expect(await upstreamCalls(async () => { await suggest(cached, { text: 'We' }); await suggest(cached, { text: 'We' }); })).toBe(1);
    const env = { OPENAI_BASE_URL: upstream.baseURL };
    expect(() => createSuggestApp({ env: { ...env, SUGGEST_CACHE: 'disk' } })).toThrow('SUGGEST_CACHE must be one of off, memory, redis, workers, got "disk"');
    expect(() => createSuggestApp({ env: { ...env, SUGGEST_CACHE: 'redis' } })).toThrow(/SUGGEST_CACHE=redis is built by the Node entry/);
    expect(() => createSuggestApp({ env: { ...env, SUGGEST_CACHE: 'memory', SUGGEST_CACHE_TTL_SECONDS: '0' } })).toThrow('SUGGEST_CACHE_TTL_SECONDS must be an integer from 1');
  });
});

describe('MemorySuggestionCache', () => {
  it('drops the least recently used entry past its size and expired entries', async () => {
    const cache = new MemorySuggestionCache({ maxEntries: 2 });
    await cache.set('a', '1', 60_000);
    await cache.set('b', '2', 60_000);
    await cache.get('a');
    await cache.set('c', '3', 60_000);
    expect([await cache.get('a'), await cache.get('b'), await cache.get('c')]).toEqual(['1', undefined, '3']);
    await cache.set('d', '4', -1);
    expect(await cache.get('d')).toBeUndefined();
  });
});

describe('the suggestion cache in a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => { redis = await startRedisServer(); });
  afterAll(async () => { await redis.stop(); });

  it('is shared by two apps on one Redis, and expires with Redis\'s TTL', async () => {
    const settings = readRedisSettings({ REDIS_URL: redis.url });
    if (!settings) throw new Error('REDIS_URL was not read');
    const [one, two] = await Promise.all([connectRedis(settings), connectRedis(settings)]);
    try {
      await suggest(appWith(new RedisSuggestionCache(one)), { text: 'We the Peo' });
      expect(await upstreamCalls(() => suggest(appWith(new RedisSuggestionCache(two)), { text: 'We the Peo' }))).toBe(0);
      const [key] = await one.keys('logprob:suggestion:*');
      expect(key).toMatch(/^logprob:suggestion:[0-9a-f]{64}$/);
      expect(await one.pttl(key ?? '')).toBeGreaterThan(590_000);
    } finally {
      one.disconnect();
      two.disconnect();
    }
  });
});
