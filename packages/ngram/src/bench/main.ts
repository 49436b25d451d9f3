import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { loadDefaultCorpus } from '../cli/default-corpus.js';
import { loadModel } from '../load-model.js';
import { trainModel } from '../train/index.js';
import { DEFAULT_CACHE_WEIGHTS } from '../document-cache.js';
import { expectedCalibrationError, reliabilitySvg } from './calibration.js';
import { fitCacheWeights } from './fit-cache-weights.js';
import { heldOutScores } from './held-out-scores.js';
import { HOSTILE_DOCUMENTS } from './hostile-documents.js';
import { ELEMENT_GHOST_THRESHOLD, ELEMENT_MIN_PROBABILITY, ELEMENT_OPEN_THRESHOLD, INTERFACE_MODES } from './interface-modes.js';
import { keystrokeGenres, PHRASE_PROBABILITY, savingsTable, simulateGenre, thresholdTable } from './keystroke-report.js';

// `npm run bench`: prints metric, value and goal for the measurements (not a test).
const rows: [string, string, string][] = [];
const row = (metric: string, value: string, goal = '') => rows.push([metric, value, goal]);

// Characters typed from the start of each held-out document in the keystroke simulation.
const SAMPLE_CHARACTERS = 3000;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
// Held-out positions scored with the cache: each needs its own cache, so every third.
const STRIDE = 3;

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

// Latency with the document cache: a request builds the cache from its document, then queries.
const documentText = corpus.heldOutByGenre.speeches.join('\n\n');
const cachedLatencies: number[] = [];
const buildLatencies: number[] = [];
for (const [index, position] of positions.entries()) {
  if (index % 3 !== 0) continue;
  const end = 2000 + (position % (documentText.length - 2000));
  const text = documentText.slice(end - 2000, end);
  let before = performance.now();
  const cache = model.documentCache(text);
  buildLatencies.push((performance.now() - before) * 1000);
  before = performance.now();
  model.topK(text, 20, { document: cache });
  cachedLatencies.push((performance.now() - before) * 1000);
}
cachedLatencies.sort((a, b) => a - b);
buildLatencies.sort((a, b) => a - b);
row('top-20 with the document cache p50 / p99 (2,000-character document, cache built once per request)', `${percentile(cachedLatencies, 0.5).toFixed(1)} / ${percentile(cachedLatencies, 0.99).toFixed(1)} µs`, 'p50 <= 50 µs');
row('building that cache p50 / p99', `${percentile(buildLatencies, 0.5).toFixed(1)} / ${percentile(buildLatencies, 0.99).toFixed(1)} µs`);

// Hostile documents: the slowest full answer (cache built, 5 options, 8 tokens with 5 alternatives).
let worst = { name: '', milliseconds: 0 };
for (const [name, text] of Object.entries(HOSTILE_DOCUMENTS)) {
  for (let round = 0; round < 3; round++) {
    const before = performance.now();
    const cache = model.documentCache(text);
    model.nextTokens(text, 5, { document: cache });
    model.generate(text, { maxTokens: 8, topLogprobs: 5, document: cache });
    const milliseconds = performance.now() - before;
    if (milliseconds > worst.milliseconds) worst = { name, milliseconds };
  }
}
row('worst answer to a hostile 32,000-character document (cache, 5 options, 8 tokens)', `${worst.milliseconds.toFixed(1)} ms (${worst.name})`, 'bounded');

// Log loss and calibration on held-out text, every position without the cache; with it, every
// STRIDE-th position (each needs its own cache), beside the same positions without it.
const full = heldOutScores(model, corpus.heldOut, { cache: false, stride: 1 });
const sampledOff = heldOutScores(model, corpus.heldOut, { cache: false, stride: STRIDE });
const sampledOn = heldOutScores(model, corpus.heldOut, { cache: true, stride: STRIDE });
row('held-out perplexity per token (cache off)', `${full.perplexity.toFixed(1)} (${full.positions} tokens)`);
row('held-out bits per character, cache off', full.bitsPerCharacter.toFixed(3), '<= 1.85');
row(`held-out bits per character, every ${STRIDE}rd token, cache off / on`, `${sampledOff.bitsPerCharacter.toFixed(3)} / ${sampledOn.bitsPerCharacter.toFixed(3)} (perplexity ${sampledOff.perplexity.toFixed(1)} / ${sampledOn.perplexity.toFixed(1)})`, '<= 1.85');
row('ECE of the top-1 next-token probability, 10 bins, cache off (every position)', expectedCalibrationError(full.bins).toFixed(4), '<= 0.05');
row(`ECE, cache off / on (every ${STRIDE}rd token)`, `${expectedCalibrationError(sampledOff.bins).toFixed(4)} / ${expectedCalibrationError(sampledOn.bins).toFixed(4)}`, '<= 0.05');
const diagram = new URL('../../docs/reliability-diagram.svg', import.meta.url);
await mkdir(new URL('.', diagram), { recursive: true });
await writeFile(diagram, reliabilitySvg(full.bins, `Held-out top-1 next token, ${full.positions} positions`));
await writeFile(new URL('reliability-diagram-cache.svg', diagram), reliabilitySvg(sampledOn.bins, `With the document cache, ${sampledOn.positions} positions`));

// The document cache's weights, refitted on the development split (a model trained without it).
started = performance.now();
const development = loadModel(trainModel(corpus.trainingWithoutDevelopment).bytes);
const fitted = fitCacheWeights(development, corpus.development, DEFAULT_CACHE_WEIGHTS.contextPrior, 5);
row(
  'document cache weights fitted on the development split (every 5th token)',
  `${JSON.stringify(fitted.weights)}, perplexity ${fitted.perplexity.off.toFixed(1)} -> ${fitted.perplexity.on.toFixed(1)} (in use: ${JSON.stringify(DEFAULT_CACHE_WEIGHTS)}) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);

// Keystroke savings of the element's interface modes per held-out genre.
started = performance.now();
const genres = keystrokeGenres(model, corpus.training, corpus.heldOutByGenre, SAMPLE_CHARACTERS);
const savingsRows = savingsTable(genres);
const defaultMode = INTERFACE_MODES[0] ?? { name: '', list: 'passive', ghost: true, nextWord: true, openThreshold: 0, minProbability: 0, maxOptions: 5 };
for (const genre of genres) {
  const off = simulateGenre(genre, 'ngram', defaultMode).savings;
  const on = simulateGenre(genre, 'cached', defaultMode).savings;
  const unigram = simulateGenre(genre, 'unigram', defaultMode).savings;
  row(`keystroke savings, default interface, ${genre.genre}: cache off / on vs unigram`, `${percent(off)} / ${percent(on)} vs ${percent(unigram)} (${(off / unigram).toFixed(2)}× / ${(on / unigram).toFixed(2)}×)`, '>= 50% and >= 1.3× unigram');
}
for (const mode of INTERFACE_MODES.slice(0, 3)) {
  const cells = genres.map((genre) => `${genre.genre} ${percent(simulateGenre(genre, 'cached', mode).savings)} -> ${percent(simulateGenre(genre, 'phrase', mode).savings)}`);
  row(`ghost by joint phrase probability >= ${PHRASE_PROBABILITY} instead of each word >= ${ELEMENT_GHOST_THRESHOLD} (cache on), ${mode.name}`, cells.join(', '));
}
const thresholds = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
const thresholdRows = thresholdTable(genres, 'cached', thresholds, defaultMode);
const thresholdRowsOff = thresholdTable(genres, 'ngram', thresholds, defaultMode);
const minimumRows = [0, 0.01, 0.02, 0.05, 0.1].map((minProbability) => {
  const results = genres.map((genre) => simulateGenre(genre, 'cached', { ...defaultMode, minProbability }));
  const characters = results.reduce((sum, result) => sum + result.characters, 0);
  return [String(minProbability), percent(1 - results.reduce((sum, result) => sum + result.keystrokes, 0) / characters)];
});
row('keystroke simulation time (all modes, both genres, cache off and on)', `${((performance.now() - started) / 1000).toFixed(1)} s`);

const width = [0, 1, 2].map((column) => Math.max(...rows.map((entry) => entry[column]?.length ?? 0), ['metric', 'value', 'goal'][column]?.length ?? 0));
const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(width[column] ?? 0)).join(' | ')} |`;
console.log(line(['metric', 'value', 'goal']));
console.log(line(width.map((size) => '-'.repeat(size))));
for (const entry of rows) console.log(line(entry));
const genreHeader = genres.map(({ genre, documents }) => `${genre} (${documents.reduce((sum, document) => sum + document.text.length, 0)} chars)`);
printTable('Keystroke savings by interface mode: n-gram cache off / on vs unigram (on / unigram)', ['mode', ...genreHeader], savingsRows);
const thresholdHeader = ['open-threshold', 'savings', 'lists opened per 100 chars', 'opened lists holding the next text'];
printTable(`Open threshold, cache on (default interface, min-probability ${ELEMENT_MIN_PROBABILITY}, both genres)`, thresholdHeader, thresholdRows);
printTable(`Open threshold, cache off (default interface, min-probability ${ELEMENT_MIN_PROBABILITY}, both genres)`, thresholdHeader, thresholdRowsOff);
printTable(`Min-probability, cache on (default interface, open-threshold ${ELEMENT_OPEN_THRESHOLD}, both genres)`, ['min-probability', 'savings'], minimumRows);

// The root `npm run bench` collects every package's figures from this file, one JSON line each.
const resultsFile = process.env.BENCH_RESULTS;
if (resultsFile) {
  await appendFile(resultsFile, rows.map(([metric, value, goal]) => `${JSON.stringify({ metric, value, goal })}\n`).join(''));
}
