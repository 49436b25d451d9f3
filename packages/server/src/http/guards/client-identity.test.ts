import { Hono } from 'hono';
import type { GetConnInfo } from 'hono/conninfo';
import { describe, expect, it } from 'vitest';
import { clientKeyOf, createClientIdentity, UNKNOWN_CLIENT } from './client-identity.js';
import { parseTrustProxy } from './trust-proxy.js';

function appWith(getConnInfo: GetConnInfo | undefined, env: Record<string, string> = {}) {
  const identity = createClientIdentity({ getConnInfo, trust: parseTrustProxy(env) });
  return new Hono().get('/', (context) => context.text(identity(context)));
}

describe('clientKeyOf', () => {
  it('keys IPv4 by address and IPv6 by its /64', () => {
    expect(clientKeyOf('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(clientKeyOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKeyOf('2001:db8:1:2:bbbb::9')).toBe(clientKeyOf('2001:db8:1:2:aaaa::1'));
    expect(clientKeyOf(undefined)).toBe(UNKNOWN_CLIENT);
    expect(clientKeyOf('')).toBe(UNKNOWN_CLIENT);
  });
});

describe('createClientIdentity', () => {
  it('uses the runtime address and no header a client sends', async () => {
    const app = appWith(() => ({ remote: { address: '127.0.0.2', addressType: 'IPv4' } }));
    const response = await app.request('/', { headers: { 'cf-connecting-ip': '1.2.3.4', 'x-forwarded-for': '1.2.3.4' } });
    expect(await response.text()).toBe('127.0.0.2');
  });

  it('puts requests without connection info in one shared bucket, whatever they claim', async () => {
    const throwing: GetConnInfo = () => { throw new TypeError("Cannot read properties of undefined (reading 'incoming')"); };
    for (const app of [appWith(undefined), appWith(throwing)]) {
      const response = await app.request('/', { headers: { 'cf-connecting-ip': '1.2.3.4' } });
      expect(await response.text()).toBe(UNKNOWN_CLIENT);
    }
  });

  it('reads the forwarded-for chain behind a trusted proxy', async () => {
    const app = appWith(() => ({ remote: { address: '::ffff:127.0.0.1' } }), { TRUST_PROXY: 'loopback' });
    const response = await app.request('/', { headers: { 'x-forwarded-for': '198.51.100.4' } });
    expect(await response.text()).toBe('198.51.100.4');
  });
});
