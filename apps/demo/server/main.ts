#!/usr/bin/env node
// The demo on Node: the built page and the suggest function from one process and one origin.
// `npm start` at the repository root builds first and then imports this file.
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp, describeProvider, resolveProviderConfig } from '@logprob-autocomplete/server';
import { connectNodeSharedState } from '@logprob-autocomplete/server/node';
import { parsePort, startDemoServer } from './start-demo-server.js';

try {
  const env = process.env;
  const provider = resolveProviderConfig(env);
  // The model loads in the background while the server starts listening, so the URL prints at
  // once and the first suggestion does not wait for it. It also serves /openai/v1, which the
  // confidence view scores with, whatever the provider.
  const model = loadDefaultModel();
  model.catch(() => undefined);
  // The client's address from the socket, and Redis for rate limits when REDIS_URL is set.
  const shared = await connectNodeSharedState(env);
  const api = createSuggestApp({
    env,
    provider,
    model: () => model,
    ...shared.options,
    onUpstreamError: (error) => {
      // Only the kind: upstream messages can carry keys or organisation ids.
      console.warn('upstream error:', error instanceof Error ? error.name : typeof error);
    },
  });
  const server = await startDemoServer({ api, port: parsePort(env.PORT), hostname: env.HOST ?? '127.0.0.1' });
  console.log(`logprob-autocomplete demo: ${server.url} (${describeProvider(provider)})`);
  const stop = () => {
    void server.close().then(() => shared.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  // Configuration mistakes and a taken port are the person's to fix: the message, not a stack.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
