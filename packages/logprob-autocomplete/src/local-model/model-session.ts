import { defaultModelWorkerUrl } from '../model-worker-url.js';
import type { LocalModelHost, LogprobModelLoadDetail, LogprobModelProgressDetail } from './local-model-controller.js';
import type { ModelState, ModelWorkerClient } from './model-worker-client.js';
import { acquireModelWorker } from './shared-model-workers.js';

/** One element's use of the in-page model: its worker's client, and how to let go of it. */
export interface ModelSession {
  readonly client: ModelWorkerClient;
  stop(): void;
}

/**
 * Starts (or shares) the worker for the element's `model-src`, integrity, size and worker URL,
 * fires `logprob-model-progress` and `logprob-model-load` on the element and asks it to render on
 * every change. LocalModelController imports this module dynamically, so that pages without
 * `model-src` never download it (the drop-in's second file, docs/decisions/0004).
 *
 * @example
 * const session = startModelSession(element);
 * const response = await session.client.fetch('local:', { method: 'POST', body: JSON.stringify({ text: 'We the' }) });
 * session.stop();
 */
export function startModelSession(host: LocalModelHost): ModelSession {
  const { modelSrc, modelIntegrity, modelSize, modelWorkerSrc } = host;
  const source = {
    url: new URL(modelSrc ?? '', document.baseURI).href,
    integrity: modelIntegrity || undefined,
    size: modelSize !== null && Number.isFinite(modelSize) && modelSize > 0 ? modelSize : undefined,
  };
  const workerUrl = modelWorkerSrc ? new URL(modelWorkerSrc, document.baseURI) : defaultModelWorkerUrl();
  const { client, release } = acquireModelWorker(workerUrl, source);
  const fire = (type: string, detail: LogprobModelProgressDetail | LogprobModelLoadDetail): void => {
    host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  };
  const changed = (state: ModelState): void => {
    if (state.state === 'loading') fire('logprob-model-progress', { loaded: state.loaded, total: state.total, cached: state.cached });
    else if (state.state === 'ready') {
      fire('logprob-model-progress', { loaded: state.bytes, total: state.bytes, cached: state.cached });
      fire('logprob-model-load', { bytes: state.bytes, cached: state.cached });
    }
    host.requestUpdate();
  };
  const unsubscribe = client.subscribe(changed);
  // A worker shared with another element may have loaded already: say so.
  if (client.state.state === 'ready') changed(client.state);
  else host.requestUpdate();
  return {
    client,
    stop: () => {
      unsubscribe();
      release();
    },
  };
}
