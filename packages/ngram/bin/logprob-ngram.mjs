#!/usr/bin/env node
// The `logprob-ngram` command. A committed launcher rather than the compiled file itself: npm
// links a workspace's bin only if its target exists at install time, and dist/ does not exist in
// a fresh clone, so `npx logprob-ngram` would otherwise look for a package on the registry.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('logprob-ngram: the package is not built yet. Run `npm run build -w @logprob-autocomplete/ngram` first.');
  process.exit(1);
}
await import(cli.href);
