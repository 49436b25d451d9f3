import { isApiPath } from '../server/api-paths.js';

/** The static-assets binding Workers gives the entry (`assets.binding` in wrangler.jsonc). */
export interface AssetsBinding {
  fetch(request: Request): Promise<Response>;
}

/** The parts of the Workers `ExecutionContext` the suggest function may use. */
export interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
  passThroughOnException(): void;
}

/** A Workers module's default export. */
export interface WorkerHandler<Env> {
  fetch(request: Request, env: Env, context: WorkerContext): Response | Promise<Response>;
}

/**
 * The demo's Workers entry: API paths go to the suggest function's Workers handler, everything
 * else to the built page in static assets, the same split as the Node server.
 *
 * @example
 * export default routeRequest(suggestWorker);
 */
export function routeRequest<Env extends { ASSETS: AssetsBinding }>(api: WorkerHandler<Env>): WorkerHandler<Env> {
  return {
    fetch(request, env, context) {
      const { pathname } = new URL(request.url);
      return isApiPath(pathname) ? api.fetch(request, env, context) : env.ASSETS.fetch(request);
    },
  };
}
