import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { defaultModelWorkerUrl } from '../model-worker-url.js';
import { localErrorBody } from './model-messages.js';
import type { ModelState, ModelWorkerClient } from './model-worker-client.js';

/**
 * The worker client and its sharing are fetched only by pages that set `model-src`: a dynamic
 * import, which the drop-in build turns into the file `logprob-autocomplete-model.js` beside it
 * (docs/decisions/0004), so pages that suggest from a server never download it.
 */
const loadModelWorkers = () => import('./shared-model-workers.js');

/** What the controller reads from the element. */
export interface LocalModelHost extends HTMLElement, ReactiveControllerHost {
  modelSrc: string | null;
  modelIntegrity: string | null;
  modelSize: number | null;
  modelWorkerSrc: string | null;
}

/** `logprob-model-progress`: the in-page model file is loading (or has loaded: `loaded === total`). */
export interface LogprobModelProgressDetail {
  /** Bytes read so far. */
  loaded: number;
  /** Bytes in all: `model-size`, else the server's Content-Length, else 0 (unknown). */
  total: number;
  /** Read from Cache Storage rather than downloaded. */
  cached: boolean;
}

/** `logprob-model-load`: the in-page model has loaded and answers from now on. */
export interface LogprobModelLoadDetail {
  /** Size of the model file in bytes. */
  bytes: number;
  /** Read from Cache Storage rather than downloaded. */
  cached: boolean;
}

/**
 * The in-page model as a Lit controller: while the element has `model-src`, one module worker
 * loads that model and answers the element's suggest requests through `fetch`. Fires
 * `logprob-model-progress` and `logprob-model-load`, and renders a progress bar while the file loads; a changed
 * `model-src`, integrity, size or worker URL starts a new worker, disconnecting stops it.
 *
 * @example
 * readonly #localModel = new LocalModelController(this);
 * get suggestFetch() { return this.#localModel.fetch; }
 */
export class LocalModelController implements ReactiveController {
  readonly #host: LocalModelHost;
  #client: ModelWorkerClient | undefined;
  #release: (() => void) | undefined;
  #key = '';
  /** The state until the worker client module has loaded, and if it cannot load. */
  #state: ModelState | undefined;
  #fetch: typeof fetch | undefined;
  /** Identifies the latest `#sync`, so that a client module arriving late for a stale one is not used. */
  #run: object | undefined;

  constructor(host: LocalModelHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Answers suggest requests from the in-page model; `undefined` when there is no `model-src`. */
  get fetch(): typeof fetch | undefined {
    return this.#fetch;
  }

  /** Where the model is in its loading, or `undefined` without `model-src`. */
  get state(): ModelState | undefined {
    return this.#client?.state ?? this.#state;
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#drop();
    this.#key = '';
  }

  /** The default progress bar while the model loads; nothing once it is ready or failed. */
  render(): unknown {
    const { state } = this;
    if (state?.state !== 'loading') return nothing;
    // An unknown total makes an indeterminate bar (no `value`).
    return html`<progress part="model-progress" aria-label="Loading the suggestion model" max=${state.total || 1} .value=${state.total ? state.loaded : null}></progress>`;
  }

  #sync(): void {
    const { modelSrc, modelIntegrity, modelSize, modelWorkerSrc } = this.#host;
    const key = modelSrc ? JSON.stringify([modelSrc, modelIntegrity, modelSize, modelWorkerSrc]) : '';
    if (key === this.#key || !this.#host.isConnected) return;
    this.#key = key;
    this.#drop();
    if (!modelSrc) return;
    const source = {
      url: new URL(modelSrc, document.baseURI).href,
      integrity: modelIntegrity || undefined,
      size: modelSize !== null && Number.isFinite(modelSize) && modelSize > 0 ? modelSize : undefined,
    };
    const workerUrl = modelWorkerSrc ? new URL(modelWorkerSrc, document.baseURI) : defaultModelWorkerUrl();
    const run = {};
    this.#run = run;
    this.#state = { state: 'loading', loaded: 0, total: source.size ?? 0, cached: false };
    const client = loadModelWorkers().then(
      ({ acquireModelWorker }) => (this.#run === run ? this.#start(acquireModelWorker(workerUrl, source)) : undefined),
      // The file is missing or the page's CSP refuses it: as when the worker itself cannot start.
      (error: unknown) => {
        if (this.#run === run) this.#stateChanged((this.#state = { state: 'failed', code: 'worker_crashed', message: `The model worker could not start (${error instanceof Error ? error.message : String(error)}).` }));
        return undefined;
      },
    );
    // Requests made while the module loads wait for it, as they wait for the model in the worker.
    this.#fetch = async (input, init) => {
      const started = await client;
      if (started) return started.fetch(input, init);
      init?.signal?.throwIfAborted();
      const failed = this.#state?.state === 'failed' ? this.#state.message : 'The model worker stopped.';
      return new Response(localErrorBody('worker_crashed', failed), { status: 503, headers: { 'content-type': 'application/json' } });
    };
  }

  #start({ client, release }: { client: ModelWorkerClient; release: () => void }): ModelWorkerClient {
    const unsubscribe = client.subscribe((state) => { this.#stateChanged(state); });
    this.#client = client;
    this.#release = () => {
      unsubscribe();
      release();
    };
    // A worker shared with another element may have loaded already: say so.
    if (client.state.state === 'ready') this.#stateChanged(client.state);
    else this.#host.requestUpdate();
    return client;
  }

  #drop(): void {
    this.#release?.();
    this.#release = undefined;
    this.#client = undefined;
    this.#run = undefined;
    this.#state = undefined;
    this.#fetch = undefined;
  }

  #stateChanged(state: ModelState): void {
    if (state.state === 'loading') this.#progress({ loaded: state.loaded, total: state.total, cached: state.cached });
    else if (state.state === 'ready') {
      this.#progress({ loaded: state.bytes, total: state.bytes, cached: state.cached });
      this.#fire('logprob-model-load', { bytes: state.bytes, cached: state.cached });
    }
    this.#host.requestUpdate();
  }

  #progress(detail: LogprobModelProgressDetail): void {
    this.#fire('logprob-model-progress', detail);
  }

  #fire(type: string, detail: unknown): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementEventMap {
    'logprob-model-progress': CustomEvent<LogprobModelProgressDetail>;
    'logprob-model-load': CustomEvent<LogprobModelLoadDetail>;
  }
}
