// The servers under measurement, in their own process (so the load generator does not share its
// event loop): a bare Hono SSE endpoint, the suggest app on the embedded model (with and without
// the document cache), and the suggest
// app relaying to the upstream given in BENCH_UPSTREAM. Prints their URLs as one JSON line.
import { streamSSE } from 'hono/streaming';
import { Hono } from 'hono';
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp } from '../dist/index.js';
import { serveNode } from '../dist/runtimes/node.js';

const model = await loadDefaultModel();
// The baseline sends what an embedded suggestion sends (about 450 bytes per token event: 5
// alternatives with full-precision logprobs), with no work behind it.
const alternatives = [' the', ' of', ' and', ',', ' to'].map((token, rank) => ({ token, bytes: [...new TextEncoder().encode(token)], logprob: -1.8017034055371761 - rank * 0.4213 }));
const events = Array.from({ length: 8 }, (_, index) => JSON.stringify({ index, ...alternatives[0], top_logprobs: alternatives }));
const end = JSON.stringify({ finish_reason: 'length', usage: { prompt_tokens: 52, completion_tokens: 10, total_tokens: 62 }, timings: { first_token_ms: 0.42, total_ms: 0.51 } });

const bare = new Hono();
bare.post('/bare', (context) =>
  streamSSE(context, async (stream) => {
    for (let index = 0; index < 8; index++) await stream.writeSSE({ event: 'token', data: events[index] ?? '' });
    await stream.writeSSE({ event: 'end', data: end });
  }),
);
// CPU time this process has used, so the bench can report server CPU per stream (a fairer
// measure than streams per second on a shared machine, where the load generator competes too).
bare.get('/cpu', (context) => context.json(process.cpuUsage()));
bare.get('/memory', (context) => {
  globalThis.gc?.();
  globalThis.gc?.();
  return context.json(process.memoryUsage());
});

const embedded = createSuggestApp({ model, rateLimit: false });
// The same model as the server used it before it read the request's document (no document
// cache), so that one run compares the cache's cost under the same load. Only what
// EmbeddedUpstream calls is delegated.
const documentBlind = {
  encode: (text) => model.encode(text),
  documentCache: () => undefined,
  stream: (text, options) => model.stream(text, { ...options, document: undefined }),
};
const withoutDocument = createSuggestApp({ model: () => Promise.resolve(documentBlind), rateLimit: false });
const relayTo = (path) => createSuggestApp({ env: { OPENAI_BASE_URL: `${process.env.BENCH_UPSTREAM}${path}`, OPENAI_MODEL: 'bench-model' }, rateLimit: false });

const servers = await Promise.all([bare, embedded, relayTo('/v1'), relayTo('/held/v1'), withoutDocument].map((app) => serveNode(app, { port: 0 })));
console.log(JSON.stringify({ bare: servers[0].url, embedded: servers[1].url, relay: servers[2].url, held: servers[3].url, withoutDocument: servers[4].url }));

// A normal exit on SIGTERM lets `node --cpu-prof` write the target's profile.
process.on('SIGTERM', () => process.exit(0));
