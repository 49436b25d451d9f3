import { localErrorBody, type FromModelWorker, type LocalModelErrorCode, type ModelSource, type ToModelWorker } from './model-messages.js';

/** Where the model is in its loading. */
export type ModelState =
  | { state: 'loading'; loaded: number; total: number; cached: boolean }
  | { state: 'ready'; bytes: number; cached: boolean }
  | { state: 'failed'; code: LocalModelErrorCode; message: string };

const SSE_HEADERS = { 'content-type': 'text/event-stream; charset=utf-8' };
const JSON_HEADERS = { 'content-type': 'application/json' };

/**
 * The page's side of one model worker: starts it, asks it to load the model, and offers a
 * `fetch` that answers `POST` suggest requests from it, so the element's request code reads an
 * in-page answer exactly as it reads a server's. A worker that crashes fails every pending and
 * later request with `worker_crashed`; nothing is thrown into the page.
 *
 * @example
 * const client = new ModelWorkerClient(new URL('./logprob-model-worker.js', import.meta.url), { url: modelUrl });
 * client.subscribe(console.log);
 * const response = await client.fetch('local:', { method: 'POST', body: JSON.stringify({ text: 'We the' }) });
 */
export class ModelWorkerClient {
  state: ModelState = { state: 'loading', loaded: 0, total: 0, cached: false };
  readonly #worker: Worker | undefined;
  readonly #pending = new Map<number, (response: Response) => void>();
  readonly #listeners = new Set<(state: ModelState) => void>();
  #nextId = 1;
  #crashed: string | undefined;

  constructor(workerUrl: URL | string, source: ModelSource) {
    try {
      this.#worker = new Worker(workerUrl, { type: 'module', name: 'logprob-autocomplete-model' });
    } catch (error) {
      // A CSP without worker-src for it, or an invalid URL: no worker, no suggestions.
      this.#crash(`The model worker could not start (${error instanceof Error ? error.message : String(error)}).`);
      return;
    }
    this.#worker.addEventListener('message', (event: MessageEvent<FromModelWorker>) => { this.#receive(event.data); });
    // An uncaught exception in the worker, or a script that failed to load or parse.
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#crash(`The model worker stopped${event.message ? ` (${event.message})` : ''}.`);
    });
    this.#worker.addEventListener('messageerror', () => { this.#crash('The model worker sent a message that could not be read.'); });
    this.#post({ type: 'load', source });
  }

  /**
   * A `fetch` for suggest requests: the body goes to the worker, the answer comes back as a
   * `Response` (200 and SSE, or 4xx/503 and a JSON error body). Aborting `init.signal` tells the
   * worker to drop the request and rejects with an `AbortError`, as `fetch` does.
   */
  readonly fetch = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal ?? undefined;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    if (this.#crashed !== undefined) return Promise.resolve(this.#errorResponse('worker_crashed', this.#crashed));
    const id = this.#nextId++;
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => {
        this.#pending.delete(id);
        this.#post({ type: 'abort', id });
        reject(signal?.reason as Error);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(id, (response) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(response);
      });
      this.#post({ type: 'suggest', id, body: typeof init?.body === 'string' ? init.body : '' });
    });
  };

  /** Calls `listener` with every change of `state`; returns the unsubscribe. */
  subscribe(listener: (state: ModelState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops the worker; pending requests are left to their abort signals. */
  terminate(): void {
    this.#worker?.terminate();
    this.#pending.clear();
  }

  #post(message: ToModelWorker): void {
    this.#worker?.postMessage(message);
  }

  #receive(message: FromModelWorker): void {
    if (message.type === 'response') {
      const resolve = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      resolve?.(new Response(message.body, { status: message.status, headers: message.status === 200 ? SSE_HEADERS : JSON_HEADERS }));
      return;
    }
    if (message.type === 'progress') this.#setState({ state: 'loading', loaded: message.loaded, total: message.total, cached: message.cached });
    else if (message.type === 'ready') this.#setState({ state: 'ready', bytes: message.bytes, cached: message.cached });
    else this.#setState({ state: 'failed', code: message.code, message: message.message });
  }

  #crash(message: string): void {
    if (this.#crashed !== undefined) return;
    this.#crashed = message;
    this.#worker?.terminate();
    for (const resolve of this.#pending.values()) resolve(this.#errorResponse('worker_crashed', message));
    this.#pending.clear();
    this.#setState({ state: 'failed', code: 'worker_crashed', message });
  }

  #errorResponse(code: LocalModelErrorCode, message: string): Response {
    return new Response(localErrorBody(code, message), { status: 503, headers: JSON_HEADERS });
  }

  #setState(state: ModelState): void {
    this.state = state;
    for (const listener of this.#listeners) listener(state);
  }
}
