// Bun entry: bun node_modules/@logprob-autocomplete/server/dist/runtimes/bun.js (Bun serves a default export with fetch).
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp } from '../http/create-suggest-app.js';

const app = createSuggestApp({ env: process.env, model: loadDefaultModel });

/**
 * Bun's server object: Bun passes itself as the second argument, which the rate limiter uses
 * for the client's address (`server.requestIP`).
 *
 * @example
 * // bun dist/runtimes/bun.js
 */
export default {
  port: Number(process.env.PORT ?? 8787),
  hostname: process.env.HOST ?? '127.0.0.1',
  fetch: (request: Request, server: unknown) => app.fetch(request, server),
};
