// Model files for the in-page model's browser tests, mounted as web-test-runner middleware under
// /model-files/: the real model (packages/ngram's build), a truncated copy, a tampered copy, one
// claiming another format version, a 404, and pages served with a strict Content-Security-Policy.
// GET /model-files/requests answers how many times each file was requested (the cache test).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const model = await readFile(require.resolve('@logprob-autocomplete/ngram/model.bin'));
const truncated = model.subarray(0, Math.floor(model.length / 2));
const tampered = Buffer.from(model);
tampered[tampered.length - 100] ^= 0xff;
const otherVersion = Buffer.from(model);
otherVersion[4] = 99; // the format version byte after the "LPNG" magic

/** The SRI string of the real model, for `model-integrity`. */
export const MODEL_INTEGRITY = `sha256-${createHash('sha256').update(model).digest('base64')}`;
export const MODEL_SIZE = model.length;

const FILES = { 'model.bin': model, 'truncated.bin': truncated, 'tampered.bin': tampered, 'v99.bin': otherVersion };

// The strictest policy the in-page model works under, and one that forbids its worker.
export const STRICT_CSP = "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'";
const NO_WORKER_CSP = "default-src 'none'; script-src 'self'; worker-src 'none'; connect-src 'self'; style-src 'self'";

const page = (modelSrc) => `<!doctype html><meta charset="utf-8"><title>CSP</title>
<script type="module" src="/src/local-model/test-support/csp-page.ts"></script>
<logprob-autocomplete model-src="${modelSrc}"><textarea aria-label="Text"></textarea></logprob-autocomplete>`;

/** The middleware; `counts` holds requests per file name. */
export function modelFilesMiddleware() {
  const counts = new Map();
  return async function modelFiles(context, next) {
    // The element asks for its worker as the built `.js` beside its module; from source that is `.ts`.
    if (context.path === '/src/logprob-model-worker.js') context.url = '/src/logprob-model-worker.ts';
    const match = /^\/model-files\/([\w.-]+)$/.exec(context.path);
    if (!match) return next();
    const name = match[1];
    // Counted by name, and by name with its query too, so a test can count only its own requests.
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (context.querystring) counts.set(`${name}?${context.querystring}`, (counts.get(`${name}?${context.querystring}`) ?? 0) + 1);
    if (name === 'requests') {
      context.type = 'application/json';
      context.body = JSON.stringify({ ...Object.fromEntries(counts), integrity: MODEL_INTEGRITY, size: MODEL_SIZE });
      return undefined;
    }
    if (name === 'csp.html' || name === 'csp-no-worker.html') {
      context.set('content-security-policy', name === 'csp.html' ? STRICT_CSP : NO_WORKER_CSP);
      context.type = 'text/html';
      context.body = page('/model-files/model.bin');
      return undefined;
    }
    const file = FILES[name];
    if (!file) {
      context.status = 404;
      context.body = 'not found';
      return undefined;
    }
    context.type = 'application/octet-stream';
    context.body = file;
    return undefined;
  };
}
