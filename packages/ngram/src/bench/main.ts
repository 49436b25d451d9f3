import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { loadDefaultCorpus } from '../cli/default-corpus.js';
import { loadModel } from '../load-model.js';
import { trainModel } from '../train/index.js';
import { BOS_ID } from '../vocabulary.js';
import { expectedCalibrationError, reliabilityBins, reliabilitySvg } from './calibration.js';
import { ELEMENT_GHOST_THRESHOLD, ELEMENT_GHOST_TOKENS, ELEMENT_MIN_PROBABILITY, ELEMENT_OPEN_THRESHOLD, ELEMENT_OPTIONS, INTERFACE_MODES } from './interface-modes.js';
import { memoSuggester, simulateInterface, type InterfaceMode } from './interface-simulation.js';
import { ngramSuggester } from './ngram-suggester.js';
import { unigramSuggester } from './unigram-suggester.js';

// `npm run bench`: prints metric, value and goal for the measurements (not a test).
const rows: [string, string, string][] = [];
const row = (metric: string, value: string, goal = '') => rows.push([metric, value, goal]);

// Characters typed from the start of each held-out document in the keystroke simulation.
const SAMPLE_CHARACTERS = 3000;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const defaultMode: InterfaceMode = INTERFACE_MODES[0] ?? { name: '', list: 'passive', ghost: true, nextWord: true, openThreshold: 0, minProbability: 0, maxOptions: 5 };

function printTable(title: string, header: readonly string[], body: readonly string[][]): void {
  console.log(`\n${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const cells of body) console.log(`| ${cells.join(' | ')} |`);
}

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

// Calibration: the top-1 next-token probability against how often it is right, every position.
const predictions: [number, boolean][] = [];
for (const document of corpus.heldOut) {
  const ids = [BOS_ID, ...model.encode(document)];
  for (let position = 1; position < ids.length; position++) {
    const probabilities = model.probabilities(ids.slice(Math.max(0, position - model.info.order + 1), position));
    let best = 0;
    for (let id = 1; id < probabilities.length; id++) if ((probabilities[id] ?? 0) > (probabilities[best] ?? 0)) best = id;
    predictions.push([probabilities[best] ?? 0, best === ids[position]]);
  }
}
const bins = reliabilityBins(predictions, 10);
row('ECE of the top-1 next-token probability (10 bins, every held-out position)', expectedCalibrationError(bins).toFixed(4), '<= 0.05');
const diagram = new URL('../../docs/reliability-diagram.svg', import.meta.url);
await mkdir(new URL('.', diagram), { recursive: true });
await writeFile(diagram, reliabilitySvg(bins, `Held-out top-1 next token, ${predictions.length} positions`));

// Keystroke savings of the element's interface modes, per held-out genre, n-gram vs unigram.
const settings = { options: ELEMENT_OPTIONS, ghostThreshold: ELEMENT_GHOST_THRESHOLD, ghostTokens: ELEMENT_GHOST_TOKENS };
const unigram = unigramSuggester(corpus.training, settings);
const genres = Object.entries(corpus.heldOutByGenre).map(([genre, documents]) => {
  const text = documents.map((document) => document.slice(0, SAMPLE_CHARACTERS).replace(/\s+\S*$/u, '')).join('\n\n');
  return { genre, text, ngram: memoSuggester(ngramSuggester(model, settings)), unigram: memoSuggester(unigram) };
});
started = performance.now();
const savingsRows: string[][] = [];
for (const mode of INTERFACE_MODES) {
  const cells = genres.map(({ text, ngram, unigram: baseline }) => {
    const ours = simulateInterface(text, ngram, mode).savings;
    const theirs = simulateInterface(text, baseline, mode).savings;
    return `${percent(ours)} vs ${percent(theirs)} (${(ours / theirs).toFixed(2)}×)`;
  });
  savingsRows.push([mode.name, ...cells]);
}
const [defaultRow] = savingsRows;
row('keystroke savings, default interface, n-gram vs unigram (novel | speeches)', defaultRow?.slice(1).join(' | ') ?? '', '>= 50% and >= 1.3× unigram');
row('keystroke simulation time (all modes, both genres)', `${((performance.now() - started) / 1000).toFixed(1)} s`);

// The passive list's open threshold, measured (the element's default should come from this).
const thresholdRows: string[][] = [];
for (const openThreshold of [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]) {
  const results = genres.map(({ text, ngram }) => simulateInterface(text, ngram, { ...defaultMode, openThreshold }));
  const characters = results.reduce((sum, result) => sum + result.characters, 0);
  const keystrokes = results.reduce((sum, result) => sum + result.keystrokes, 0);
  const opened = results.reduce((sum, result) => sum + result.listsOpened, 0);
  const useful = results.reduce((sum, result) => sum + result.listsWithNext, 0);
  thresholdRows.push([String(openThreshold), percent(1 - keystrokes / characters), (opened / (characters / 100)).toFixed(1), percent(opened === 0 ? 0 : useful / opened)]);
}
const minimumRows: string[][] = [];
for (const minProbability of [0, 0.01, 0.02, 0.05, 0.1]) {
  const results = genres.map(({ text, ngram }) => simulateInterface(text, ngram, { ...defaultMode, minProbability }));
  const characters = results.reduce((sum, result) => sum + result.characters, 0);
  const keystrokes = results.reduce((sum, result) => sum + result.keystrokes, 0);
  minimumRows.push([String(minProbability), percent(1 - keystrokes / characters)]);
}

const width = [0, 1, 2].map((column) => Math.max(...rows.map((entry) => entry[column]?.length ?? 0), ['metric', 'value', 'goal'][column]?.length ?? 0));
const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(width[column] ?? 0)).join(' | ')} |`;
console.log(line(['metric', 'value', 'goal']));
console.log(line(width.map((size) => '-'.repeat(size))));
for (const entry of rows) console.log(line(entry));
printTable('Keystroke savings by interface mode, n-gram vs unigram (held-out)', ['mode', ...genres.map(({ genre, text }) => `${genre} (${text.length} chars)`)], savingsRows);
printTable(`Open threshold (default interface, min-probability ${ELEMENT_MIN_PROBABILITY}, both genres)`, ['open-threshold', 'savings', 'lists opened per 100 chars', 'opened lists holding the next text'], thresholdRows);
printTable(`Min-probability (default interface, open-threshold ${ELEMENT_OPEN_THRESHOLD}, both genres)`, ['min-probability', 'savings'], minimumRows);

// The root `npm run bench` collects every package's figures from this file, one JSON line each.
const resultsFile = process.env.BENCH_RESULTS;
if (resultsFile) {
  await appendFile(resultsFile, rows.map(([metric, value, goal]) => `${JSON.stringify({ metric, value, goal })}\n`).join(''));
}
