// Runs a server for the e2e tests and takes it down with the test runner, however the runner ends.
//
//   node reap-with-parent.mjs <command> [args...]
//
// spawn-server.ts starts this script as the leader of a new process group, with a pipe as its
// stdin. The server (and whatever it starts, such as wrangler's workerd) stays in that group. When
// the pipe closes, the process that started us has ended: normally, by SIGINT or SIGTERM, or by
// SIGKILL, which no handler in that process could have caught. Then, or on SIGTERM or SIGINT to
// this process, the whole group gets SIGTERM, and SIGKILL if it is still there after a grace period.
// It is plain JavaScript because it runs as its own `node` process, before any TypeScript loader.
import { spawn } from 'node:child_process';

const GRACE_MS = 3000;
const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node reap-with-parent.mjs <command> [args...]\n');
  process.exit(2);
}

const server = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
let stopping = false;

function signalGroup(signal) {
  try {
    process.kill(-process.pid, signal);
  } catch {
    // The group is already gone.
  }
}

function stopGroup() {
  if (stopping) return;
  stopping = true;
  signalGroup('SIGTERM');
  // SIGKILL reaches this process too, which is fine: everything is down then.
  setTimeout(() => { signalGroup('SIGKILL'); }, GRACE_MS).unref();
}

// Our own SIGTERM (from stopGroup, or from a group-wide signal) must not end this process before
// the server has gone: the handler replaces the default exit.
process.on('SIGTERM', stopGroup);
process.on('SIGINT', stopGroup);
process.stdin.on('end', stopGroup);
process.stdin.on('close', stopGroup);
process.stdin.on('error', stopGroup);
process.stdin.resume();

server.on('error', (error) => {
  process.stderr.write(`reap-with-parent: cannot start ${command}: ${error.message}\n`);
  process.exit(127);
});
server.on('exit', (code, signal) => {
  // Anything the server started is stopped with it.
  stopGroup();
  process.exit(code ?? (signal ? 128 : 1));
});
