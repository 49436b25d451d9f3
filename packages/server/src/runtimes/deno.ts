// Deno entry: deno run --allow-net --allow-env --allow-read node_modules/@logprob-autocomplete/server/dist/runtimes/deno.js
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createSuggestApp } from '../http/create-suggest-app.js';

declare const Deno: {
  env: { toObject(): Record<string, string> };
  serve(options: { port: number; hostname: string }, handler: (request: Request, info: unknown) => Response | Promise<Response>): unknown;
};

const env = Deno.env.toObject();
const app = createSuggestApp({ env, model: loadDefaultModel });

/** The running Deno server (`Deno.serve`), on PORT (8787) and HOST (127.0.0.1). */
export const server = Deno.serve({ port: Number(env.PORT ?? 8787), hostname: env.HOST ?? '127.0.0.1' }, (request, info) => app.fetch(request, info));
