import { loadModel, type NgramModel } from '@logprob-autocomplete/ngram';
import { ModelLoadError } from './model-load-error.js';

/**
 * Loads model bytes, telling a file of another format version (`model_version`) from one that
 * is damaged (`model_corrupt`). `loadModel` names the version in its message; it exports no
 * error class to branch on.
 *
 * @example
 * const model = parseModel(bytes); // or throws ModelLoadError
 */
export function parseModel(bytes: Uint8Array): NgramModel {
  try {
    return loadModel(bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/format version/i.test(message)) throw new ModelLoadError('model_version', `The model file is of another format version (${message}); this element reads the version its @logprob-autocomplete/ngram writes.`);
    throw new ModelLoadError('model_corrupt', `The model file does not parse (${message}).`);
  }
}
