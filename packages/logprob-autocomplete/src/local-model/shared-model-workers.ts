import type { ModelSource } from './model-messages.js';
import { ModelWorkerClient } from './model-worker-client.js';

interface Shared {
  client: ModelWorkerClient;
  users: number;
}

const workers = new Map<string, Shared>();

/**
 * One model worker per (worker script, model file, integrity, size) in the page, shared by every
 * element that asks for it: a page with three fields loads the model once, in one worker. The
 * returned `release` stops the worker when its last user lets go.
 *
 * @example
 * const { client, release } = acquireModelWorker(workerUrl, { url: modelUrl });
 * element.addEventListener('disconnect', release);
 */
export function acquireModelWorker(workerUrl: URL, source: ModelSource): { client: ModelWorkerClient; release: () => void } {
  const key = JSON.stringify([workerUrl.href, source.url, source.integrity, source.size]);
  let shared = workers.get(key);
  // A crashed worker is not handed out again: a new element (or a changed attribute) gets a fresh one.
  if (!shared || (shared.client.state.state === 'failed' && shared.client.state.code === 'worker_crashed')) {
    shared = { client: new ModelWorkerClient(workerUrl, source), users: 0 };
    workers.set(key, shared);
  }
  const entry = shared;
  entry.users++;
  let released = false;
  return {
    client: entry.client,
    release: () => {
      if (released) return;
      released = true;
      entry.users--;
      if (entry.users > 0) return;
      entry.client.terminate();
      if (workers.get(key) === entry) workers.delete(key);
    },
  };
}
