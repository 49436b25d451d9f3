import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { localErrorBody } from './model-messages.js';
import type { ModelState } from './model-worker-client.js';
import type { ModelSession } from './model-session.js';

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
  #key = '';
  #session: ModelSession | undefined;
  /** The state until the session's module has loaded, and if it cannot load. */
  #state: ModelState | undefined;
  #fetch: typeof fetch | undefined;
  /** Identifies the latest `#sync`, so that a module arriving late for a stale one starts nothing. */
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
    return this.#session?.client.state ?? this.#state;
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
    const run = {};
    this.#run = run;
    this.#state = { state: 'loading', loaded: 0, total: 0, cached: false };
    // The worker and its client are in a module of their own, fetched only by pages with
    // `model-src`: the drop-in build emits it as logprob-autocomplete-model.js (docs/decisions/0004).
    const session = import('./model-session.js').then(
      ({ startModelSession }) => (this.#run === run ? (this.#session = startModelSession(this.#host)) : undefined),
      // The file is missing or the page's CSP refuses it: as when the worker itself cannot start.
      (error: unknown) => {
        if (this.#run !== run) return undefined;
        this.#state = { state: 'failed', code: 'worker_crashed', message: `The model worker could not start (${error instanceof Error ? error.message : String(error)}).` };
        this.#host.requestUpdate();
        return undefined;
      },
    );
    // Requests made while the module loads wait for it, as they wait for the model in the worker.
    this.#fetch = async (input, init) => {
      const started = await session;
      if (started) return started.client.fetch(input, init);
      init?.signal?.throwIfAborted();
      const message = this.#state?.state === 'failed' ? this.#state.message : 'The model worker stopped.';
      return new Response(localErrorBody('worker_crashed', message), { status: 503, headers: { 'content-type': 'application/json' } });
    };
  }

  #drop(): void {
    this.#session?.stop();
    this.#session = undefined;
    this.#run = undefined;
    this.#state = undefined;
    this.#fetch = undefined;
  }
}

declare global {
  interface HTMLElementEventMap {
    'logprob-model-progress': CustomEvent<LogprobModelProgressDetail>;
    'logprob-model-load': CustomEvent<LogprobModelLoadDetail>;
  }
}
