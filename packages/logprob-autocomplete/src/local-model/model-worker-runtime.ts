import type { NgramModel } from '@logprob-autocomplete/ngram';
import { encodeSuggestEvent, parseSuggestRequest, toSuggestErrorBody } from '@logprob-autocomplete/protocol';
import { suggestEmbedded } from '@logprob-autocomplete/server/embedded';
import { cacheModel, fetchModel } from './fetch-model.js';
import { localErrorBody, type FromModelWorker, type ModelSource, type ToModelWorker } from './model-messages.js';
import { ModelLoadError } from './model-load-error.js';
import { parseModel } from './parse-model.js';

type Post = (message: FromModelWorker) => void;

function toLoadError(error: unknown): ModelLoadError {
  return error instanceof ModelLoadError ? error : new ModelLoadError('model_corrupt', error instanceof Error ? error.message : String(error));
}

async function load(source: ModelSource, post: Post): Promise<NgramModel> {
  const { bytes, cached } = await fetchModel(source, (loaded, total, fromCache) => { post({ type: 'progress', loaded, total, cached: fromCache }); });
  const model = parseModel(bytes);
  if (!cached) await cacheModel(source, bytes);
  post({ type: 'ready', bytes: bytes.byteLength, cached });
  return model;
}

/**
 * The model worker's message loop: loads the model once, then answers each suggestion with the
 * server's embedded pipeline (`@logprob-autocomplete/server/embedded`), as one response shaped
 * like the server's (200 and SSE text, or a JSON error body). A suggestion asked for while the
 * model loads waits for it; an `abort` drops it, or stops its generation.
 *
 * @example
 * const handle = createModelWorkerRuntime((message) => self.postMessage(message));
 * self.addEventListener('message', (event) => handle(event.data));
 */
export function createModelWorkerRuntime(post: Post): (message: ToModelWorker) => void {
  let model: Promise<NgramModel> | undefined;
  const runs = new Map<number, AbortController>();

  const suggest = async (body: string, signal: AbortSignal): Promise<{ status: number; body: string }> => {
    let parsedBody: unknown;
    try {
      parsedBody = JSON.parse(body);
    } catch {
      return { status: 400, body: JSON.stringify(toSuggestErrorBody([{ field: 'body', message: 'is not JSON' }])) };
    }
    const parsed = parseSuggestRequest(parsedBody);
    if (!parsed.success) return { status: 400, body: JSON.stringify(toSuggestErrorBody(parsed.issues)) };
    if (!model) return { status: 503, body: localErrorBody('model_unavailable', 'No model-src was given to load.') };
    let loaded: NgramModel;
    try {
      loaded = await model;
    } catch (error) {
      const failure = toLoadError(error);
      return { status: 503, body: localErrorBody(failure.code, failure.message) };
    }
    let text = '';
    for await (const event of suggestEmbedded({ model: loaded, request: parsed.request, signal })) text += encodeSuggestEvent(event);
    return { status: 200, body: text };
  };

  return (message) => {
    if (message.type === 'load') {
      if (model) return; // one model per worker
      model = load(message.source, post);
      model.catch((error: unknown) => {
        const failure = toLoadError(error);
        post({ type: 'failed', code: failure.code, message: failure.message });
      });
    } else if (message.type === 'abort') {
      runs.get(message.id)?.abort();
      runs.delete(message.id);
    } else {
      const run = new AbortController();
      runs.set(message.id, run);
      void suggest(message.body, run.signal).then((response) => {
        runs.delete(message.id);
        // An aborted request needs no answer: the page has stopped waiting.
        if (!run.signal.aborted) post({ type: 'response', id: message.id, ...response });
      });
    }
  };
}
