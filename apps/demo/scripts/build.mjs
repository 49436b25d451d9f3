// Builds the page (Vite, into dist/client) and the Node server (tsc, into dist/server) at the
// same time: neither needs the other, and `npm start` waits for both.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const directory = fileURLToPath(new URL('..', import.meta.url));
rmSync(new URL('../dist/server', import.meta.url), { recursive: true, force: true });

const compileServer = () =>
  new Promise((resolve, reject) => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.server.json'], { stdio: 'inherit', cwd: directory });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tsc -p tsconfig.server.json exited with ${code}`))));
  });

try {
  await Promise.all([build({ root: directory, logLevel: 'warn' }), compileServer()]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
