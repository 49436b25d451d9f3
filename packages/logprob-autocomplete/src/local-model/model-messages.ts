/**
 * Why the in-page model cannot answer; the `code` of `logprob-error`.
 * `model_unavailable`: the file could not be downloaded (404, network, CSP).
 * `model_corrupt`: its size or SHA-256 is not the declared one, or it does not parse.
 * `model_version`: it is a model file of another format version.
 * `worker_crashed`: the worker running the model stopped or could not start.
 */
export type LocalModelErrorCode = 'model_unavailable' | 'model_corrupt' | 'model_version' | 'worker_crashed';

/** Where the model comes from and what it must be. */
export interface ModelSource {
  /** Absolute URL of the model file. */
  url: string;
  /** `sha256-<base64>` (Subresource Integrity syntax), checked when set. */
  integrity?: string | undefined;
  /** Size in bytes, checked when set. */
  size?: number | undefined;
}

/** Messages from the page to the model worker. */
export type ToModelWorker =
  | { type: 'load'; source: ModelSource }
  | { type: 'suggest'; id: number; body: string }
  | { type: 'abort'; id: number };

/** Messages from the model worker to the page. */
export type FromModelWorker =
  | { type: 'progress'; loaded: number; total: number; cached: boolean }
  | { type: 'ready'; bytes: number; cached: boolean }
  | { type: 'failed'; code: LocalModelErrorCode; message: string }
  // One answer per suggestion, shaped like the server's: status, and an SSE or JSON body.
  | { type: 'response'; id: number; status: number; body: string };

/**
 * The JSON error body the in-page source answers with when the model cannot run, shaped like the
 * server's error bodies so the element reads both alike.
 *
 * @example
 * localErrorBody('model_corrupt', 'The model file does not match model-integrity.');
 */
export function localErrorBody(code: LocalModelErrorCode, message: string): string {
  return JSON.stringify({ error: { code, message } });
}
