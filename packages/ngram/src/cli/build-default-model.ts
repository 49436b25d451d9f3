import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { trainModel } from '../train/index.js';
import { loadDefaultCorpus } from './default-corpus.js';

// Trains the embedded default model at build time and writes dist/model.bin (cached by turbo).
const started = performance.now();
const corpus = loadDefaultCorpus();
const { bytes, report } = trainModel(corpus.training, {
  metadata: { corpus: corpus.description.training, heldOut: corpus.description.heldOut },
});
const out = new URL('../model.bin', import.meta.url);
await mkdir(new URL('.', out), { recursive: true });
await writeFile(out, bytes);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `trained ${report.order}-gram model: ${report.vocabularySize} tokens, ${report.trainingTokens} training tokens, ` +
    `nodes ${report.nodeCounts.join('/')}, ${(bytes.length / 1e6).toFixed(2)} MB in ${seconds} s -> ${fileURLToPath(out)}`,
);
