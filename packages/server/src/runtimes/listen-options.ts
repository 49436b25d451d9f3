/**
 * Where an entry listens.
 *
 * @example
 * const { port, hostname }: ListenOptions = readListenOptions({ PORT: '8787' });
 */
export interface ListenOptions {
  port: number;
  hostname: string;
}

/**
 * Reads `PORT` (default 8787; 0 picks a free port) and `HOST` (default 127.0.0.1) with the Node
 * entry's rule, so that the Deno and Bun entries refuse a bad `PORT` with the same message instead
 * of each runtime's own error (Deno throws a TypeError with a stack, Bun picks a port).
 *
 * @example
 * readListenOptions({ PORT: '0' }); // { port: 0, hostname: '127.0.0.1' }
 * readListenOptions({ PORT: 'http' }); // throws: PORT must be a port number, got "http"
 */
export function readListenOptions(env: Readonly<Record<string, string | undefined>>): ListenOptions {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, got "${env.PORT ?? ''}"`);
  return { port, hostname: env.HOST ?? '127.0.0.1' };
}

/**
 * The line every entry prints once it listens; tests and scripts wait for it.
 *
 * @example
 * listeningMessage('127.0.0.1', 8787); // 'Suggest API on http://127.0.0.1:8787/v1/suggest'
 */
export function listeningMessage(hostname: string, port: number): string {
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return `Suggest API on http://${host}:${port}/v1/suggest`;
}
