#!/usr/bin/env node
// Measures a newcomer's first start: `git clone` of this repository (its committed HEAD) into a
// temporary folder, `npm ci`, then `npm start` until the first POST /v1/suggest is answered with
// a token. Prints each phase beside the goal (first `npm start` to a working page in <= 20 s on
// 2 cores) and removes the clone. npm ci uses the machine's npm cache, as a developer's second
// clone would; a first-ever install also downloads the packages and takes longer.
//
//   node scripts/measure-first-start.mjs [--keep]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'first-start-'));
const clone = join(folder, 'logprob-autocomplete');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const seconds = (since) => (performance.now() - since) / 1000;

function timed(label, command, args, cwd) {
  const started = performance.now();
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
  return { label, seconds: seconds(started) };
}

/** `npm start`; resolves once a suggest request streamed its first token. */
function firstAnswer() {
  const started = performance.now();
  // Its own process group, so the demo server it becomes is stopped with it.
  const child = spawn(npm, ['start'], { cwd: clone, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '0', OPENAI_API_KEY: '', OPENAI_BASE_URL: '' } });
  let output = '';
  const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ } };
  return new Promise((resolve, reject) => {
    let built;
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => { reject(new Error(`npm start exited (${code}) before answering:\n${output}`)); });
    child.stdout.on('data', async (chunk) => {
      output += chunk;
      if (built === undefined && /Built in|done in/.test(output)) built = seconds(started);
      const url = /logprob-autocomplete demo: (http:\/\/\S+)/.exec(output)?.[1];
      if (!url || child.listening) return;
      child.listening = seconds(started);
      for (;;) {
        try {
          const response = await fetch(`${url}/v1/suggest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'We the People of the' }) });
          const body = await response.text();
          if (response.ok && body.includes('event: token')) {
            const page = await fetch(`${url}/`);
            resolve({ built, listening: child.listening, answered: seconds(started), page: page.ok });
            stop();
            return;
          }
        } catch {
          // Not ready yet.
        }
        await new Promise((next) => setTimeout(next, 100));
      }
    });
  }).finally(stop);
}

try {
  const phases = [timed('git clone', 'git', ['clone', '--quiet', root, clone], folder), timed('npm ci', npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], clone)];
  const start = await firstAnswer();
  const total = phases.reduce((sum, phase) => sum + phase.seconds, 0) + start.answered;
  const row = (what, value, goal = '') => console.log(`| ${what} | ${value} | ${goal} |`);
  console.log('| phase | measured | goal |\n| --- | --- | --- |');
  for (const phase of phases) row(phase.label, `${phase.seconds.toFixed(1)} s`);
  row('npm start: build (first run, nothing cached)', `${start.built?.toFixed(1) ?? '?'} s`);
  row('npm start: listening', `${start.listening.toFixed(1)} s`);
  row('npm start: first answered /v1/suggest', `${start.answered.toFixed(1)} s${start.page ? '' : ' (the page did not load)'}`, '≤ 20 s');
  row('git clone to first answered request', `${total.toFixed(1)} s`);
  // Wall-clock times mean little on a busy machine: say how busy it was.
  console.log(`\n${availableParallelism()} cores; load average at the end ${loadavg().map((load) => load.toFixed(1)).join(' / ')} (1 / 5 / 15 min).`);
} finally {
  if (!process.argv.includes('--keep')) rmSync(folder, { recursive: true, force: true });
  else console.log(`kept ${clone}`);
}
