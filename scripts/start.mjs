#!/usr/bin/env node
// `npm start`: build what the demo needs at run time (each package with turbo, cached after the
// first run, two at a time in dependency order; see apps/demo/scripts/build-for-start.mjs), then serve the built
// page and the suggest function from this one Node process on http://127.0.0.1:8787.
// PORT and HOST override; OPENAI_API_KEY / OPENAI_BASE_URL switch the provider (see apps/demo/README.md).
// `--no-build` skips the build (the e2e tests use it after turbo has built everything).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildInOrder, startBuildGraph, turboBuild } from '../apps/demo/scripts/build-for-start.mjs';

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
  const graph = startBuildGraph(root, '@logprob-autocomplete/demo');
  return buildInOrder(graph, (name) => turboBuild(root, name)).then(
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

if (!skipBuild) await build();
const entry = join(root, 'apps', 'demo', 'dist', 'server', 'main.js');
if (!existsSync(entry)) {
  console.error(`The demo server is not built (${entry} is missing); run npm start without --no-build.`);
  process.exit(1);
}
// Importing (not spawning) keeps the page and the API in this one process.
await import(pathToFileURL(entry).href);
