import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, parseAllowedOrigins } from './cors-allowlist.js';

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

  it('allows exactly the listed origins', () => {
    expect(isAllowedOrigin('https://a.example', 'https://api.example/', ['https://a.example'])).toBe(true);
    expect(isAllowedOrigin('https://api.example', 'https://api.example/', ['https://a.example'])).toBe(false);
  });
});
