import { appendFile, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { loadDefaultCorpus } from '../cli/default-corpus.js';
import { loadModel } from '../load-model.js';
import { trainModel } from '../train/index.js';
import { BOS_ID } from '../vocabulary.js';
import { simulateTyping, unigramCompleter } from './keystroke-savings.js';
import { ngramCompleter } from './ngram-completer.js';

// `npm run bench`: prints metric, value and goal for the measurements (not a test).
const rows: [string, string, string][] = [];
const row = (metric: string, value: string, goal = '') => rows.push([metric, value, goal]);

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

let started = performance.now();
const corpus = loadDefaultCorpus();
const corpusSeconds = (performance.now() - started) / 1000;
started = performance.now();
const trained = trainModel(corpus.training, { metadata: { corpus: corpus.description.training, heldOut: corpus.description.heldOut } });
const trainSeconds = (performance.now() - started) / 1000;
row('training time (default corpora, one thread)', `${trainSeconds.toFixed(1)} s (+ ${corpusSeconds.toFixed(1)} s reading the datasets)`, '< 120 s on 2 cores');
row('training tokens / documents', `${trained.report.trainingTokens} / ${trained.report.documents}`);
row('vocabulary / stored n-grams per order', `${trained.report.vocabularySize} / ${trained.report.nodeCounts.slice(1).join(', ')}`, '>= 4-gram');

const bytes = new Uint8Array(await readFile(new URL('../model.bin', import.meta.url)));
const gzipped = gzipSync(bytes, { level: 9 }).length;
row('model file (dist/model.bin) raw', `${(bytes.length / 1e6).toFixed(2)} MB`);
row('model file gzipped', `${(gzipped / 1e6).toFixed(2)} MB`, '<= 10 MB, aim <= 3 MB');
row('dist/model.bin identical to a fresh training run', String(Buffer.compare(Buffer.from(bytes), Buffer.from(trained.bytes)) === 0), 'true (deterministic)');

started = performance.now();
const model = loadModel(bytes);
row('loadModel(bytes)', `${(performance.now() - started).toFixed(0)} ms`, '< 1 s (Worker startup)');

const heldOutText = corpus.heldOut.join('\n\n');
const positions = Array.from({ length: 3000 }, (_, index) => 100 + Math.floor(((index * 7919) % 3000) * ((heldOutText.length - 200) / 3000)));
const contexts = positions.map((position) => heldOutText.slice(position - 100, position));
for (const context of contexts.slice(0, 500)) model.topK(context, 20);
const latencies: number[] = [];
for (const context of contexts) {
  const before = performance.now();
  model.topK(context, 20);
  latencies.push((performance.now() - before) * 1000);
}
latencies.sort((a, b) => a - b);
row('top-20 query latency p50 / p99 (100-character context, incl. tokenizing)', `${percentile(latencies, 0.5).toFixed(1)} / ${percentile(latencies, 0.99).toFixed(1)} µs`, 'p50 <= 50 µs');
const prefixLatencies: number[] = [];
for (const context of contexts) {
  const text = context.replace(/[^\p{L}]+$/u, '');
  const before = performance.now();
  model.nextTokens(text, 5);
  prefixLatencies.push((performance.now() - before) * 1000);
}
prefixLatencies.sort((a, b) => a - b);
row('prefix top-5 latency p50 / p99 (caret inside a word)', `${percentile(prefixLatencies, 0.5).toFixed(1)} / ${percentile(prefixLatencies, 0.99).toFixed(1)} µs`);

const spaceLatencies: number[] = [];
for (const context of contexts) {
  const text = `${context.replace(/\s*\S*$/u, '')} `;
  const before = performance.now();
  model.nextTokens(text, 5);
  spaceLatencies.push((performance.now() - before) * 1000);
}
spaceLatencies.sort((a, b) => a - b);
row('top-5 after a trailing space p50 / p99 (leading-space words only)', `${percentile(spaceLatencies, 0.5).toFixed(1)} / ${percentile(spaceLatencies, 0.99).toFixed(1)} µs`);

let logLoss = 0;
let tokens = 0;
let characters = 0;
for (const document of corpus.heldOut) {
  const ids = [BOS_ID, ...model.encode(document)];
  for (let position = 1; position < ids.length; position++) {
    logLoss -= Math.log(model.probability(ids.slice(Math.max(0, position - model.info.order + 1), position), ids[position] ?? 0));
  }
  tokens += ids.length - 1;
  characters += document.length;
}
row('held-out perplexity per token', `${Math.exp(logLoss / tokens).toFixed(1)} (${tokens} tokens)`);
row('held-out bits per character', (logLoss / Math.LN2 / characters).toFixed(3));

const sample = corpus.heldOut.map((document) => document.slice(0, 2000).replace(/\s+\S*$/u, '')).join('\n\n');
started = performance.now();
const ngram = simulateTyping(sample, ngramCompleter(model));
const ngramSeconds = (performance.now() - started) / 1000;
const unigram = simulateTyping(sample, unigramCompleter(corpus.training));
row(
  'keystroke savings, 5 options, held-out sample',
  `n-gram ${(ngram.savings * 100).toFixed(1)}% vs unigram word-frequency ${(unigram.savings * 100).toFixed(1)}% (${sample.length} characters)`,
  'n-gram > unigram',
);
row('keystroke simulation time (n-gram)', `${ngramSeconds.toFixed(1)} s`);

const width = [0, 1, 2].map((column) => Math.max(...rows.map((entry) => entry[column]?.length ?? 0), ['metric', 'value', 'goal'][column]?.length ?? 0));
const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(width[column] ?? 0)).join(' | ')} |`;
console.log(line(['metric', 'value', 'goal']));
console.log(line(width.map((size) => '-'.repeat(size))));
for (const entry of rows) console.log(line(entry));

// The root `npm run bench` collects every package's figures from this file, one JSON line each.
const resultsFile = process.env.BENCH_RESULTS;
if (resultsFile) {
  await appendFile(resultsFile, rows.map(([metric, value, goal]) => `${JSON.stringify({ metric, value, goal })}\n`).join(''));
}
