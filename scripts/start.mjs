#!/usr/bin/env node
// `npm start`: build the demo and what its builds import (one turbo run, cached after the first,
// two tasks at a time in dependency order), then serve the built page and the suggest function
// from this one Node process on http://127.0.0.1:8787.
// PORT and HOST override; OPENAI_API_KEY / OPENAI_BASE_URL switch the provider (see apps/demo/README.md).
// `--no-build` skips the build (the e2e tests use it after turbo has built everything).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const skipBuild = process.argv.includes('--no-build');

/** Runs turbo quietly, with one progress line (a ticking clock on a terminal). */
function build() {
  const message = 'Building the demo and the embedded model (the first build trains it)…';
  const started = Date.now();
  const interactive = process.stdout.isTTY;
  process.stdout.write(interactive ? message : `${message}\n`);
  const ticker = interactive
    ? setInterval(() => {
        process.stdout.write(`\r${message} ${Math.round((Date.now() - started) / 1000)} s`);
      }, 1000)
    : undefined;
  const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
  if (!existsSync(turbo)) {
    console.error('\nturbo is not installed; run `npm install` at the repository root first.');
    process.exit(1);
  }
  // One turbo run for the whole graph: one process start instead of one per package. Every
  // workspace package the demo's builds import is built (the element's model worker bundles the
  // server and the model), two tasks at a time, as `npm run build` caches them.
  return turboBuild(turbo).then(
    () => {
      clearInterval(ticker);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(interactive ? `\r${message} done in ${seconds} s\n` : `Built in ${seconds} s.\n`);
    },
    (error) => {
      clearInterval(ticker);
      process.stdout.write('\n');
      if (error.output) process.stderr.write(error.output);
      console.error(`\nThe build failed (${error.message}); the output is above.`);
      process.exit(typeof error.code === 'number' ? error.code : 1);
    },
  );
}

/** `turbo run build` for the demo and its dependencies, quiet unless it fails. */
function turboBuild(turbo) {
  return new Promise((resolve, reject) => {
    const output = [];
    const args = ['run', 'build', '--filter=@logprob-autocomplete/demo...', '--concurrency=2', '--output-logs=errors-only'];
    const child = spawn(turbo, args, {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`turbo run build exited with code ${code}`), { output: Buffer.concat(output).toString(), code }));
    });
  });
}

if (!skipBuild) await build();
const entry = join(root, 'apps', 'demo', 'dist', 'server', 'main.js');
if (!existsSync(entry)) {
  console.error(`The demo server is not built (${entry} is missing); run npm start without --no-build.`);
  process.exit(1);
}
// Importing (not spawning) keeps the page and the API in this one process.
await import(pathToFileURL(entry).href);
