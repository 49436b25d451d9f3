import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A runtime entry started as its own process. */
export interface RuntimeProcess {
  /** Base URL it listens on, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  /** Kills its whole process group and resolves once it has exited. */
  stop: () => Promise<void>;
}

/** How a process ended when it was expected to fail. */
export interface RuntimeExit {
  code: number | null;
  output: string;
}

const LISTENING = /Suggest API on (http:\/\/\S+)\/v1\/suggest/;
const here = dirname(fileURLToPath(import.meta.url));

// Detached children outlive a test worker that dies without running afterAll: kill what is left.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) killGroup(child, 'SIGKILL');
});

/**
 * The path of an npm-installed binary (`deno`, `bun`): the `node_modules/.bin` link npm made,
 * found the way `npx` finds it, from this package up to the workspace root.
 *
 * @example
 * spawn(installedBinary('deno'), ['--version']);
 */
export function installedBinary(name: string): string {
  for (let directory = here; ; directory = dirname(directory)) {
    const candidate = join(directory, 'node_modules', '.bin', name);
    if (existsSync(candidate)) return candidate;
    if (dirname(directory) === directory) throw new Error(`${name} is not installed: run npm ci (it is a devDependency of @logprob-autocomplete/server)`);
  }
}

function launch(command: string, args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  // A process group of its own, so that stopping it also stops anything a launcher script spawned.
  // Only the variables given: a developer's OPENAI_API_KEY or REDIS_URL must not change what runs.
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' };
  const child = spawn(command, args, { cwd: join(here, '..'), env: { ...base, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
  live.add(child);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      live.delete(child);
      resolve(code);
    });
    child.once('error', (error) => {
      live.delete(child);
      text += `\n${error.message}`;
      resolve(null);
    });
  });
  return { child, output: () => text, exited };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts an entry on a free port and resolves once it prints its listening line; rejects with
 * its output if it exits first or is not listening within `timeoutMs` (and then kills it).
 *
 * @example
 * const deno = await startRuntime(installedBinary('deno'), ['run', '-A', 'src/runtimes/deno.ts'], { PORT: '0' });
 * try { await fetch(`${deno.url}/healthz`); } finally { await deno.stop(); }
 */
export async function startRuntime(command: string, args: string[], env: Record<string, string>, timeoutMs = 90_000): Promise<RuntimeProcess> {
  const { child, output, exited } = launch(command, args, env);
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const forced = setTimeout(() => { killGroup(child, 'SIGKILL'); }, 5_000);
    await exited;
    clearTimeout(forced);
  };
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => { finish(new Error(`not listening after ${timeoutMs} ms:\n${output()}`)); }, timeoutMs);
    const onData = () => {
      const match = LISTENING.exec(output());
      if (match?.[1]) finish(match[1]);
    };
    function finish(result: string | Error) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      if (typeof result === 'string') resolve(result);
      else reject(result);
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => { finish(new Error(`exited with code ${code} before listening:\n${output()}`)); });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, output, stop };
}

/**
 * Runs an entry that is expected to refuse to start, and resolves with its exit code and output;
 * kills it and rejects if it is still running after `timeoutMs`.
 *
 * @example
 * const { code, output } = await runToExit(installedBinary('bun'), ['src/runtimes/bun.ts'], { PORT: 'http' });
 */
export async function runToExit(command: string, args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<RuntimeExit> {
  const { child, output, exited } = launch(command, args, env);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => { reject(new Error(`still running after ${timeoutMs} ms:\n${output()}`)); }, timeoutMs);
  });
  try {
    const code = await Promise.race([exited, timedOut]);
    return { code, output: output() };
  } finally {
    clearTimeout(timer);
    killGroup(child, 'SIGKILL');
  }
}
