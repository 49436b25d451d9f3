import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, test } from '../support/demo-test.js';

// `npm start` is `node scripts/start.mjs`: a turbo build (which this test run already depends
// on) and then the one-process server. `--no-build` runs the second half exactly as npm start does.
const startScript = fileURLToPath(new URL('../../scripts/start.mjs', import.meta.url));

function runStart(port: string): Promise<{ code: number | null; stdout: string; stderr: string; stop: () => void }> {
  const child = spawn(process.execPath, [startScript, '--no-build'], {
    env: { ...process.env, PORT: port, OPENAI_API_KEY: '', OPENAI_BASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve) => {
    const stop = () => { child.kill('SIGTERM'); };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('logprob-autocomplete demo:')) resolve({ code: null, stdout, stderr, stop });
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('exit', (code) => { resolve({ code, stdout, stderr, stop }); });
  });
}

test.describe('npm start', () => {
  test('prints the URL and serves the page and the API from one process', async ({ request }) => {
    const started = await runStart('0');
    try {
      const url = /logprob-autocomplete demo: (http:\/\/127\.0\.0\.1:\d+)/.exec(started.stdout)?.[1];
      expect(url, started.stderr).toBeTruthy();
      const page = await request.get(`${url ?? ''}/`);
      expect(await page.text()).toContain('<logprob-autocomplete');
      const health = await request.get(`${url ?? ''}/healthz`);
      expect(await health.json()).toMatchObject({ status: 'ok', provider: 'embedded' });
    } finally {
      started.stop();
    }
  });

  test('says clearly when the port is in use', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => { blocker.listen(0, '127.0.0.1', resolve); });
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await runStart(String(port));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is in use; set PORT to another port`);
      // A message for a person, not a stack trace.
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
