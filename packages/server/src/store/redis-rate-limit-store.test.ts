import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../../test/redis-server.js';
import { connectRedis, readRedisSettings, RedisConfigError } from './redis-connection.js';
import { RedisRateLimitStore } from './redis-rate-limit-store.js';

let server: RedisServer;
let redis: Redis;

beforeAll(async () => {
  server = await startRedisServer();
  const settings = readRedisSettings({ REDIS_URL: server.url });
  if (!settings) throw new Error('REDIS_URL was not read');
  redis = await connectRedis(settings);
});

afterAll(async () => {
  redis.disconnect();
  await server.stop();
});

describe('RedisRateLimitStore against a real redis-server', () => {
  it('counts per key within a window, on Redis\'s clock', async () => {
    const store = new RedisRateLimitStore(redis, { prefix: 'count:' });
    const now = Date.now();
    const first = await store.hit('a', 60_000, now);
    expect(first.count).toBe(1);
    expect(first.resetAt - now).toBeGreaterThan(59_000);
    expect(first.resetAt - now).toBeLessThanOrEqual(60_000);
    expect((await store.hit('a', 60_000, now)).count).toBe(2);
    expect((await store.hit('b', 60_000, now)).count).toBe(1);
  });

  it('is atomic: concurrent hits from two clients each get a distinct count', async () => {
    const settings = readRedisSettings({ REDIS_URL: server.url });
    if (!settings) throw new Error('REDIS_URL was not read');
    const other = await connectRedis(settings);
    try {
      const first = new RedisRateLimitStore(redis, { prefix: 'atomic:' });
      const second = new RedisRateLimitStore(other, { prefix: 'atomic:' });
      const counts = await Promise.all(Array.from({ length: 200 }, (_, index) => (index % 2 ? first : second).hit('shared', 60_000, Date.now())));
      expect(counts.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, index) => index + 1));
    } finally {
      other.disconnect();
    }
  });

  it('starts a new window once the old one expires', async () => {
    const store = new RedisRateLimitStore(redis, { prefix: 'expire:' });
    await store.hit('a', 50, Date.now());
    await store.hit('a', 50, Date.now());
    // Wait on Redis's own state, not on a sleep: the key is gone once the window is over.
    while ((await redis.exists('expire:50:a')) === 1) await new Promise((resolve) => setImmediate(resolve));
    expect((await store.hit('a', 50, Date.now())).count).toBe(1);
  });
});

describe('REDIS_URL', () => {
  it('is optional', () => {
    expect(readRedisSettings({})).toBeUndefined();
    expect(readRedisSettings({ REDIS_URL: ' ' })).toBeUndefined();
  });

  it('refuses a bad scheme or a non-URL without repeating what may be a secret', () => {
    expect(() => readRedisSettings({ REDIS_URL: 'http://user:hunter2@127.0.0.1:6379' })).toThrow(/must start with redis:\/\/, rediss:\/\/ or unix:\/\/, got "http:\/\/…"/);
    expect(() => readRedisSettings({ REDIS_URL: 'hunter2' })).toThrow(RedisConfigError);
    for (const value of ['http://user:hunter2@127.0.0.1:6379', 'hunter2', 'redis://:hunter2@127.0.0.1:6379/abc']) {
      try {
        readRedisSettings({ REDIS_URL: value });
        expect.unreachable();
      } catch (error) {
        expect(String(error)).not.toContain('hunter2');
      }
    }
    expect(() => readRedisSettings({ REDIS_URL: server.url, REDIS_TIMEOUT_MS: '0' })).toThrow(/REDIS_TIMEOUT_MS must be an integer/);
  });

  it('redacts the password and reads host, port, database and TLS', () => {
    const settings = readRedisSettings({ REDIS_URL: 'rediss://app:p%40ss@127.0.0.1:6380/2' });
    expect(settings?.redacted).toBe('rediss://app:***@127.0.0.1:6380/2');
    expect(settings?.options).toMatchObject({ host: '127.0.0.1', port: 6380, db: 2, username: 'app', password: 'p@ss', tls: { servername: '127.0.0.1' } });
  });

  it('fails fast with a clear error when nothing listens, and never says the password', async () => {
    const settings = readRedisSettings({ REDIS_URL: 'redis://:hunter2@127.0.0.1:1/' });
    if (!settings) throw new Error('REDIS_URL was not read');
    const error: unknown = await connectRedis(settings).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedisConfigError);
    expect(String(error)).toMatch(/Cannot use Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1\/: .*ECONNREFUSED/);
    expect(String(error)).not.toContain('hunter2');
  });

  it('says so when the password is wrong', async () => {
    const protectedServer = await startRedisServer(['--requirepass', 'right-one']);
    try {
      const settings = readRedisSettings({ REDIS_URL: protectedServer.url });
      if (!settings) throw new Error('REDIS_URL was not read');
      const error: unknown = await connectRedis({ ...settings, options: { ...settings.options, password: 'wrong-one' } }).catch((caught: unknown) => caught);
      expect(String(error)).toMatch(/Cannot use Redis at .*(WRONGPASS|NOAUTH)/);
      expect(String(error)).not.toContain('wrong-one');
    } finally {
      await protectedServer.stop();
    }
  });
});
