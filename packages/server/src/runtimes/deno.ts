// Deno entry: deno run --allow-net --allow-env --allow-read node_modules/@logprob-autocomplete/server/dist/runtimes/deno.js
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
// `hono/deno` is marked deprecated in favour of `@hono/deno`, which is not on the npm registry;
// it stays in hono 4, so it is used below with the deprecation lint silenced.
import { getConnInfo } from 'hono/deno';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { listeningMessage, readListenOptions } from './listen-options.js';

/** What this entry uses of `Deno.serve`'s server. */
interface DenoServer {
  finished: Promise<void>;
  shutdown(): Promise<void>;
}

declare const Deno: {
  env: { toObject(): Record<string, string> };
  exit(code: number): never;
  serve(
    options: { port: number; hostname: string; onListen: (address: { hostname: string; port: number }) => void },
    handler: (request: Request, info: unknown) => Response | Promise<Response>,
  ): DenoServer;
};

function start(): DenoServer {
  const env = Deno.env.toObject();
  const { port, hostname } = readListenOptions(env);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- @hono/deno is not on npm; see the import
  const app = createSuggestApp({ env, model: loadDefaultModel, getConnInfo });
  // `info` carries `remoteAddr`, the client's address as Deno saw the connection, which
  // `getConnInfo` reads as the rate limit's key.
  return Deno.serve({ port, hostname, onListen: (address) => { console.log(listeningMessage(address.hostname, address.port)); } }, (request, info) => app.fetch(request, info));
}

let running: DenoServer;
try {
  running = start();
} catch (error) {
  // A bad PORT or variable is the user's to fix: say what, without a stack trace.
  console.error(error instanceof Error ? error.message : error);
  Deno.exit(1);
}

/**
 * The running Deno server (`Deno.serve`), on PORT (8787) and HOST (127.0.0.1).
 *
 * @example
 * // deno run --allow-net --allow-env --allow-read dist/runtimes/deno.js
 * await server.shutdown();
 */
export const server = running;
