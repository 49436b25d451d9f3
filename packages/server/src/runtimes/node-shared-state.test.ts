import { getConnInfo } from '@hono/node-server/conninfo';
import { Redis } from 'ioredis';
import { Agent, request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '../../test/redis-server.js';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { serveNode } from './node.js';
import { connectNodeSharedState, type NodeSharedState } from './node-shared-state.js';

// Everything here is real: Node's HTTP server, a redis-server on a unix socket, and clients on two
// loopback addresses. Requests carry an invalid body: the rate limit counts them before the body
// is read, so no upstream is needed and 400 means "let through", 429 "limited".
const LIMIT = 4;
const UPSTREAM = { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'm' };
const agents = { first: new Agent({ localAddress: '127.0.0.1' }), second: new Agent({ localAddress: '127.0.0.2' }) };
const cleanup: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  for (const close of cleanup.splice(0).reverse()) await close();
});
afterAll(async () => {
  await Promise.all([agents.first.close(), agents.second.close()]);
});

async function serve(env: Record<string, string>, shared?: NodeSharedState) {
  const app = createSuggestApp({ env: { ...UPSTREAM, RATE_LIMIT_MAX: String(LIMIT), ...env }, getConnInfo, ...shared?.options });
  const server = await serveNode(app, { port: 0, hostname: '127.0.0.1' });
  cleanup.push(() => server.close());
  return server.url;
}

async function post(url: string, from: Agent, headers: Record<string, string> = {}): Promise<number> {
  const response = await request(`${url}/v1/suggest`, { method: 'POST', dispatcher: from, headers: { 'content-type': 'application/json', ...headers }, body: '{"text":1}' });
  await response.body.dump();
  return response.statusCode;
}

const randomAddress = () => `203.0.113.${String(Math.floor(Math.random() * 254) + 1)}`;
const SPOOFS: ((address: string) => Record<string, string>)[] = [
  (address) => ({ 'cf-connecting-ip': address }),
  (address) => ({ 'x-forwarded-for': address }),
  (address) => ({ 'x-real-ip': address }),
  (address) => ({ 'true-client-ip': address }),
  (address) => ({ forwarded: `for=${address}` }),
  (address) => ({ 'x-forwarded-for': `${address}, ${randomAddress()}`, forwarded: `for="${address}"`, 'cf-connecting-ip': address }),
];

describe('client identity under Node over real HTTP', () => {
  it('gives each loopback address its own bucket and lets no identity header escape it', async () => {
    const url = await serve({});
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 12; attempt++) statuses.push(await post(url, agents.first, SPOOFS[attempt % SPOOFS.length]?.(randomAddress())));
    expect(statuses.slice(0, LIMIT)).toEqual(Array<number>(LIMIT).fill(400));
    expect(statuses.slice(LIMIT)).toEqual(Array<number>(12).fill(429));
    // An honest second client is not refused because the first one was.
    expect(await post(url, agents.second)).toBe(400);
  });

  it('reads a forwarded-for header only from a proxy TRUST_PROXY names', async () => {
    const url = await serve({ TRUST_PROXY: '127.0.0.2' });
    for (let attempt = 0; attempt < LIMIT; attempt++) expect(await post(url, agents.first, { 'x-forwarded-for': randomAddress() })).toBe(400);
    expect(await post(url, agents.first, { 'x-forwarded-for': randomAddress() })).toBe(429);
    // Through the trusted proxy, each forwarded client has its own bucket.
    for (let client = 0; client < LIMIT + 2; client++) expect(await post(url, agents.second, { 'x-forwarded-for': `198.51.100.${String(client + 1)}` })).toBe(400);
  });
});

describe('rate limits shared through a real redis-server', () => {
  let redis: RedisServer;
  beforeAll(async () => { redis = await startRedisServer(); });
  afterAll(async () => { await redis.stop(); });

  async function twoServers(prefix: string, env: Record<string, string> = {}) {
    const shared = await Promise.all([0, 1].map(() => connectNodeSharedState({ REDIS_URL: redis.url, ...env })));
    cleanup.push(...shared.map((state) => () => state.close()));
    // A fresh key space per test: the limit is per window, and windows outlive a test.
    const urls = await Promise.all(shared.map((state) => serve({ RATE_LIMIT_WINDOW_MS: String(60_000 + prefix.length), ...env }, state)));
    return urls;
  }

  it('enforces one limit between two Node servers', async () => {
    const [a = '', b = ''] = await twoServers('one');
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT * 3; attempt++) statuses.push(await post(attempt % 2 ? a : b, agents.first));
    expect(statuses.filter((status) => status === 400)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual(Array<number>(LIMIT * 2).fill(429));
    expect(await post(b, agents.second)).toBe(400);
  });

  it('keeps answering from each process\'s own count when Redis answers slowly, and uses Redis again after', async () => {
    const [a = ''] = await twoServers('slow', { REDIS_TIMEOUT_MS: '100' });
    const control = new Redis({ path: redis.socket });
    const probe = new Redis({ path: redis.socket });
    cleanup.push(() => control.quit(), () => probe.quit());
    // Redis holds every client's commands for 2 s once this answers; our requests must be
    // answered before it lets them go, which the probe's PING tells.
    await control.call('CLIENT', 'PAUSE', '2000', 'ALL');
    let woke = false;
    const pinged = probe.ping().then(() => { woke = true; });
    const during: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 2; attempt++) during.push(await post(a, agents.second));
    expect(woke).toBe(false);
    expect(during).toEqual([...Array<number>(LIMIT).fill(400), 429, 429]);
        await pinged;
  });
});

describe('a Redis that goes away mid-run', () => {
  it('fails open to per-process limits: no 5xx, no hang, still limited', async () => {
    const redis = await startRedisServer();
    cleanup.push(() => redis.stop());
    const shared = await connectNodeSharedState({ REDIS_URL: redis.url });
    cleanup.push(() => shared.close());
    const url = await serve({}, shared);
    expect(await post(url, agents.first)).toBe(400);
    await redis.stop();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 3; attempt++) statuses.push(await post(url, agents.first));
    expect(statuses.every((status) => status === 400 || status === 429)).toBe(true);
    expect(statuses.slice(0, LIMIT)).toEqual(Array<number>(LIMIT).fill(400));
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429]);
  });
});

describe('a hostile REDIS_URL', () => {
  it('stops startup with a clear error that never holds the password', async () => {
    for (const [value, message] of [
      ['http://admin:hunter2@127.0.0.1:6379', /REDIS_URL must start with redis:\/\//],
      ['redis://admin:hunter2@127.0.0.1:1', /Cannot use Redis at redis:\/\/admin:\*\*\*@127\.0\.0\.1:1: .*ECONNREFUSED/],
      ['hunter2', /REDIS_URL is not a URL/],
    ] as const) {
      const error: unknown = await connectNodeSharedState({ REDIS_URL: value }).catch((caught: unknown) => caught);
      expect(String(error)).toMatch(message);
      expect(String(error)).not.toContain('hunter2');
    }
  });

  it('needs REDIS_URL for SUGGEST_CACHE=redis', async () => {
    await expect(connectNodeSharedState({ SUGGEST_CACHE: 'redis' })).rejects.toThrow('SUGGEST_CACHE=redis needs REDIS_URL');
  });
});
