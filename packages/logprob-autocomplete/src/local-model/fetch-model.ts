import type { ModelSource } from './model-messages.js';
import { ModelLoadError } from './model-load-error.js';
import { verifyModel } from './verify-model.js';

/** The Cache Storage cache that keeps verified model files between visits. */
export const MODEL_CACHE_NAME = 'logprob-autocomplete-models';

/** Bytes loaded so far and expected in all (0 when the server sends no length and no `model-size`). */
export type OnModelProgress = (loaded: number, total: number, cached: boolean) => void;

async function openCache(): Promise<Cache | undefined> {
  try {
    // Absent in insecure contexts (the DOM types say otherwise), and opening can throw in private windows: then no cache.
    if (!('caches' in globalThis)) return undefined;
    return await caches.open(MODEL_CACHE_NAME);
  } catch {
    return undefined;
  }
}

async function readWithProgress(response: Response, expected: number, onProgress: OnModelProgress, cached: boolean): Promise<Uint8Array<ArrayBuffer>> {
  const total = expected || Number(response.headers.get('content-length')) || 0;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress(0, total, cached);
  if (response.body) {
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      loaded += read.value.byteLength;
      onProgress(loaded, Math.max(total, loaded), cached);
    }
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function fromCache(cache: Cache | undefined, source: ModelSource, onProgress: OnModelProgress): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const response = await cache?.match(source.url);
  if (!response) return undefined;
  const bytes = await readWithProgress(response, source.size ?? 0, onProgress, true);
  try {
    await verifyModel(bytes, source);
    return bytes;
  } catch {
    // A copy from before the file (or its declared hash) changed: download it again.
    await cache?.delete(source.url);
    return undefined;
  }
}

async function download(source: ModelSource, onProgress: OnModelProgress, cache: Cache | undefined): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    // With Cache Storage keeping the verified copy, the HTTP cache would only hold a second one.
    response = await fetch(source.url, { credentials: 'same-origin', cache: cache ? 'no-store' : 'default' });
  } catch (error) {
    throw new ModelLoadError('model_unavailable', `The model file could not be downloaded (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!response.ok) throw new ModelLoadError('model_unavailable', `The model file answered HTTP ${response.status}.`);
  try {
    return await readWithProgress(response, source.size ?? 0, onProgress, false);
  } catch (error) {
    throw new ModelLoadError('model_unavailable', `The model download broke off (${error instanceof Error ? error.message : String(error)}).`);
  }
}

/**
 * The model file's bytes: from Cache Storage when a verified copy is there (no request at all),
 * else downloaded once with progress and verified (size, SHA-256). Throws `ModelLoadError` with
 * `model_unavailable` or `model_corrupt`. The caller keeps a download with `cacheModel` once the
 * model has loaded from it.
 *
 * @example
 * const { bytes, cached } = await fetchModel({ url: 'https://example.com/model.bin' }, (loaded, total) => console.log(loaded, total));
 */
export async function fetchModel(source: ModelSource, onProgress: OnModelProgress): Promise<{ bytes: Uint8Array<ArrayBuffer>; cached: boolean }> {
  const cache = await openCache();
  const cachedBytes = await fromCache(cache, source, onProgress);
  if (cachedBytes) return { bytes: cachedBytes, cached: true };
  const bytes = await download(source, onProgress, cache);
  await verifyModel(bytes, source);
  return { bytes, cached: false };
}

/**
 * Keeps a verified model file that loaded in Cache Storage for the next visit. A full disk or a
 * missing cache costs that visit a download, nothing more.
 *
 * @example
 * if (!cached) await cacheModel(source, bytes);
 */
export async function cacheModel(source: ModelSource, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const cache = await openCache();
  const headers = { 'content-type': 'application/octet-stream', 'content-length': String(bytes.byteLength) };
  await cache?.put(source.url, new Response(bytes, { headers })).catch(() => undefined);
}
