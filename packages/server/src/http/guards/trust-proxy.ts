import ipaddr from 'ipaddr.js';

/** Headers a proxy may use to pass on who its client was; only one is read, the one configured. */
export const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'true-client-ip', 'cf-connecting-ip'] as const;
export type ProxyHeader = (typeof PROXY_HEADERS)[number];

/**
 * Which peers may speak for a client, as Express's `trust proxy` does: nobody (the default), the
 * nearest `hops` proxies whatever their address, or peers whose address is on a list.
 */
export type TrustProxy =
  | { kind: 'none' }
  | { kind: 'hops'; hops: number; header: ProxyHeader }
  | { kind: 'addresses'; isTrusted: (address: string) => boolean; header: ProxyHeader };

/** Thrown at startup for a `TRUST_PROXY`/`TRUST_PROXY_HEADER` that cannot be used, naming it. */
export class TrustProxyError extends Error {
  override name = 'TrustProxyError';
}

// Express's names for common ranges, so a setting copied from an Express app means the same here.
const PRESETS: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * Parses an address as the runtime or a proxy wrote it, with IPv4-mapped IPv6 (`::ffff:1.2.3.4`,
 * what a dual-stack Node socket reports) turned back into IPv4 so lists and keys agree.
 *
 * @example
 * parseAddress('::ffff:127.0.0.2')?.toString(); // '127.0.0.2'
 */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | undefined {
  const trimmed = text.trim();
  if (!ipaddr.isValid(trimmed)) return undefined;
  const address = ipaddr.parse(trimmed);
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
}

function parseRange(entry: string): [ipaddr.IPv4 | ipaddr.IPv6, number] {
  try {
    if (entry.includes('/')) {
      const [address, bits] = ipaddr.parseCIDR(entry);
      return [address, bits];
    }
    const address = parseAddress(entry);
    if (address) return [address, address.kind() === 'ipv4' ? 32 : 128];
  } catch {
    // Reported below with the variable's name.
  }
  throw new TrustProxyError(`TRUST_PROXY: "${entry}" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal`);
}

/**
 * Reads `TRUST_PROXY` and `TRUST_PROXY_HEADER`. Unset, empty, `false` or `0` trusts no one: the
 * address is the connection's own. A whole number trusts that many proxies in front of the
 * server; a comma-separated list of addresses, CIDR ranges and the presets `loopback`,
 * `linklocal`, `uniquelocal` trusts peers on it. `true` is refused: it would let any client name
 * itself. The header defaults to `x-forwarded-for`.
 *
 * @example
 * parseTrustProxy({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }); // { kind: 'addresses', ... }
 */
export function parseTrustProxy(env: Readonly<Record<string, unknown>>): TrustProxy {
  const value = typeof env.TRUST_PROXY === 'string' ? env.TRUST_PROXY.trim() : '';
  if (value === '' || value === 'false' || value === '0') return { kind: 'none' };
  const headerValue = typeof env.TRUST_PROXY_HEADER === 'string' ? env.TRUST_PROXY_HEADER.trim().toLowerCase() : '';
  const header = (headerValue || 'x-forwarded-for') as ProxyHeader;
  if (!PROXY_HEADERS.includes(header)) {
    throw new TrustProxyError(`TRUST_PROXY_HEADER must be one of ${PROXY_HEADERS.join(', ')}, got "${headerValue}"`);
  }
  if (value === 'true') {
    throw new TrustProxyError('TRUST_PROXY=true would let any client choose its own address; give the number of proxies in front of the server (e.g. 1) or their addresses (e.g. loopback, 10.0.0.0/8)');
  }
  if (/^\d+$/.test(value)) return { kind: 'hops', hops: Number(value), header };
  const ranges = value.split(',').map((entry) => entry.trim()).filter(Boolean).flatMap((entry) => PRESETS[entry] ?? [entry]).map(parseRange);
  const isTrusted = (text: string): boolean => {
    const address = parseAddress(text);
    return address !== undefined && ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
  };
  return { kind: 'addresses', isTrusted, header };
}
