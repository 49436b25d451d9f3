import { gzipSync } from 'node:zlib';
import { loadDefaultCorpus } from '../cli/default-corpus.js';
import { loadModel } from '../load-model.js';
import { trainModel, type TrainModelOptions } from '../train/index.js';
import { heldOutScores } from './held-out-scores.js';
import { INTERFACE_MODES } from './interface-modes.js';
import { keystrokeGenres, simulateGenre } from './keystroke-report.js';

// `npm run bench:variants`: order and pruning choices against size, bits per character and
// keystroke savings (default interface, cache off, the first 1,500 characters of each held-out
// document), to choose the default model by savings per megabyte.
const VARIANTS: { name: string; options: TrainModelOptions }[] = [
  { name: '4-gram, trigrams and 4-grams seen twice (default)', options: { order: 4 } },
  { name: '5-gram, seen twice', options: { order: 5, minimumCounts: [1, 1, 2, 2, 2] } },
  { name: '4-gram + entropy-kept singletons (2e-6)', options: { order: 4, keepAboveEntropy: 2e-6 } },
  { name: '4-gram + entropy-kept singletons (1e-6)', options: { order: 4, keepAboveEntropy: 1e-6 } },
  { name: '3-gram, trigrams seen twice', options: { order: 3, minimumCounts: [1, 1, 2] } },
  { name: '3-gram + entropy-kept singletons (1.5e-6)', options: { order: 3, minimumCounts: [1, 1, 2], keepAboveEntropy: 1.5e-6 } },
  { name: '3-gram + entropy-kept singletons (1e-6)', options: { order: 3, minimumCounts: [1, 1, 2], keepAboveEntropy: 1e-6 } },
  { name: '3-gram, every trigram', options: { order: 3, minimumCounts: [1, 1, 1] } },
];

const corpus = loadDefaultCorpus();
const defaultMode = INTERFACE_MODES[0];
console.log('| variant | gzipped | bits per character | savings novel / speeches | training |');
console.log('| --- | --- | --- | --- | --- |');
for (const { name, options } of VARIANTS) {
  const started = performance.now();
  const { bytes } = trainModel(corpus.training, options);
  const seconds = (performance.now() - started) / 1000;
  const model = loadModel(bytes);
  const { bitsPerCharacter } = heldOutScores(model, corpus.heldOut, { cache: false, stride: 1 });
  const savings = defaultMode ? keystrokeGenres(model, corpus.training, corpus.heldOutByGenre, 1500).map((genre) => `${(simulateGenre(genre, 'ngram', defaultMode).savings * 100).toFixed(1)}%`) : [];
  console.log(`| ${name} | ${(gzipSync(bytes, { level: 9 }).length / 1e6).toFixed(2)} MB | ${bitsPerCharacter.toFixed(3)} | ${savings.join(' / ')} | ${seconds.toFixed(1)} s |`);
}
