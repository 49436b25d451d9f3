// Spawns the bench target with --cpu-prof and loads one endpoint (WHICH=embedded|bare) over HTTP.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Agent, fetch, setGlobalDispatcher } from 'undici';
import { heldOutPrompts } from '/work/main/packages/server/bench/held-out-prompts.mjs';
setGlobalDispatcher(new Agent({ connections: 2000, keepAliveTimeout: 10_000 }));
const which = process.env.WHICH ?? 'embedded';
const dir = process.env.PROFDIR ?? '/tmp/perf/prof-http';
const args = process.env.NOPROF ? [] : ['--cpu-prof', `--cpu-prof-dir=${dir}`];
const target = spawn(process.execPath, [...args, '/work/main/packages/server/bench/target.mjs'], { env: { ...process.env, BENCH_UPSTREAM: 'http://127.0.0.1:9' }, stdio: ['ignore', 'pipe', 'inherit'] });
const [line] = await once(createInterface({ input: target.stdout }), 'line');
const urls = JSON.parse(line);
const prompts = heldOutPrompts(6300);
const N = Number(process.env.N ?? 4000);
async function run(offset, total) {
  let next = 0;
  const client = async () => { while (next < total) { const n = next++; const body = which === 'bare' ? '{}' : JSON.stringify({ text: prompts[offset + n] }); const r = await fetch(which === 'bare' ? `${urls.bare}/bare` : `${urls.embedded}/v1/suggest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }); await r.arrayBuffer(); } };
  const t = performance.now(); await Promise.all(Array.from({ length: 64 }, client)); return total / ((performance.now() - t) / 1000);
}
await run(6000, 300);
console.log(which, (await run(0, N)).toFixed(0), 'streams/s');
target.kill();
await once(target, 'exit');
