import type { ModelSource } from './model-messages.js';
import { ModelLoadError } from './model-load-error.js';

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Checks downloaded or cached bytes against the declared size and `sha256-` integrity; throws
 * `ModelLoadError('model_corrupt')` on a mismatch. Hashing runs off the main thread (in the worker)
 * with `crypto.subtle`.
 *
 * @example
 * await verifyModel(bytes, { url, integrity: 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', size: 0 });
 */
export async function verifyModel(bytes: Uint8Array<ArrayBuffer>, source: ModelSource): Promise<void> {
  if (source.size !== undefined && bytes.byteLength !== source.size) {
    throw new ModelLoadError('model_corrupt', `The model file has ${bytes.byteLength} bytes; model-size says ${source.size}.`);
  }
  if (source.integrity === undefined) return;
  const match = /^sha256-([A-Za-z0-9+/]+=*)$/.exec(source.integrity.trim());
  if (!match) throw new ModelLoadError('model_corrupt', 'model-integrity must be "sha256-" followed by the base64 SHA-256 of the file.');
  const digest = toBase64(await crypto.subtle.digest('SHA-256', bytes));
  if (digest !== match[1]) throw new ModelLoadError('model_corrupt', 'The model file does not match model-integrity (SHA-256).');
}
