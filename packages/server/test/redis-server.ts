import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real redis-server on a unix socket of its own (no TCP port at all), for one test file. */
export interface RedisServer {
  /** `unix:///…/redis.sock`, as `REDIS_URL` takes it. */
  url: string;
  socket: string;
  /** Stops it (SIGTERM, then SIGKILL) and removes its directory. Safe to call twice. */
  stop: () => Promise<void>;
}

/**
 * Starts `redis-server` (Debian's `redis-server` package; `.ci/run` installs it) with nothing
 * persisted, and resolves once it accepts connections. `extraArguments` go on its command line.
 *
 * @example
 * const redis = await startRedisServer();
 * try { ... REDIS_URL: redis.url ... } finally { await redis.stop(); }
 */
export async function startRedisServer(extraArguments: string[] = []): Promise<RedisServer> {
  const directory = mkdtempSync(join(tmpdir(), 'redis-test-'));
  const socket = join(directory, 'redis.sock');
  const child = spawn('redis-server', ['--port', '0', '--unixsocket', socket, '--unixsocketperm', '700', '--save', '', '--appendonly', 'no', '--dir', directory, '--loglevel', 'notice', ...extraArguments], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/ready to accept connections/i.test(output)) {
        child.stdout.off('data', onData);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.once('error', (error) => { reject(new Error(`cannot start redis-server (apt-get install redis-server): ${error.message}`)); });
    void exited.then(() => { reject(new Error(`redis-server exited before it was ready:\n${output}`)); });
  });
  child.stdout.resume();
  child.stderr.resume();
  let stopped: Promise<void> | undefined;
  return {
    url: `unix://${socket}`,
    socket,
    stop: () => (stopped ??= stop(child, exited).then(() => { rmSync(directory, { recursive: true, force: true }); })),
  };
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
