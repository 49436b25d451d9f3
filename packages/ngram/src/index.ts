export { loadModel } from './load-model.js';
export {
  NgramModel,
  type GenerateOptions,
  type GeneratedToken,
  type ModelInfo,
  type TokenInfo,
  type TokenLogprob,
} from './ngram-model.js';
export { EMBEDDED_MODEL_ID } from './model-id.js';
export { confidentPhrase, type ConfidentPhrase, type ConfidentPhraseOptions } from './confident-phrase.js';
export { DocumentCache, DEFAULT_CACHE_WEIGHTS, type CacheWeights, type CachePart, type DocumentOptions } from './document-cache.js';
export { preTokenize, trailingPartialWord } from './pre-tokenize.js';
export { tokenText } from './token-text.js';
export { MAX_CACHE_CHARACTERS, MAX_CONTEXT_CHARACTERS } from './prompt-context.js';
