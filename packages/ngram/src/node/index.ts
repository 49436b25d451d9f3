import { readFile } from 'node:fs/promises';
import { loadModel } from '../load-model.js';
import type { NgramModel } from '../ngram-model.js';

/**
 * Reads and loads a model file from disk (Node only; the core takes bytes).
 *
 * @example
 * const model = await loadModelFile('my-model.bin');
 */
export async function loadModelFile(path: string | URL): Promise<NgramModel> {
  return loadModel(new Uint8Array(await readFile(path)));
}

/**
 * Loads the default model trained at build time from this package's `dist/model.bin`.
 *
 * @example
 * const model = await loadDefaultModel();
 * model.nextTokens('We the Peo', 5);
 */
export async function loadDefaultModel(): Promise<NgramModel> {
  return loadModelFile(new URL('../model.bin', import.meta.url));
}
