#!/usr/bin/env node
// `npm run start -w @logprob-autocomplete/server`: the suggest API on http://127.0.0.1:8787.
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { serveNode } from './node.js';
import { connectNodeSharedState, type NodeSharedState } from './node-shared-state.js';
import { describeProvider, resolveProviderConfig } from '../upstream/provider-config.js';

// One line per outage, not one per request; only the message (never a URL with its password).
let lastStoreWarning = 0;
function warnStore(error: unknown): void {
  if (Date.now() - lastStoreWarning < 10_000) return;
  lastStoreWarning = Date.now();
  console.warn(`shared store unavailable, counting in this process meanwhile: ${error instanceof Error ? error.message : typeof error}`);
}

let shared: NodeSharedState | undefined;
try {
  const env = process.env;
  const provider = resolveProviderConfig(env);
  shared = await connectNodeSharedState(env, { onError: warnStore });
  const app = createSuggestApp({
    env, provider, model: loadDefaultModel, ...shared.options,
    onStoreError: warnStore,
    onUpstreamError: (error) => { console.warn('upstream error:', error instanceof Error ? error.constructor.name : typeof error); },
  });
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got "${env.PORT ?? ''}"`);
  const server = await serveNode(app, { port, hostname: env.HOST ?? '127.0.0.1' });
  console.log(`Suggest API on ${server.url}/v1/suggest (${describeProvider(provider)}, ${provider.mode} mode); embedded OpenAI API on ${server.url}/openai/v1; rate limits in ${shared.description}`);
  const stop = () => { void server.close().then(() => shared?.close()); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shared?.close();
  process.exitCode = 1;
}
