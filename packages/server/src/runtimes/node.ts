import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';

export { connectNodeSharedState, type NodeSharedState } from './node-shared-state.js';

/** A running Node server: where it listens, and how to stop it. */
export interface NodeServer {
  url: string;
  port: number;
  server: ServerType;
  close: () => Promise<void>;
}

/** Thrown when the port is taken, with a message that says what to do. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/**
 * Serves any fetch handler (the suggest app, or an app that mounts it) with @hono/node-server.
 * Resolves once listening; port 0 picks a free port.
 *
 * @example
 * const { url } = await serveNode(createSuggestApp({ env: process.env }), { port: 8787, hostname: '127.0.0.1' });
 */
export function serveNode(
  app: { fetch: (request: Request, env?: unknown) => Response | Promise<Response> },
  options: { port?: number; hostname?: string } = {},
): Promise<NodeServer> {
  const port = options.port ?? 8787;
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: (request, env) => app.fetch(request, env), port, hostname }, (info: AddressInfo) => {
      server.off('error', onError);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        server,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => { done(); });
          }),
      });
    });
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE'
        ? new PortInUseError(`Port ${port} on ${hostname} is already in use. Stop the other server or choose another port with PORT=<port>.`)
        : error);
    };
    server.once('error', onError);
  });
}
