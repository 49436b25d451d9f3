import { PortInUseError as ServerPortInUseError, serveNode, type NodeServer } from '@logprob-autocomplete/server/node';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDemoApp, type FetchHandler } from './create-demo-app.js';

/** Vite's output, next to this compiled file's folder (`dist/server/` → `dist/client/`). */
export const DEFAULT_ASSETS_DIRECTORY = fileURLToPath(new URL('../client/', import.meta.url));

export interface StartDemoServerOptions {
  api: FetchHandler;
  port?: number;
  hostname?: string;
  assetsDirectory?: string;
}

/** Thrown when the port is taken; its message is what the person running the demo should read. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(readonly port: number) {
    super(`Port ${port} is in use; set PORT to another port (for example PORT=${port === 8787 ? 8788 : 8787} npm start).`);
  }
}

/**
 * Reads `PORT` the way people type it: unset or empty means 8787, anything else must be a port.
 *
 * @example
 * parsePort('3000'); // 3000
 * parsePort(undefined); // 8787
 */
export function parsePort(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 8787;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`PORT must be an integer from 0 to 65535, received "${value}"`);
  }
  return port;
}

/**
 * Serves the built page and the suggest function from one Node process and one origin.
 *
 * @example
 * const server = await startDemoServer({ api: createSuggestApp({ env: process.env }), port: 8787 });
 * console.log(`logprob-autocomplete demo: ${server.url}`);
 */
export async function startDemoServer(options: StartDemoServerOptions): Promise<NodeServer> {
  const assetsDirectory = options.assetsDirectory ?? DEFAULT_ASSETS_DIRECTORY;
  if (!existsSync(assetsDirectory)) {
    throw new Error(`The demo page is not built (${assetsDirectory} is missing); run npm run build -w @logprob-autocomplete/demo`);
  }
  const app = createDemoApp({ api: options.api, assetsDirectory });
  const port = options.port ?? 8787;
  try {
    return await serveNode(app, { port, hostname: options.hostname ?? '127.0.0.1' });
  } catch (error) {
    throw error instanceof ServerPortInUseError ? new PortInUseError(port) : error;
  }
}
