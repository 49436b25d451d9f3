import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../load-model.js';
import { runTrainCommand, UsageError } from './train-command.js';

let directory: string;
const documents = {
  'docs/intro.md': '# 欢迎\n\n我们的产品帮助你写作。我们的产品很快。我们的产品支持中文。\n',
  'docs/hindi.md': 'हमारा उत्पाद तेज़ है। हमारा उत्पाद सरल है। हमारा उत्पाद अच्छा है।\n',
  'docs/emoji.md': 'Ship it 🚀 and smile 🙂. Ship it 🚀 again 🙂! Families 👨‍👩‍👧 welcome.\n',
  'notes.txt': 'Our product helps you write. Our product is fast. Our product is simple.\n',
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'logprob-ngram-cli-'));
  await mkdir(join(directory, 'docs'));
  for (const [name, text] of Object.entries(documents)) await writeFile(join(directory, name), text);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('logprob-ngram train', () => {
  it('trains on globs and files; CJK, Devanagari and emoji round-trip byte for byte', async () => {
    const out = join(directory, 'model.bin');
    const { files, report } = await runTrainCommand(['--corpus', 'docs/**/*.md', '--corpus', 'notes.txt', '--out', out, '--cwd', directory, '--order', '3']);
    expect(files).toHaveLength(4);
    expect(report.order).toBe(3);
    const model = loadModel(new Uint8Array(await readFile(out)));
    for (const text of Object.values(documents)) {
      const tokens = model.tokenize(text);
      expect(Uint8Array.from(tokens.flatMap((token) => token.bytes))).toEqual(new TextEncoder().encode(text));
    }
    expect(model.tokenize('我们').map((token) => token.token)).toEqual(['我们']);
    const next = model.generate('हमारा', { maxTokens: 1, topLogprobs: 3 })[0];
    expect(next?.token).toBe(' उत्पाद');
    const rocket = model.generate('Ship it', { maxTokens: 1 })[0];
    expect(new TextDecoder().decode(Uint8Array.from(rocket?.bytes ?? []))).toBe(' 🚀');
  });

  it('reports a pattern that matches nothing', async () => {
    await expect(runTrainCommand(['--corpus', 'nothing/*.md', '--out', join(directory, 'x.bin'), '--cwd', directory])).rejects.toThrow(UsageError);
    await expect(runTrainCommand(['--corpus', 'nothing/*.md', '--out', 'x.bin', '--cwd', directory])).rejects.toThrow(/matches no files/);
  });

  it('reports missing and malformed options', async () => {
    await expect(runTrainCommand(['--out', 'x.bin'])).rejects.toThrow(/--corpus/);
    await expect(runTrainCommand(['--corpus', 'notes.txt', '--cwd', directory])).rejects.toThrow(/--out/);
    await expect(runTrainCommand(['--corpus', 'notes.txt', '--out', 'x.bin', '--order', '9', '--cwd', directory])).rejects.toThrow(/--order/);
    await expect(runTrainCommand(['--bogus'])).rejects.toThrow(UsageError);
  });

  it('rejects files that are not UTF-8 text', async () => {
    await writeFile(join(directory, 'binary.dat'), new Uint8Array([0xff, 0xfe, 0x00, 0xc3]));
    await expect(runTrainCommand(['--corpus', 'binary.dat', '--out', join(directory, 'y.bin'), '--cwd', directory])).rejects.toThrow(/not valid UTF-8/);
  });
});
