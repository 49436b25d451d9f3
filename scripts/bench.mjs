#!/usr/bin/env node
// `npm run bench`: runs every workspace's own `bench` script, one after another (benchmarks on a
// 2-core machine must not compete with each other), and prints one table of metric, value, goal.
// Each benchmark prints its own detailed table and, when BENCH_RESULTS names a file, appends one
// JSON line per figure: { "metric": string, "value": string, "goal": string }.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const workspaces = spawnSync('npm', ['query', '.workspace', '--json'], { cwd: root, encoding: 'utf8' });
if (workspaces.status !== 0) {
  console.error(workspaces.stderr);
  process.exit(1);
}
const benchmarked = JSON.parse(workspaces.stdout).filter((pkg) => pkg.scripts?.bench);
const only = process.argv.slice(2);
const selected = only.length ? benchmarked.filter((pkg) => only.some((name) => pkg.name.includes(name))) : benchmarked;

const resultsFile = join(mkdtempSync(join(tmpdir(), 'logprob-bench-')), 'results.jsonl');
const readRows = () =>
  existsSync(resultsFile)
    ? readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
    : [];
const rows = [];
const failed = [];
for (const pkg of selected) {
  console.log(`\n▶ ${pkg.name}: npm run bench`);
  const run = spawnSync('npm', ['run', 'bench', '-w', pkg.name], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULTS: resultsFile },
  });
  if (run.status !== 0) failed.push(pkg.name);
  rows.push(...readRows().slice(rows.length).map((row) => ({ ...row, package: pkg.name })));
}

const table = [['package', 'metric', 'value', 'goal'], ...rows.map((row) => [row.package, row.metric, String(row.value), row.goal ?? ''])];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(`\n${rootManifest.name}: every benchmark, one table\n`);
console.log(line(table[0]));
console.log(`| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`);
for (const row of table.slice(1)) console.log(line(row));
if (failed.length) {
  console.error(`\nThese benchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
