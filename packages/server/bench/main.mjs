// `npm run bench -w @logprob-autocomplete/server`: measures the suggest function on loopback and
// prints metric, value, goal. The machine is shared, so ratios measured in one run matter more
// than absolute numbers. Every loop is bounded.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Agent, fetch, setGlobalDispatcher } from 'undici';
import { heldOutPrompts } from './held-out-prompts.mjs';
import { startUpstream } from './upstream.mjs';

setGlobalDispatcher(new Agent({ connections: 2000, keepAliveTimeout: 10_000 }));

const upstream = await startUpstream();
// BENCH_PROFILE=<dir> writes a CPU profile of the servers under measurement there (node
// refuses --cpu-prof in NODE_OPTIONS, so it is passed to the target directly).
const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
const target = spawn(process.execPath, ['--expose-gc', ...profile, new URL('./target.mjs', import.meta.url).pathname], {
  env: { ...process.env, BENCH_UPSTREAM: upstream.url },
  stdio: ['ignore', 'pipe', 'inherit'],
});
// If this script fails, the target must not outlive it (it would hold the output pipe open).
process.on('exit', () => target.kill());
const [line] = await once(createInterface({ input: target.stdout }), 'line');
const urls = JSON.parse(line);

const rows = [];
const report = (metric, value, goal) => {
  rows.push({ metric, value, goal });
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const ms = (value) => `${value.toFixed(2)} ms`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const json = { 'content-type': 'application/json' };

/** Milliseconds until the response body contains `marker`; the rest of the body is read too. */
async function timeUntil(url, init, marker) {
  const started = performance.now();
  const response = await fetch(url, init);
  const decoder = new TextDecoder();
  let text = '';
  let at;
  for await (const chunk of response.body) {
    text += decoder.decode(chunk, { stream: true });
    if (at === undefined && text.includes(marker)) at = performance.now() - started;
  }
  return at ?? Number.NaN;
}

/** Polls for up to 10 s. */
async function waitFor(condition) {
  for (let wait = 0; wait < 100 && !condition(); wait++) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** CPU time (µs) the servers' process has used so far. */
async function serverCpu() {
  const usage = await (await fetch(`${urls.bare}/cpu`)).json();
  return usage.user + usage.system;
}

async function memory() {
  return (await fetch(`${urls.bare}/memory`)).json();
}

// BENCH_ONLY=throughput (or relay, memory, hangups) runs one section; BENCH_ROUNDS sets the
// throughput rounds (default 3), each measuring the bare endpoint and then the embedded model.
const runs = (section) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY === section;

// 1. Relay overhead: first token through /v1/suggest minus first logprobs chunk straight from the upstream.
if (runs('relay')) {
  const direct = [];
  const relayed = [];
  const chat = JSON.stringify({ model: 'bench-model', stream: true, logprobs: true, top_logprobs: 5, messages: [{ role: 'user', content: 'We the Peo' }] });
  const suggest = JSON.stringify({ text: 'We the Peo' });
  let cpuBefore;
  for (let round = 0; round < 1050; round++) {
    if (round === 50) cpuBefore = await serverCpu();
    const d = await timeUntil(`${upstream.url}/v1/chat/completions`, { method: 'POST', headers: json, body: chat }, '"logprobs":{');
    const r = await timeUntil(`${urls.relay}/v1/suggest`, { method: 'POST', headers: json, body: suggest }, 'event: token');
    if (round >= 50) { direct.push(d); relayed.push(r); } // the first rounds warm up the JIT and connections
  }
  report('first token, direct from upstream (p50 / p95)', `${ms(percentile(direct, 50))} / ${ms(percentile(direct, 95))}`, '-');
  report('first token, through /v1/suggest (p50 / p95)', `${ms(percentile(relayed, 50))} / ${ms(percentile(relayed, 95))}`, '-');
  const cpu = (await serverCpu()) - cpuBefore; // the direct requests are served by this process, not the target
  report('server CPU per relayed suggestion', `${(cpu / 1000).toFixed(0)} µs`, '-');
  report('relay overhead (p50 / p95)', `${ms(percentile(relayed, 50) - percentile(direct, 50))} / ${ms(percentile(relayed, 95) - percentile(direct, 95))}`, 'p50 <= 1 ms');
}

// 2. Throughput at 64 concurrent clients: the embedded model against a bare Hono SSE endpoint.
// Every embedded request carries a different prompt cut from held-out text (the warm-up uses
// others again), so nothing keyed by the prompt can help. The bare endpoint sends what an
// embedded suggestion sends: 8 token events with 5 alternatives and an end event.
let resets = 0;
async function streamsPerSecond(url, body, total) {
  let next = 0;
  let bytes = 0;
  const client = async () => {
    while (next < total) {
      const n = next++;
      // A kept-alive socket the server closed while this client was busy elsewhere (its 5 s idle
      // timeout, overrun on a loaded machine) fails once with ECONNRESET: retried once, counted.
      const post = () => fetch(url, { method: 'POST', headers: json, body: body(n) });
      const response = await post().catch(() => {
        resets++;
        return post();
      });
      bytes += (await response.arrayBuffer()).byteLength;
    }
  };
  const cpuBefore = await serverCpu();
  const started = performance.now();
  await Promise.all(Array.from({ length: 64 }, client));
  const elapsed = performance.now() - started;
  const cpu = (await serverCpu()) - cpuBefore; // µs
  return { rate: total / (elapsed / 1000), bytes: bytes / total, cpu: cpu / total };
}
if (runs('throughput')) {
  const MEASURED = 2000;
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
  // Each round gets its own prompts; the warm-up gets the last 300.
  const prompts = heldOutPrompts(MEASURED * ROUNDS + 300);
  const suggest = (offset) => (n) => JSON.stringify({ text: prompts[offset + n] });
  await streamsPerSecond(`${urls.bare}/bare`, () => '{}', 500);
  await streamsPerSecond(`${urls.embedded}/v1/suggest`, suggest(MEASURED * ROUNDS), 300);
  const bare = [];
  const embedded = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(await streamsPerSecond(`${urls.bare}/bare`, () => '{}', 3000));
    embedded.push(await streamsPerSecond(`${urls.embedded}/v1/suggest`, suggest(MEASURED * round), MEASURED));
  }
  const ratios = embedded.map((result, round) => result.rate / (bare[round]?.rate ?? Number.NaN));
  const median = (values) => percentile(values, 50);
  const rates = (results) => `${median(results.map((result) => result.rate)).toFixed(0)} streams/s (${results.map((result) => result.rate.toFixed(0)).join(', ')}; ${median(results.map((result) => result.bytes)).toFixed(0)} B each)`;
  report(`bare Hono SSE endpoint, 64 clients, median (rounds)`, rates(bare), '-');
  report(`embedded model via /v1/suggest, 64 clients, ${MEASURED} distinct held-out prompts per round`, rates(embedded), '-');
  const cpu = (results) => `${median(results.map((result) => result.cpu)).toFixed(0)} µs`;
  report('server CPU per stream, bare / embedded (median)', `${cpu(bare)} / ${cpu(embedded)}`, '-');
  if (resets > 0) report('requests retried after a reset kept-alive socket', String(resets), '-');
  report('embedded / bare ratio, median (rounds)', `${median(ratios).toFixed(2)} (${ratios.map((ratio) => ratio.toFixed(2)).join(', ')})`, '>= 0.6');
}

/** Opens `count` streams through the held upstream and waits for each one's first token. */
async function openHeldStreams(count) {
  return Promise.all(Array.from({ length: count }, async () => {
    const controller = new AbortController();
    const response = await fetch(`${urls.held}/v1/suggest`, { method: 'POST', headers: json, body: '{"text":"We the Peo"}', signal: controller.signal });
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('event: token')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    return { controller, reader };
  }));
}

// 3. Memory with 500 concurrent streams held open mid-stream.
const baseline = await memory();
if (runs('memory')) {
  const streams = await openHeldStreams(500);
  const during = await memory();
  report('memory, baseline (heap / rss)', `${mib(baseline.heapUsed)} / ${mib(baseline.rss)}`, '-');
  report('memory, 500 concurrent streams (heap / rss)', `${mib(during.heapUsed)} / ${mib(during.rss)}`, '-');
  report('memory per open stream (heap)', `${((during.heapUsed - baseline.heapUsed) / 500 / 1024).toFixed(1)} KiB`, '<= 64 KiB');
  const before = upstream.aborted();
  for (const { controller } of streams) controller.abort();
  await waitFor(() => upstream.aborted() - before >= 500);
}

// 4. 1,000 clients hang up mid-stream: every upstream request must be aborted, memory must come back.
if (runs('hangups')) {
  const before = upstream.aborted();
  const hangups = await openHeldStreams(1000);
  for (const { controller } of hangups) controller.abort();
  await waitFor(() => upstream.aborted() - before >= 1000);
  report('upstream aborts after 1,000 client hang-ups', `${upstream.aborted() - before}`, '1000');
  // Idle keep-alive sockets (client to relay, relay to upstream) close after 5 s; then compare.
  await new Promise((resolve) => setTimeout(resolve, 6000));
  const after = await memory();
  report('heap after hang-ups and 6 s idle, minus baseline', `${mib(after.heapUsed - baseline.heapUsed)} (rss ${mib(after.rss - baseline.rss)})`, 'about 0 (back to baseline)');
}

target.kill(); // SIGTERM: the target exits normally, so BENCH_PROFILE's `--cpu-prof` writes its profile
await upstream.close();
console.log('\n| metric | value | goal |\n| --- | --- | --- |');
for (const { metric, value, goal } of rows) console.log(`| ${metric} | ${value} | ${goal} |`);
// The root `npm run bench` collects every package's figures from this file, one JSON line each.
if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
process.exit(0);
