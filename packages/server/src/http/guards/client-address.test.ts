import { describe, expect, it } from 'vitest';
import { resolveClientAddress } from './client-address.js';
import { parseTrustProxy } from './trust-proxy.js';

const headers = (values: Record<string, string>) => (name: string) => values[name];

// Every header a client might forge to pick its own bucket.
const SPOOFED = {
  'x-forwarded-for': '203.0.113.9',
  forwarded: 'for=203.0.113.9',
  'x-real-ip': '203.0.113.9',
  'true-client-ip': '203.0.113.9',
  'cf-connecting-ip': '203.0.113.9',
};

describe('resolveClientAddress', () => {
  it('ignores every proxy header when no proxy is trusted', () => {
    expect(resolveClientAddress('127.0.0.2', headers(SPOOFED), parseTrustProxy({}))).toBe('127.0.0.2');
  });

  it('ignores the header when the peer is not a trusted proxy', () => {
    expect(resolveClientAddress('198.51.100.4', headers(SPOOFED), parseTrustProxy({ TRUST_PROXY: 'loopback' }))).toBe('198.51.100.4');
  });

  it('walks x-forwarded-for from the right past trusted proxies only', () => {
    const trust = parseTrustProxy({ TRUST_PROXY: 'loopback, 10.0.0.0/8' });
    // The client forged the leftmost entry; 198.51.100.4 is the first address no trusted proxy vouches for beyond.
    expect(resolveClientAddress('127.0.0.1', headers({ 'x-forwarded-for': '1.1.1.1, 198.51.100.4, 10.0.0.3' }), trust)).toBe('198.51.100.4');
    expect(resolveClientAddress('127.0.0.1', headers({ 'x-forwarded-for': '10.0.0.9, 10.0.0.3' }), trust)).toBe('10.0.0.9');
  });

  it('takes the nth address from the right for a hop count, never past the leftmost', () => {
    const chain = headers({ 'x-forwarded-for': '1.1.1.1, 198.51.100.4:5000, 10.0.0.3' });
    expect(resolveClientAddress('127.0.0.1', chain, parseTrustProxy({ TRUST_PROXY: '1' }))).toBe('10.0.0.3');
    expect(resolveClientAddress('127.0.0.1', chain, parseTrustProxy({ TRUST_PROXY: '2' }))).toBe('198.51.100.4');
    expect(resolveClientAddress('127.0.0.1', chain, parseTrustProxy({ TRUST_PROXY: '9' }))).toBe('1.1.1.1');
  });

  it('reads RFC 7239 Forwarded with quotes, brackets and ports', () => {
    const trust = parseTrustProxy({ TRUST_PROXY: '1', TRUST_PROXY_HEADER: 'forwarded' });
    expect(resolveClientAddress('127.0.0.1', headers({ forwarded: 'for=192.0.2.1, for="[2001:db8::17]:4711";proto=https' }), trust)).toBe('2001:db8::17');
    expect(resolveClientAddress('127.0.0.1', headers({ forwarded: 'for=192.0.2.60:8080;by=203.0.113.43' }), trust)).toBe('192.0.2.60');
  });

  it('reads a single-address header only from a trusted peer, and only the configured one', () => {
    const trust = parseTrustProxy({ TRUST_PROXY: 'loopback', TRUST_PROXY_HEADER: 'x-real-ip' });
    expect(resolveClientAddress('127.0.0.1', headers(SPOOFED), trust)).toBe('203.0.113.9');
    expect(resolveClientAddress('127.0.0.1', headers({ 'x-forwarded-for': '203.0.113.9' }), trust)).toBe('127.0.0.1');
  });

  it('keeps the peer when the header is missing or empty, and has no address without a peer', () => {
    const trust = parseTrustProxy({ TRUST_PROXY: '1' });
    expect(resolveClientAddress('127.0.0.1', headers({ 'x-forwarded-for': ' ' }), trust)).toBe('127.0.0.1');
    expect(resolveClientAddress(undefined, headers(SPOOFED), trust)).toBeUndefined();
  });
});
