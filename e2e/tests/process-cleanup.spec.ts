import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, test } from '../support/demo-test.js';
import { TARGET_URL_VARIABLE } from '../support/targets.js';

const support = fileURLToPath(new URL('../support/', import.meta.url));

// The real global setup in a process of its own, which prints the servers' URLs and then waits:
// the test runner's part in `npm test`, which turbo or a user may stop at any moment.
const LAUNCHER = `
import globalSetup from './global-setup.ts';
import { TARGET_URL_VARIABLE } from './targets.ts';
await globalSetup({});
console.log(JSON.stringify(Object.values(TARGET_URL_VARIABLE).map((name) => process.env[name]).filter(Boolean)));
setInterval(() => undefined, 60_000);
`;

async function bundleLauncher(outfile: string): Promise<void> {
  await build({
    stdin: { contents: LAUNCHER, resolveDir: support, loader: 'ts', sourcefile: 'launcher.ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // The support modules find the demo and the reaper relative to their own files.
    define: { 'import.meta.url': JSON.stringify(new URL('global-setup.ts', `file://${support}`).href) },
    logLevel: 'warning',
  });
}

/** Every process under `root` (children, grandchildren...), from /proc. */
async function descendants(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // The command name (field 2) may hold spaces; the fields after its ')' are fixed.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) if (parent === pid) { found.push(child); walk(child); }
  };
  walk(root);
  return found;
}

/** Whether `pid` still runs (a zombie waiting to be reaped has stopped running). */
async function running(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat !== '' && stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

async function answers(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) }).then(() => true, () => false);
}

test.describe('servers started for the e2e run', () => {
  // Starting three demo servers and wrangler on a busy two-core machine takes a while.
  test.setTimeout(180_000);

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGKILL'] as const) {
    // Playwright reads fixture dependencies from the destructuring pattern, which is empty here.
    // eslint-disable-next-line no-empty-pattern -- see above
    test(`stop when the process that started them gets ${signal}`, async ({}, testInfo) => {
      const launcher = testInfo.outputPath('launcher.mjs');
      await bundleLauncher(launcher);
      const parent = spawn(process.execPath, [launcher], {
        env: { ...process.env, E2E_TARGETS: 'node,workerd' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      parent.stderr.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      const urls = await new Promise<string[]>((resolve, reject) => {
        parent.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const line = /^\[.*\]$/m.exec(output)?.[0];
          if (line) resolve(JSON.parse(line) as string[]);
        });
        parent.once('exit', (code) => { reject(new Error(`the launcher exited (${code}) before its servers were up:\n${output}`)); });
      });
      expect(urls).toHaveLength(Object.keys(TARGET_URL_VARIABLE).length);
      for (const url of urls) expect(await answers(url), url).toBe(true);
      const processes = await descendants(parent.pid ?? 0);
      // At least the three demo servers and wrangler (with workerd under it).
      expect(processes.length).toBeGreaterThanOrEqual(4);

      parent.kill(signal);

      await expect.poll(async () => (await Promise.all(urls.map(answers))).filter(Boolean).length, { timeout: 20_000 }).toBe(0);
      await expect.poll(async () => (await Promise.all(processes.map(running))).filter(Boolean).length, { timeout: 20_000 }).toBe(0);
    });
  }
});
