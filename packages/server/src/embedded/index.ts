// `@logprob-autocomplete/server/embedded`: the suggest pipeline for a model loaded in this
// process (a browser Web Worker, a test), without the HTTP app and its dependencies.
export { suggestEmbedded, type SuggestEmbeddedOptions } from './suggest-embedded.js';
