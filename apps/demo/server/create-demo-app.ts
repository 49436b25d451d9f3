import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { isApiPath } from './api-paths.js';

/**
 * Anything with a WHATWG `fetch` handler: a Hono app, a Workers default export. `env` is the
 * runtime's bindings (under Node, `@hono/node-server`'s `{ incoming, outgoing }`): the suggest
 * function reads the client's address from it.
 */
export interface FetchHandler {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

export interface DemoAppOptions {
  /** The suggest function (its `/v1/suggest`, `/healthz` and `/openai/v1/...`). */
  api: FetchHandler;
  /** Absolute path of the built page (Vite's `dist`). */
  assetsDirectory: string;
}

/**
 * One Hono app for the whole demo on Node: API paths go to the suggest function, the rest is the
 * built page, so one process and one origin serve both (no CORS, same as on Workers).
 *
 * @example
 * const app = createDemoApp({ api: createSuggestApp(), assetsDirectory: '/srv/demo/dist' });
 */
export function createDemoApp(options: DemoAppOptions): Hono {
  const app = new Hono();
  app.use('*', async (context, next) => {
    if (!isApiPath(context.req.path)) {
      await next();
      return;
    }
    // The bindings go along: without them the API cannot see the client's socket, and every
    // client would share one rate-limit bucket.
    return options.api.fetch(context.req.raw, context.env);
  });
  // Hashed asset names never change, so they can be cached for good; index.html must not be.
  app.use('/assets/*', async (context, next) => {
    await next();
    if (context.res.ok) context.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root: options.assetsDirectory }));
  app.notFound((context) => context.json({ error: { code: 'not_found', message: `No page at ${context.req.path}` } }, 404));
  return app;
}
