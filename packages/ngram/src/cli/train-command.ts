import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { trainModel, type TrainingReport } from '../train/index.js';

/**
 * A CLI usage problem: printed without a stack trace, exit code 2.
 *
 * @example
 * throw new UsageError('give --out <path> for the model file');
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The `logprob-ngram --help` text.
 *
 * @example
 * console.log(USAGE);
 */
export const USAGE = `Usage: logprob-ngram train --corpus <file or glob> [--corpus ...] --out <model.bin> [options]

Trains an n-gram model from your own text (UTF-8 files, any language) for
@logprob-autocomplete/ngram's loadModel() and OpenAI-compatible app.

Options:
  --corpus <pattern>   file or glob (quote it: 'docs/**/*.md'); repeatable; one document per file
  --out <path>         where to write the model file (required)
  --order <n>          n-gram order, 2 to 6 (default 4)
  --max-words <n>      most frequent words kept as whole tokens (default 12000)
  --max-pieces <n>     sub-word pieces for rare words (default 3000)
  --min-count <n>      raw count an n-gram of order 3 or more needs to be kept
                       (default 1 under 1 MB of text, else 2)
  --cwd <dir>          directory globs are relative to (default: current directory)
  -h, --help           show this help`;

function positiveInteger(value: string | undefined, name: string, fallback: number, max = 10_000_000): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max) throw new UsageError(`--${name} must be an integer from 1 to ${max}, received '${value}'`);
  return number;
}

/**
 * Runs `logprob-ngram train ...`: expands the corpus globs, reads every file as UTF-8 (one
 * document each), trains, writes the model file and returns the report.
 *
 * @example
 * await runTrainCommand(['--corpus', 'docs/**\/*.md', '--out', 'model.bin']);
 */
export async function runTrainCommand(args: readonly string[]): Promise<{ report: TrainingReport; files: string[]; out: string }> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        corpus: { type: 'string', multiple: true },
        out: { type: 'string' },
        order: { type: 'string' },
        'max-words': { type: 'string' },
        'max-pieces': { type: 'string' },
        'min-count': { type: 'string' },
        cwd: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const patterns = values.corpus ?? [];
  if (patterns.length === 0) throw new UsageError('give at least one --corpus <file or glob>');
  if (!values.out) throw new UsageError('give --out <path> for the model file');
  const cwd = resolve(values.cwd ?? '.');
  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = await glob(pattern, { cwd, absolute: true, onlyFiles: true, dot: false });
    if (matches.length === 0) throw new UsageError(`--corpus '${pattern}' matches no files (relative to ${cwd})`);
    files.push(...matches.sort());
  }
  const unique = [...new Set(files)];
  const fatal = new TextDecoder('utf-8', { fatal: true });
  const documents = await Promise.all(
    unique.map(async (file) => {
      try {
        return fatal.decode(await readFile(file)).replace(/^\uFEFF/, '');
      } catch {
        throw new UsageError(`${file} is not valid UTF-8 text`);
      }
    }),
  );
  // Small corpora keep every n-gram: pruning singletons only pays off for size on big ones.
  const characters = documents.reduce((sum, text) => sum + text.length, 0);
  const minCount = positiveInteger(values['min-count'], 'min-count', characters < 1_000_000 ? 1 : 2, 1000);
  const order = positiveInteger(values.order, 'order', 4, 6);
  if (order < 2) throw new UsageError('--order must be an integer from 2 to 6');
  let result;
  try {
    result = trainModel(documents, {
      order,
      maxWords: positiveInteger(values['max-words'], 'max-words', 12_000, 60_000),
      maxPieces: positiveInteger(values['max-pieces'], 'max-pieces', 3_000, 60_000),
      minimumCounts: [1, 1, minCount, minCount, minCount, minCount],
      metadata: { corpus: `${unique.length} files: ${patterns.join(', ')}` },
    });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
  const out = resolve(values.out);
  await writeFile(out, result.bytes);
  return { report: result.report, files: unique, out };
}
