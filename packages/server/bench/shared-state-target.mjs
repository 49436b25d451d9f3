// One suggest server instance for bench/shared-state.mjs, in its own process (as a real instance
// behind a load balancer is): the embedded model, the Node entry's shared state (Redis when
// REDIS_URL is set), and GET /bench/usage for this process's CPU time, memory and the shared
// store's failures (each one a request counted in this process instead). Prints its URL.
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp } from '../dist/index.js';
import { connectNodeSharedState, serveNode } from '../dist/runtimes/node.js';

const env = { ...process.env };
const shared = await connectNodeSharedState(env);
const model = await loadDefaultModel();
let storeErrors = 0;
const app = createSuggestApp({ env, model, ...shared.options, onStoreError: () => { storeErrors++; } });
const server = await serveNode({
  fetch: (request, bindings) => (new URL(request.url).pathname === '/bench/usage'
    ? Response.json({ cpu: process.cpuUsage(), memory: process.memoryUsage(), storeErrors })
    : app.fetch(request, bindings)),
}, { port: 0, hostname: '127.0.0.1' });
console.log(JSON.stringify({ url: server.url }));
process.on('SIGTERM', () => { void server.close().then(() => shared.close()).then(() => process.exit(0)); });
