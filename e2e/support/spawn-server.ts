import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// See reap-with-parent.mjs: it keeps the server's process group from outliving this process.
const reaper = fileURLToPath(new URL('reap-with-parent.mjs', import.meta.url));

export interface SpawnedServer {
  url: string;
  stop(): Promise<void>;
}

export interface SpawnServerOptions {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** What the server prints once it listens; group 1 (if any) is its URL. */
  ready: RegExp;
  /** The URL when the server does not print it (for example a port chosen beforehand). */
  url?: string;
  timeoutMs: number;
  name: string;
}

/**
 * Starts a server as a child process in its own process group (wrangler starts workerd as a
 * grandchild) and resolves with its URL once its output says it listens. The group is stopped by
 * `stop()`, when this process exits, and (through reap-with-parent.mjs, which leads the group and
 * watches a pipe from this process) when this process is killed by any signal, SIGKILL included.
 *
 * @example
 * const server = await spawnServer({ command: 'node', args: ['main.js'], ready: /demo: (\S+)/, ... });
 */
export function spawnServer(options: SpawnServerOptions): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [reaper, options.command, ...options.args], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    // stdin is the pipe the reaper watches: it is never written to, and closes when we end.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdin.on('error', () => undefined);
  const pid = child.pid;
  // `exit` handlers run on process.exit() and normal ends, not on signals: the reaper covers those.
  const onExit = () => { if (pid !== undefined) signalGroup(pid, 'SIGKILL'); };
  process.once('exit', onExit);
  child.once('exit', () => { process.removeListener('exit', onExit); });
  let output = '';
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      void stopChild(child);
      reject(new Error(`${options.name} did not start: ${reason}\n--- its output ---\n${output}`));
    };
    const timer = setTimeout(() => { fail(`no "ready" line within ${options.timeoutMs} ms`); }, options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.DEBUG?.includes('e2e')) process.stderr.write(`[${options.name}] ${chunk.toString()}`);
      const match = options.ready.exec(output);
      const url = match?.[1] ?? options.url;
      if (match && url) {
        clearTimeout(timer);
        resolve({ url, stop: () => stopChild(child) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => { fail(`it exited (code ${code}, signal ${signal})`); });
    child.once('error', (error) => { fail(error.message); });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const force = setTimeout(() => { signalGroup(pid, 'SIGKILL'); }, 3000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    signalGroup(pid, 'SIGTERM');
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
