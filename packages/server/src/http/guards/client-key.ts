import type { Context } from 'hono';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Who a request comes from, for rate limiting, without trusting headers a client can forge:
 * the socket's address under Node (`@hono/node-server` passes the socket in `env.incoming`),
 * Deno's `remoteAddr`, Bun's `server.requestIP()`, and Cloudflare's own `CF-Connecting-IP`
 * elsewhere. Behind a proxy you
 * trust, pass your own key function instead.
 *
 * @example
 * rateLimit({ limit: 120, windowMs: 60_000, key: defaultClientKey });
 */
export function defaultClientKey(context: Context): string {
  const env: unknown = context.env;
  if (isRecord(env)) {
    const incoming = env.incoming;
    if (isRecord(incoming) && isRecord(incoming.socket) && typeof incoming.socket.remoteAddress === 'string') {
      return incoming.socket.remoteAddress;
    }
    const remoteAddr = env.remoteAddr;
    if (isRecord(remoteAddr) && typeof remoteAddr.hostname === 'string') return remoteAddr.hostname;
    if (typeof env.requestIP === 'function') {
      const address: unknown = (env.requestIP as (request: Request) => unknown)(context.req.raw);
      if (isRecord(address) && typeof address.address === 'string') return address.address;
    }
  }
  return context.req.header('cf-connecting-ip') ?? 'unknown';
}
