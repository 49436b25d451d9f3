// Cloudflare Workers entry. Needs the `enable_request_signal` compatibility flag, so that a
// client hanging up aborts the upstream request, and a `Data` module rule for *.bin.
import { loadModel } from '@logprob-autocomplete/ngram';
import modelBytes from '@logprob-autocomplete/ngram/model.bin';
import type { ExecutionContext } from 'hono';
import { createSuggestApp } from '../http/create-suggest-app.js';

let app: ReturnType<typeof createSuggestApp> | undefined;

/**
 * `{ fetch }` for Workers. Bindings are only known per request, so the app is built on the first
 * one; the model is parsed on first use, which keeps startup well under Workers' 1 s budget.
 *
 * @example
 * // wrangler.jsonc: { "main": "src/runtimes/worker.ts", "compatibility_flags": ["enable_request_signal"] }
 */
export default {
  fetch(request: Request, env: Record<string, unknown>, context: ExecutionContext): Response | Promise<Response> {
    app ??= createSuggestApp({ env, model: () => loadModel(new Uint8Array(modelBytes)) });
    return app.fetch(request, env, context);
  },
};
