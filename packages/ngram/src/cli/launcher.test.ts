import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../load-model.js';

// The `logprob-ngram` bin as npm links it: the committed launcher, which runs the built CLI
// (turbo builds this package before its tests).
const launcher = fileURLToPath(new URL('../../bin/logprob-ngram.mjs', import.meta.url));
const run = promisify(execFile);
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'logprob-ngram-launcher-'));
  await writeFile(join(directory, 'notes.txt'), 'Our product helps you write. Our product is fast. 我们的产品很快。\n');
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('the logprob-ngram launcher', () => {
  it('trains a loadable model from the command line', async () => {
    const out = join(directory, 'model.bin');
    const { stdout } = await run(process.execPath, [launcher, 'train', '--corpus', 'notes.txt', '--out', out, '--order', '3'], { cwd: directory });
    expect(stdout).toMatch(/trained a 3-gram model on 1 files/);
    const model = loadModel(new Uint8Array(await readFile(out)));
    expect(model.decode(model.encode(' 我们的产品很快。'))).toBe(' 我们的产品很快。');
  });

  it('prints the usage for --help and fails on an unknown command', async () => {
    expect((await run(process.execPath, [launcher, '--help'])).stdout).toMatch(/--corpus/);
    await expect(run(process.execPath, [launcher, 'serve'])).rejects.toMatchObject({ code: 2 });
  });
});
