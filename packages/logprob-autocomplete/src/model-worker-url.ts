/**
 * Where the in-page model's worker script is by default: `logprob-model-worker.js` beside the
 * module that imported the element (`dist/` holds it next to `index.js` and the drop-in
 * `logprob-autocomplete.js`). Bundlers that move modules can set `model-worker-src` instead.
 *
 * @example
 * new Worker(defaultModelWorkerUrl(), { type: 'module' });
 */
export function defaultModelWorkerUrl(): URL {
  return new URL('./logprob-model-worker.js', import.meta.url);
}
