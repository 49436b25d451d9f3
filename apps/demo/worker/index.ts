// The demo on Cloudflare Workers (wrangler.jsonc `main`): the suggest function with the embedded
// model for the API paths, the built page from static assets for the rest.
import suggestWorker from '@logprob-autocomplete/server/worker';
import { routeRequest, type AssetsBinding } from './route-request.js';

interface DemoEnv extends Record<string, unknown> {
  ASSETS: AssetsBinding;
}

export default routeRequest<DemoEnv>(suggestWorker);
