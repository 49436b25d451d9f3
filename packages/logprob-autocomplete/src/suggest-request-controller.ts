import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { AdaptiveDebounce } from './adaptive-debounce.js';
import { streamSuggestions, type SuggestFailure, type SuggestRequestOptions } from './suggest-client.js';
import type { StreamedSuggestions } from './suggestion-view.js';

/** What the request controller asks of, and reports to, its owner. */
export interface SuggestRequestCallbacks {
  /** What to request now, or `undefined` when nothing should be requested. */
  requestOptions(): SuggestRequestOptions | undefined;
  /** The current request streamed more (or ended). */
  streamed(stream: StreamedSuggestions): void;
  failed(failure: SuggestFailure): void;
  loadstart(text: string): void;
  loadend(status: 'success' | 'error' | 'abort'): void;
}

/**
 * The request lifecycle as a Lit controller, in the manner of Lit's Task: one run at a time, each
 * with its own AbortController that aborts the previous run, started at once or after an adaptive
 * debounce. Results of a run that has been replaced are dropped; disconnecting the host drops all.
 *
 * @example
 * const requests = new SuggestRequestController(host, callbacks);
 * field.addEventListener('input', () => { requests.schedule(100); });
 */
export class SuggestRequestController implements ReactiveController {
  /** What the latest run has streamed so far (kept after it ends, dropped by `reset`). */
  stream: StreamedSuggestions | undefined;
  readonly #callbacks: SuggestRequestCallbacks;
  readonly #debounce = new AdaptiveDebounce();
  #run: AbortController | undefined;

  constructor(host: ReactiveControllerHost, callbacks: SuggestRequestCallbacks) {
    this.#callbacks = callbacks;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Drops the current suggestions and requests again after the debounce. */
  schedule(debounce: number): void {
    this.reset();
    this.#debounce.restart(debounce, () => { void this.run(); });
  }

  /** Tells the debounce the user typed, whether or not that needs a request. */
  keystroke(): void {
    this.#debounce.record();
  }

  /** Drops everything: the pending debounce, the running request and its suggestions. */
  reset(): void {
    this.#debounce.cancel();
    this.abort();
    this.stream = undefined;
  }

  /** Aborts the running request but keeps what it streamed. */
  abort(): void {
    this.#run?.abort();
    this.#run = undefined;
  }

  /** Requests now, replacing any pending or running request. */
  async run(): Promise<void> {
    const options = this.#callbacks.requestOptions();
    if (!options) return;
    this.#debounce.cancel();
    this.abort();
    const run = new AbortController();
    this.#run = run;
    this.stream = { text: options.text, positions: [], done: false };
    this.#callbacks.loadstart(options.text);
    const status = await streamSuggestions(options, run.signal, {
      onUpdate: (stream) => {
        if (this.#run !== run) return;
        this.stream = stream;
        this.#callbacks.streamed(stream);
      },
      onError: (failure) => {
        if (this.#run === run) this.#callbacks.failed(failure);
      },
    });
    if (this.#run === run) this.#run = undefined;
    this.#callbacks.loadend(status);
  }
}
