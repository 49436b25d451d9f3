// `npm run bench -w @logprob-autocomplete/server` (after bench/main.mjs): shared state on this
// machine, loopback only, every loop bounded by a count and a deadline. Two suggest instances
// (separate processes) share one redis-server started here on a unix socket; clients come from
// eight loopback addresses (127.0.0.1-8), each its own rate-limit bucket. Prints metric, value,
// goal and appends them to $BENCH_RESULTS. The load generator shares the 2 cores with the
// servers and Redis, so server CPU per request is the figure to plan with, not requests/s.
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import { Agent, request } from 'undici';
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp, MemorySuggestionCache } from '../dist/index.js';
import { heldOutPrompts } from './held-out-prompts.mjs';
import { debouncedRequests, typingTrace } from './typing-trace.mjs';
import { startUpstream } from './upstream.mjs';

const SECTION_DEADLINE_MS = 90_000;
const rows = [];
const report = (metric, value, goal = '-') => { rows.push({ metric, value, goal }); console.log(`${metric}: ${value}${goal === '-' ? '' : ` (goal ${goal})`}`); };
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? Number.NaN;
const clients = Array.from({ length: 8 }, (_, index) => new Agent({ localAddress: `127.0.0.${String(index + 1)}`, connections: 32, keepAliveTimeout: 10_000 }));
const children = new Set();
process.on('exit', () => { for (const child of children) child.kill('SIGKILL'); });

// A redis-server of our own, on a unix socket (no TCP port), nothing persisted.
const redisDirectory = mkdtempSync(join(tmpdir(), 'bench-redis-'));
const socket = join(redisDirectory, 'redis.sock');
const redisProcess = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--save', '', '--appendonly', 'no', '--dir', redisDirectory], { stdio: ['ignore', 'pipe', 'inherit'] });
children.add(redisProcess);
for await (const line of createInterface({ input: redisProcess.stdout })) if (/ready to accept connections/i.test(line)) break;
redisProcess.stdout.resume();
const REDIS_URL = `unix://${socket}`;
const redis = new Redis({ path: socket });

async function startInstance(env) {
  const child = spawn(process.execPath, [new URL('./shared-state-target.mjs', import.meta.url).pathname], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.add(child);
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  const { url } = JSON.parse(line);
  return {
    url,
    usage: async () => (await (await fetch(`${url}/bench/usage`)).json()),
    stop: async () => { child.kill('SIGTERM'); await once(child, 'exit'); children.delete(child); },
  };
}

/**
 * Sends `total` requests from `concurrency` workers; request n comes from client n % clientCount
 * and goes to instance floor(n / clientCount) % instances, so every client reaches every
 * instance in turn. Returns requests/s, latencies and the statuses seen.
 */
async function load({ instances, total, concurrency, body, clientCount = 1 }) {
  const deadline = performance.now() + SECTION_DEADLINE_MS;
  const latencies = [];
  const statuses = new Map();
  let next = 0;
  const worker = async () => {
    while (next < total && performance.now() < deadline) {
      const n = next++;
      const started = performance.now();
      const response = await request(`${instances[Math.floor(n / clientCount) % instances.length].url}/v1/suggest`, {
        method: 'POST', dispatcher: clients[n % clientCount], headers: { 'content-type': 'application/json' }, body: body(n),
      });
      await response.body.arrayBuffer();
      latencies.push(performance.now() - started);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  return { rate: latencies.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), statuses, sent: latencies.length };
}

async function cpuMicros(instances, run) {
  const before = await Promise.all(instances.map((instance) => instance.usage()));
  const result = await run();
  const after = await Promise.all(instances.map((instance) => instance.usage()));
  const cpu = after.reduce((sum, usage, index) => sum + usage.cpu.user + usage.cpu.system - before[index].cpu.user - before[index].cpu.system, 0);
  return { ...result, cpuPerRequest: cpu / result.sent, rss: after.map((usage) => usage.memory.rss) };
}

async function redisStats() {
  const info = await redis.info();
  const field = (name) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? Number.NaN);
  return { commands: field('total_commands_processed'), cpu: (field('used_cpu_user') + field('used_cpu_sys')) * 1e6 };
}

const ms = (value) => `${value.toFixed(2)} ms`;
const INVALID = () => '{"text":1}'; // counted by the rate limit, then a 400: the limiter's own cost
const UNLIMITED = { RATE_LIMIT_MAX: '1000000000', RATE_LIMIT_WINDOW_MS: '600000' };

// 1. What a rate-limited route holds, memory store against Redis store (one instance, 32 workers).
{
  // Rounds alternate the two stores, so a busy spell on the shared machine hits both alike; the
  // median round counts.
  const results = { memory: [], redis: [] };
  for (let round = 0; round < 3; round++) {
    for (const store of ['memory', 'redis']) {
      await redis.flushall();
      const instance = await startInstance({ ...UNLIMITED, ...(store === 'redis' ? { REDIS_URL } : {}) });
      await load({ instances: [instance], total: 1000, concurrency: 32, body: INVALID }); // warm-up
      results[store].push(await cpuMicros([instance], () => load({ instances: [instance], total: 5000, concurrency: 32, body: INVALID })));
      await instance.stop();
    }
  }
  const median = (store, field) => percentile(results[store].map((result) => result[field]), 50);
  for (const store of ['memory', 'redis']) {
    report(`rate-limited route, ${store} store, 1 instance, 32 workers: requests/s (p50 / p95 latency; server CPU per request), median of 3`, `${median(store, 'rate').toFixed(0)} (${ms(median(store, 'p50'))} / ${ms(median(store, 'p95'))}; ${median(store, 'cpuPerRequest').toFixed(0)} µs)`, '-');
  }
  report('rate-limited route, Redis store / memory store requests/s', (median('redis', 'rate') / median('memory', 'rate')).toFixed(2), 'the price of a shared limit');
}

// 2. One limit between two instances: 8 clients, each allowed LIMIT in the window, each sending
// 2 x LIMIT requests spread over both instances. With Redis the two hold one limit; with memory
// stores each instance counts alone.
{
  const LIMIT = 200;
  const expected = 8 * LIMIT;
  // Redis with its default 250 ms timeout (a slower answer fails over to the instance's own
  // count, by design), with a 5 s timeout (no failover: the store's own accuracy), and memory.
  const setups = [
    { name: 'Redis store (REDIS_TIMEOUT_MS 250, the default)', env: { REDIS_URL }, goal: '1.000 unless Redis failed over (fail-open)' },
    { name: 'Redis store (REDIS_TIMEOUT_MS 5000)', env: { REDIS_URL, REDIS_TIMEOUT_MS: '5000' }, goal: 'exactly 1.000, other 0' },
    { name: 'memory stores', env: {}, goal: 'shows why: each instance counts alone' },
  ];
  for (const { name, env: storeEnv, goal } of setups) {
    await redis.flushall();
    const env = { RATE_LIMIT_MAX: String(LIMIT), RATE_LIMIT_WINDOW_MS: '600000', ...storeEnv };
    const instances = await Promise.all([startInstance(env), startInstance(env)]);
    const result = await load({ instances, total: 2 * expected, concurrency: 32, body: INVALID, clientCount: 8 });
    const failovers = (await Promise.all(instances.map((instance) => instance.usage()))).reduce((sum, usage) => sum + usage.storeErrors, 0);
    const allowed = result.statuses.get(400) ?? 0;
    const refused = result.statuses.get(429) ?? 0;
    const other = result.sent - allowed - refused;
    report(`two instances, ${name}: allowed / expected (8 clients x ${LIMIT}), 429s, other, store failovers`, `${allowed} / ${expected} (${(allowed / expected).toFixed(3)}), ${refused}, ${other}, ${failovers}`, goal);
    report(`two instances, ${name}: requests/s (p50 / p95)`, `${result.rate.toFixed(0)} (${ms(result.p50)} / ${ms(result.p95)})`, '-');
    await Promise.all(instances.map((instance) => instance.stop()));
  }
}

// 3. Suggestions from the embedded model through two instances sharing Redis for the limit: the
// measured CPU and memory per request that docs/capacity-plan.md scales up, and Redis's load.
{
  await redis.flushall();
  const instances = await Promise.all([startInstance({ ...UNLIMITED, REDIS_URL }), startInstance({ ...UNLIMITED, REDIS_URL })]);
  const TOTAL = 4000;
  const prompts = heldOutPrompts(TOTAL + 400);
  await load({ instances, total: 400, concurrency: 32, body: (n) => JSON.stringify({ text: prompts[TOTAL + n] }), clientCount: 8 });
  const before = await redisStats();
  const result = await cpuMicros(instances, () => load({ instances, total: TOTAL, concurrency: 32, body: (n) => JSON.stringify({ text: prompts[n] }), clientCount: 8 }));
  const after = await redisStats();
  const ok = result.statuses.get(200) ?? 0;
  report(`embedded suggestions, two instances + Redis limit, 32 workers: requests/s (p50 / p95)`, `${result.rate.toFixed(0)} (${ms(result.p50)} / ${ms(result.p95)}); ${ok}/${result.sent} 200`, '-');
  report('embedded suggestions: server CPU per request (both instances)', `${result.cpuPerRequest.toFixed(0)} µs`, '-');
  report('embedded suggestions: RSS per instance after the run', result.rss.map((rss) => `${(rss / 1024 / 1024).toFixed(0)} MiB`).join(', '), '-');
  report('Redis per suggest request: commands (EVALSHA and the INCR, PTTL it runs; one round trip) / Redis CPU', `${((after.commands - before.commands) / result.sent).toFixed(2)} / ${((after.cpu - before.cpu) / result.sent).toFixed(1)} µs`, '-');
  await Promise.all(instances.map((instance) => instance.stop()));
}

// 3b. The same through a remote provider: both instances relay to a recorded OpenAI-shaped stream
// (bench/upstream.mjs, in this process), so server CPU per request is the relay's own cost.
{
  await redis.flushall();
  const upstream = await startUpstream();
  const env = { ...UNLIMITED, REDIS_URL, OPENAI_BASE_URL: `${upstream.url}/v1`, OPENAI_MODEL: 'bench-model' };
  const instances = await Promise.all([startInstance(env), startInstance(env)]);
  const TOTAL = 4000;
  const prompts = heldOutPrompts(TOTAL + 400);
  await load({ instances, total: 400, concurrency: 32, body: (n) => JSON.stringify({ text: prompts[TOTAL + n] }), clientCount: 8 });
  const result = await cpuMicros(instances, () => load({ instances, total: TOTAL, concurrency: 32, body: (n) => JSON.stringify({ text: prompts[n] }), clientCount: 8 }));
  report('relayed suggestions (recorded stream), two instances + Redis limit: requests/s (p50 / p95)', `${result.rate.toFixed(0)} (${ms(result.p50)} / ${ms(result.p95)}); ${result.statuses.get(200) ?? 0}/${result.sent} 200`, '-');
  report('relayed suggestions: server CPU per request (both instances)', `${result.cpuPerRequest.toFixed(0)} µs`, '-');
  report('relayed suggestions: RSS per instance after the run', result.rss.map((rss) => `${(rss / 1024 / 1024).toFixed(0)} MiB`).join(', '), '-');
  await Promise.all(instances.map((instance) => instance.stop()));
  await upstream.close();
}

// 4. The suggestion cache on a replayed typing trace (in process, embedded model, greedy): hit
// rate and model calls saved, for one writer, and for a second writer typing the same letter.
{
  const model = await loadDefaultModel();
  const trace = typingTrace(1);
  const replay = async (texts, cache) => {
    const stats = { hits: 0, misses: 0, errors: 0 };
    const app = createSuggestApp({ model, rateLimit: false, suggestionCache: cache, suggestionCacheStats: stats });
    for (const text of texts) await (await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })).arrayBuffer();
    return stats;
  };
  const show = (stats) => `${(stats.hits / (stats.hits + stats.misses) * 100).toFixed(1)} % (${stats.hits} of ${stats.hits + stats.misses} requests; ${stats.misses} model calls)`;
  const everyKey = trace.map((state) => state.text);
  const debounced = debouncedRequests(trace, 100);
  report(`cache hit rate, typing trace (${trace.length} keystrokes, typos fixed, words retyped), a request per keystroke`, show(await replay(everyKey, new MemorySuggestionCache())), 'report');
  report('cache hit rate, same trace, 100 ms debounce (as the element)', show(await replay(debounced, new MemorySuggestionCache())), 'report');
  const shared = new MemorySuggestionCache();
  await replay(debounced, shared);
  report('cache hit rate, a second writer on a shared cache, same letter and debounce', show(await replay(debouncedRequests(typingTrace(2), 100), shared)), 'report');
}

redis.disconnect();
redisProcess.kill('SIGTERM');
await once(redisProcess, 'exit');
rmSync(redisDirectory, { recursive: true, force: true });
await Promise.all(clients.map((client) => client.close()));
console.log('\n| metric | value | goal |\n| --- | --- | --- |');
for (const { metric, value, goal } of rows) console.log(`| ${metric} | ${value} | ${goal} |`);
if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
process.exit(0);
