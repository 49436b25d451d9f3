// Bun entry: bun node_modules/@logprob-autocomplete/server/dist/runtimes/bun.js
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
// `hono/bun` is marked deprecated in favour of `@hono/bun`, which is not on the npm registry;
// it stays in hono 4, so it is used below with the deprecation lint silenced.
import { getConnInfo } from 'hono/bun';
import { createSuggestApp } from '../http/create-suggest-app.js';
import { listeningMessage, readListenOptions } from './listen-options.js';

/** What this entry uses of `Bun.serve`'s server. */
interface BunServer {
  hostname: string;
  port: number;
  stop(closeActiveConnections?: boolean): Promise<void>;
}

declare const Bun: {
  serve(options: {
    port: number;
    hostname: string;
    idleTimeout: number;
    fetch: (request: Request, server: BunServer) => Response | Promise<Response>;
  }): BunServer;
};

function start(): BunServer {
  const { port, hostname } = readListenOptions(process.env);
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- @hono/bun is not on npm; see the import
  const app = createSuggestApp({ env: process.env, model: loadDefaultModel, getConnInfo });
  const server = Bun.serve({
    port,
    hostname,
    // Bun closes a connection idle for 10 s by default; a slow upstream may legitimately stay
    // silent longer (SUGGEST_TIMEOUT_MS goes up to 120 s), and the route's own budget should end
    // it with an error event the element understands, not a cut connection.
    idleTimeout: 130,
    // Bun passes itself as the second argument: `getConnInfo` asks it `server.requestIP(request)`.
    fetch: (request, bunServer) => app.fetch(request, bunServer),
  });
  console.log(listeningMessage(server.hostname, server.port));
  return server;
}

let running: BunServer | undefined;
try {
  running = start();
} catch (error) {
  // A bad PORT or variable is the user's to fix: say what, without a stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

/**
 * The running Bun server (`Bun.serve`), on PORT (8787) and HOST (127.0.0.1); undefined when the
 * configuration was refused (the process then exits with code 1).
 *
 * @example
 * // bun dist/runtimes/bun.js
 * await server?.stop();
 */
export const server = running;
