#!/usr/bin/env node
// Serves a model trained with `logprob-ngram train` as an OpenAI-compatible API, so the demo (or
// any OpenAI client) can use it: `node dist/server/serve-model.js ja.bin`, then
// `OPENAI_BASE_URL=<printed url> npm start`. PORT (default 0: a free port) and HOST override.
import { loadModelFile } from '@logprob-autocomplete/ngram/node';
import { createOpenAICompatibleApp } from '@logprob-autocomplete/ngram/openai';
import { serveNode } from '@logprob-autocomplete/server/node';
import { basename, extname, resolve } from 'node:path';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('Usage: node dist/server/serve-model.js <model.bin>   (PORT, HOST override; the model id is the file name)');
  process.exit(2);
}
try {
  const path = resolve(file);
  const modelId = basename(path, extname(path));
  const model = await loadModelFile(path);
  const server = await serveNode(createOpenAICompatibleApp({ model, modelId }), { port: Number(process.env.PORT ?? 0), hostname: process.env.HOST ?? '127.0.0.1' });
  console.log(`OpenAI-compatible API for ${modelId}: ${server.url}/v1`);
  const stop = () => { void server.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
