import { describe, expect, it } from 'vitest';
import { parseAddress, parseTrustProxy, TrustProxyError } from './trust-proxy.js';

describe('parseTrustProxy', () => {
  it('trusts no one when unset, empty, false or 0', () => {
    for (const value of [undefined, '', ' ', 'false', '0']) expect(parseTrustProxy({ TRUST_PROXY: value })).toEqual({ kind: 'none' });
  });

  it('reads a hop count and the header to read', () => {
    expect(parseTrustProxy({ TRUST_PROXY: '2' })).toEqual({ kind: 'hops', hops: 2, header: 'x-forwarded-for' });
    expect(parseTrustProxy({ TRUST_PROXY: '1', TRUST_PROXY_HEADER: 'Forwarded' })).toEqual({ kind: 'hops', hops: 1, header: 'forwarded' });
  });

  it('matches addresses, CIDR ranges and Express presets, IPv4-mapped IPv6 included', () => {
    const trust = parseTrustProxy({ TRUST_PROXY: 'loopback, 10.0.0.0/8, 2001:db8::/32, 192.0.2.7' });
    if (trust.kind !== 'addresses') throw new Error(`expected addresses, got ${trust.kind}`);
    for (const address of ['127.0.0.1', '::ffff:127.0.0.2', '::1', '10.200.1.1', '2001:db8:ffff::1', '192.0.2.7']) expect(trust.isTrusted(address)).toBe(true);
    for (const address of ['11.0.0.1', '192.0.2.8', '2001:db9::1', 'not-an-ip', '']) expect(trust.isTrusted(address)).toBe(false);
  });

  it('refuses what it cannot use, naming the variable', () => {
    expect(() => parseTrustProxy({ TRUST_PROXY: 'true' })).toThrow(TrustProxyError);
    expect(() => parseTrustProxy({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY=true/);
    expect(() => parseTrustProxy({ TRUST_PROXY: 'proxy.example' })).toThrow(/TRUST_PROXY: "proxy.example" is not an IP address/);
    expect(() => parseTrustProxy({ TRUST_PROXY: '10.0.0.0/99' })).toThrow(/TRUST_PROXY: "10.0.0.0\/99"/);
    expect(() => parseTrustProxy({ TRUST_PROXY: '1', TRUST_PROXY_HEADER: 'x-client' })).toThrow(/TRUST_PROXY_HEADER must be one of/);
  });
});

describe('parseAddress', () => {
  it('turns IPv4-mapped IPv6 back into IPv4 and rejects non-addresses', () => {
    expect(parseAddress('::ffff:127.0.0.2')?.toString()).toBe('127.0.0.2');
    expect(parseAddress(' ::1 ')?.toString()).toBe('::1');
    expect(parseAddress('localhost')).toBeUndefined();
  });
});
