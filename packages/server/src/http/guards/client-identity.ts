import type { Context } from 'hono';
import type { GetConnInfo } from 'hono/conninfo';
import { resolveClientAddress } from './client-address.js';
import { parseAddress, type TrustProxy } from './trust-proxy.js';

/** The bucket of requests whose client cannot be told: they share one, so none escapes the limit. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * A rate-limit key from an address: IPv4 as is, IPv6 by its /64, since one subscriber usually
 * holds a whole /64 and could otherwise take a fresh address per request.
 *
 * @example
 * clientKeyOf('2001:db8:1:2:aaaa::1'); // '2001:db8:1:2::/64'
 */
export function clientKeyOf(address: string | undefined): string {
  const parsed = address === undefined ? undefined : parseAddress(address);
  if (!parsed) return address === undefined || address === '' ? UNKNOWN_CLIENT : `unparsed:${address.slice(0, 64)}`;
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const parts = (parsed as { parts: number[] }).parts.slice(0, 4).map((part) => part.toString(16));
  return `${parts.join(':')}::/64`;
}

export interface ClientIdentityOptions {
  /** The runtime's connection info (`@hono/node-server/conninfo`, `hono/deno`, `hono/bun`, or Cloudflare's header). */
  getConnInfo?: GetConnInfo | undefined;
  trust: TrustProxy;
}

/**
 * Who a request comes from, as a rate-limit key: the runtime's own peer address, with proxy
 * headers read only as `trust` allows. Without connection info (an app called in process, or an
 * entry that passed none) every request shares the `unknown` bucket: stricter, never bypassable.
 *
 * @example
 * const key = createClientIdentity({ getConnInfo, trust: parseTrustProxy(process.env) });
 * rateLimit({ limit: 120, windowMs: 60_000, key });
 */
export function createClientIdentity(options: ClientIdentityOptions): (context: Context) => string {
  const { getConnInfo, trust } = options;
  return (context) => {
    let peer: string | undefined;
    try {
      peer = getConnInfo?.(context).remote.address;
    } catch {
      // Node's helper throws when the app is called without the server's bindings (app.request()).
      peer = undefined;
    }
    return clientKeyOf(resolveClientAddress(peer, (name) => context.req.header(name), trust));
  };
}
