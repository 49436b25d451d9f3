import { describe, expect, it } from 'vitest';
import { listeningMessage, readListenOptions } from './listen-options.js';

describe('readListenOptions', () => {
  it('defaults to 127.0.0.1:8787 and accepts 0 (a free port)', () => {
    expect(readListenOptions({})).toEqual({ port: 8787, hostname: '127.0.0.1' });
    expect(readListenOptions({ PORT: '0', HOST: '::1' })).toEqual({ port: 0, hostname: '::1' });
  });

  it.each(['http', '-1', '65536', '80.5', '1e9'])('refuses PORT=%s, naming the variable and the value', (value) => {
    expect(() => readListenOptions({ PORT: value })).toThrow(`PORT must be a port number, got "${value}"`);
  });

  it('brackets IPv6 hosts in the listening line', () => {
    expect(listeningMessage('::1', 8787)).toBe('Suggest API on http://[::1]:8787/v1/suggest');
  });
});
