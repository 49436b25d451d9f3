// The three build steps that follow tsc write separate files (the drop-in and its lazily loaded
// model file, the model worker, custom-elements.json), so they run side by side: the element is on
// the critical path of a first `npm start` (its worker bundles the server and the model), and on two
// cores this takes about a second and a half off it. Fails, with every step's output, if any fails.
import { spawn } from 'node:child_process';

const steps = [
  ['node', ['scripts/build-drop-in.mjs']],
  ['node', ['scripts/build-model-worker.mjs']],
  ['npx', ['--no-install', 'cem', 'analyze']],
];

const results = await Promise.all(
  steps.map(
    ([command, args]) =>
      new Promise((resolve) => {
        const output = [];
        const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
        child.stdout.on('data', (chunk) => output.push(chunk));
        child.stderr.on('data', (chunk) => output.push(chunk));
        child.on('error', (error) => { resolve({ name: args.join(' '), code: 1, output: String(error) }); });
        child.on('close', (code) => { resolve({ name: args.join(' '), code, output: Buffer.concat(output).toString() }); });
      }),
  ),
);
for (const { output } of results) process.stdout.write(output);
const failed = results.filter(({ code }) => code !== 0);
for (const { name, code } of failed) console.error(`${name} failed (exit code ${code})`);
process.exitCode = failed.length > 0 ? 1 : 0;
