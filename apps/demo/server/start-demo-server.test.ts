import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePort, PortInUseError, startDemoServer } from './start-demo-server.js';

describe('parsePort', () => {
  it('defaults to 8787 and accepts ports', () => {
    expect(parsePort(undefined)).toBe(8787);
    expect(parsePort('')).toBe(8787);
    expect(parsePort('3000')).toBe(3000);
    expect(parsePort('0')).toBe(0);
  });

  it('names the variable and the value it rejects', () => {
    expect(() => parsePort('80a')).toThrow('PORT must be an integer from 0 to 65535, received "80a"');
    expect(() => parsePort('70000')).toThrow(RangeError);
  });
});

describe('startDemoServer', () => {
  const assetsDirectory = mkdtempSync(join(tmpdir(), 'demo-start-'));
  writeFileSync(join(assetsDirectory, 'index.html'), '<!doctype html><title>one process</title>');
  afterAll(() => { rmSync(assetsDirectory, { recursive: true, force: true }); });

  it('serves the page and the API on one origin', async () => {
    const api = { fetch: () => Response.json({ status: 'ok' }) };
    const server = await startDemoServer({ api, port: 0, assetsDirectory });
    try {
      expect(await (await fetch(`${server.url}/`)).text()).toContain('one process');
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
    } finally {
      await server.close();
    }
  });

  it('rejects with a clear message when the port is taken', async () => {
    const api = { fetch: () => new Response() };
    const first = await startDemoServer({ api, port: 0, assetsDirectory });
    try {
      const second = startDemoServer({ api, port: first.port, assetsDirectory });
      await expect(second).rejects.toBeInstanceOf(PortInUseError);
      await expect(second).rejects.toThrow(`Port ${first.port} is in use; set PORT to another port`);
    } finally {
      await first.close();
    }
  });

  it('says how to build the page when it is missing', async () => {
    const api = { fetch: () => new Response() };
    await expect(startDemoServer({ api, port: 0, assetsDirectory: join(assetsDirectory, 'missing') })).rejects.toThrow(/not built/);
  });
});
