import { HTTP_ERROR_STATUS, toErrorBody } from '@logprob-autocomplete/protocol';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Refuses a body over `maxBytes` with 413 before it is read. A declared `Content-Length` is
 * checked without touching the body: Hono's `bodyLimit` reads `request.body` first, which makes
 * `@hono/node-server` build a full web `Request` and stream, and then the route's `text()` loses
 * the server's direct read of the socket (in a profile, that cost a fifth of an embedded
 * suggestion). A body without a length (chunked) is counted as it streams, by `bodyLimit`.
 *
 * @example
 * app.use('/v1/suggest', limitBody(256 * 1024));
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const counted = bodyLimit({
    maxSize: maxBytes,
    onError: (context) => context.json(toErrorBody('payload_too_large', 'The request body is too large.'), HTTP_ERROR_STATUS.payload_too_large),
  });
  return async (context, next) => {
    const method = context.req.method;
    if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return next();
    const length = context.req.header('content-length');
    if (length === undefined || context.req.header('transfer-encoding') !== undefined) return counted(context, next);
    if (!/^\d+$/.test(length) || Number(length) > maxBytes) {
      return context.json(toErrorBody('payload_too_large', 'The request body is too large.'), HTTP_ERROR_STATUS.payload_too_large);
    }
    return next();
  };
}
