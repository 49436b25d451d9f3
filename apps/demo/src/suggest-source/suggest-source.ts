/** Where the demo's suggestions come from: the suggest function, or the model run in this page. */
export type SuggestSource = 'server' | 'page';

/** The URLs the in-page model needs: the model file and the element's worker script. */
export interface InPageModelUrls {
  model: string;
  worker: string;
}

/** The suggest endpoint of the demo's own server. */
export const SERVER_SUGGEST_PATH = '/v1/suggest';

/**
 * The attributes that point one `<logprob-autocomplete>` at `source` (`null` removes one).
 *
 * @example
 * sourceAttributes('page', { model: '/assets/model.bin', worker: '/assets/logprob-model-worker.js' });
 * // { src: null, 'model-src': '/assets/model.bin', 'model-worker-src': '/assets/logprob-model-worker.js' }
 */
export function sourceAttributes(source: SuggestSource, urls: InPageModelUrls): Record<string, string | null> {
  return source === 'page'
    ? { src: null, 'model-src': urls.model, 'model-worker-src': urls.worker }
    : { src: SERVER_SUGGEST_PATH, 'model-src': null, 'model-worker-src': null };
}

/**
 * The source to start with: `?source=` in the URL, else the last choice, else the server when it
 * answers and this page otherwise (a static host with no API).
 *
 * @example
 * initialSource({ query: null, saved: null, serverAnswers: false }); // 'page'
 */
export function initialSource(options: { query: string | null; saved: string | null; serverAnswers: boolean }): SuggestSource {
  if (!options.serverAnswers) return 'page';
  for (const choice of [options.query, options.saved]) if (choice === 'server' || choice === 'page') return choice;
  return 'server';
}
