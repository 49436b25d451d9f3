import type { ProxyHeader, TrustProxy } from './trust-proxy.js';

/** Proxies a chain may name that are read at most; longer headers are someone's attack, not a route. */
const MAX_CHAIN = 32;

// RFC 7239: `for=192.0.2.60;proto=http, for="[2001:db8::17]:4711"`; quotes, brackets and ports go.
function forwardedFor(value: string): string[] {
  const addresses: string[] = [];
  for (const element of value.split(',')) {
    const pair = element.split(';').map((part) => part.trim()).find((part) => part.toLowerCase().startsWith('for='));
    if (pair === undefined) continue;
    addresses.push(stripPort(pair.slice(4).replace(/^"|"$/g, '')));
  }
  return addresses;
}

function stripPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1] !== undefined) return bracketed[1];
  // One colon is IPv4 with a port; IPv6 has several.
  return /^[^:]+:\d+$/.test(address) ? address.slice(0, address.lastIndexOf(':')) : address;
}

function chainFrom(header: ProxyHeader, value: string): string[] {
  if (header === 'forwarded') return forwardedFor(value);
  if (header === 'x-forwarded-for') return value.split(',').map((entry) => stripPort(entry.trim())).filter(Boolean);
  // x-real-ip, true-client-ip, cf-connecting-ip: one address, set by the proxy.
  return [stripPort(value.trim())];
}

/**
 * The address of the client behind a request: the connection's peer, unless that peer is a
 * trusted proxy, in which case the configured header is read from the right, skipping trusted
 * hops, as Express's `trust proxy` does. With no trust configured every header is ignored, so a
 * client cannot choose its own address.
 *
 * @example
 * resolveClientAddress('10.0.0.5', (name) => headers.get(name) ?? undefined, parseTrustProxy({ TRUST_PROXY: '10.0.0.0/8' }));
 */
export function resolveClientAddress(peer: string | undefined, header: (name: string) => string | undefined, trust: TrustProxy): string | undefined {
  if (trust.kind === 'none' || peer === undefined) return peer;
  const value = header(trust.header);
  if (value === undefined || value.trim() === '') return peer;
  const chain = [...chainFrom(trust.header, value).slice(-MAX_CHAIN), peer];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)];
  let index = chain.length - 1;
  while (index > 0 && trust.isTrusted(chain[index] ?? '')) index--;
  return chain[index];
}
