import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { corsAllowlist, isAllowedOrigin, parseAllowedOrigins } from './cors-allowlist.js';

describe('CORS allowlist', () => {
  it('parses ALLOWED_ORIGINS', () => {
    expect(parseAllowedOrigins(undefined)).toBe('default');
    expect(parseAllowedOrigins(' * ')).toBe('*');
    expect(parseAllowedOrigins('https://a.example/, https://b.example')).toEqual(['https://a.example', 'https://b.example']);
  });

  it('allows same origin and localhost by default, and nothing else', () => {
    const url = 'https://api.example/v1/suggest';
    expect(isAllowedOrigin('https://api.example', url, 'default')).toBe(true);
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:8787', 'http://[::1]:3000', 'https://localhost']) expect(isAllowedOrigin(origin, url, 'default')).toBe(true);
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null', 'http://127.0.0.1.evil:80']) expect(isAllowedOrigin(origin, url, 'default')).toBe(false);
  });

  it('allows the listed origins and the server\'s own, nothing else', () => {
    expect(isAllowedOrigin('https://a.example', 'https://api.example/', ['https://a.example'])).toBe(true);
    expect(isAllowedOrigin('https://api.example', 'https://api.example/v1/suggest', ['https://a.example'])).toBe(true);
    expect(isAllowedOrigin('http://api.example', 'https://api.example/', ['https://a.example'])).toBe(false);
    expect(isAllowedOrigin('https://api.example:8443', 'https://api.example/', ['https://a.example'])).toBe(false);
    expect(isAllowedOrigin('http://localhost:5173', 'https://api.example/', ['https://a.example'])).toBe(false);
  });

  it('serves a same-origin page even when ALLOWED_ORIGINS lists only other origins', async () => {
    const app = new Hono();
    app.use('*', corsAllowlist(parseAllowedOrigins('https://app.example'), []));
    app.post('/v1/suggest', (context) => context.text('ok'));
    const own = await app.request('https://api.example/v1/suggest', { method: 'POST', headers: { origin: 'https://api.example' } });
    expect(own.status).toBe(200);
    expect(await own.text()).toBe('ok');
    const listed = await app.request('https://api.example/v1/suggest', { method: 'POST', headers: { origin: 'https://app.example' } });
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await app.request('https://api.example/v1/suggest', { method: 'POST', headers: { origin: 'https://evil.example' } });
    expect(other.status).toBe(403);
  });
});
