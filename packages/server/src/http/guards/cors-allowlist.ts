import { toErrorBody } from '@logprob-autocomplete/protocol';
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/**
 * `'*'` for any origin (never with credentials), or exact origins; `'default'` is localhost.
 * The server's own origin is always allowed: a page it serves needs no CORS.
 */
export type AllowedOrigins = '*' | 'default' | readonly string[];

const LOCALHOST = /^https?:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;

/**
 * Reads `ALLOWED_ORIGINS`: comma-separated origins, `*`, or unset for the default.
 *
 * @example
 * parseAllowedOrigins('https://example.com, https://app.example.com'); // ['https://example.com', 'https://app.example.com']
 */
export function parseAllowedOrigins(value: string | undefined): AllowedOrigins {
  const trimmed = value?.trim();
  if (!trimmed) return 'default';
  if (trimmed === '*') return '*';
  return trimmed.split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean);
}

/**
 * Whether a browser page at `origin` may call the API served at `requestUrl`. A same-origin page
 * always may, whatever the list says: browsers send `Origin` on same-origin POSTs too, and
 * refusing the server's own page would break it the day `ALLOWED_ORIGINS` names another site.
 *
 * @example
 * isAllowedOrigin('http://localhost:5173', 'http://127.0.0.1:8787/v1/suggest', 'default'); // true
 * isAllowedOrigin('https://api.example', 'https://api.example/v1/suggest', ['https://app.example']); // true
 */
export function isAllowedOrigin(origin: string, requestUrl: string, allowed: AllowedOrigins): boolean {
  if (allowed === '*' || origin === new URL(requestUrl).origin) return true;
  if (allowed === 'default') return LOCALHOST.test(origin);
  return allowed.includes(origin);
}

/**
 * CORS for an allowlist, without credentials. A cross-origin request from an origin not on the
 * list is refused with 403 before it costs an upstream call; browsers would hide the answer
 * anyway, but scripts outside browsers would not.
 *
 * @example
 * app.use('*', corsAllowlist('default', ['Logprob-Protocol-Version']));
 */
export function corsAllowlist(allowed: AllowedOrigins, exposeHeaders: string[]): MiddlewareHandler {
  const handler = cors({
    origin: (origin, context) => (isAllowedOrigin(origin, context.req.url, allowed) ? (allowed === '*' ? '*' : origin) : null),
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization'],
    exposeHeaders,
    maxAge: 600,
    credentials: false,
  });
  return async (context, next) => {
    const origin = context.req.header('origin');
    if (origin && !isAllowedOrigin(origin, context.req.url, allowed)) {
      return context.json(toErrorBody('forbidden_origin', `Origin ${JSON.stringify(origin)} is not allowed.`), 403);
    }
    return handler(context, next);
  };
}
