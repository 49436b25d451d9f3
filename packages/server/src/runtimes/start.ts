#!/usr/bin/env node
// `npm run start -w @logprob-autocomplete/server`: the suggest API on http://127.0.0.1:8787.
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { serveNode } from './node.js';
import { resolveProviderConfig } from '../upstream/provider-config.js';

try {
  const env = process.env;
  const provider = resolveProviderConfig(env);
  const app = createSuggestApp({ env, provider, model: loadDefaultModel, onUpstreamError: (error) => { console.warn('upstream error:', error instanceof Error ? error.constructor.name : typeof error); } });
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got "${env.PORT ?? ''}"`);
  const { url } = await serveNode(app, { port, hostname: env.HOST ?? '127.0.0.1' });
  const upstream = provider.kind === 'embedded' ? 'the embedded model' : provider.kind === 'openai' ? 'OpenAI' : provider.baseURL;
  console.log(`Suggest API on ${url}/v1/suggest (${upstream}, ${provider.mode} mode); embedded OpenAI API on ${url}/openai/v1`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
