import { toOpenAIErrorBody } from '@logprob-autocomplete/ngram/openai';
import type { MiddlewareHandler } from 'hono';

// The server's guards speak the suggest protocol's codes; OpenAI's SDKs and clients expect
// OpenAI's codes for the same conditions.
const OPENAI_CODES: Readonly<Record<number, string>> = { 413: 'request_too_large', 429: 'rate_limit_exceeded' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isOpenAIErrorBody(body: unknown): boolean {
  return isRecord(body) && isRecord(body.error) && typeof body.error.message === 'string' && typeof body.error.type === 'string' && 'param' in body.error && 'code' in body.error;
}

/**
 * Gives every error answered under a path OpenAI's shape, `{ error: { message, type, param,
 * code } }`, whoever produced it: the embedded app's own errors pass through untouched, while
 * the guards in front of it (rate limit 429, body limit 413, CORS 403, 404, 500) are rewritten,
 * keeping their status and headers (`Retry-After`, CORS). Register it before those guards.
 *
 * @example
 * app.use('/openai/*', openAIErrorShape());
 */
export function openAIErrorShape(): MiddlewareHandler {
  return async (context, next) => {
    await next();
    const response = context.res;
    if (response.status < 400) return;
    const body: unknown = await response.clone().json().catch(() => undefined);
    if (isOpenAIErrorBody(body)) return;
    const error = isRecord(body) && isRecord(body.error) ? body.error : {};
    const message = typeof error.message === 'string' ? error.message : `The request failed with status ${response.status}.`;
    const code = OPENAI_CODES[response.status] ?? (typeof error.code === 'string' ? error.code : null);
    // Hono copies the old response's headers onto the new one; its length is the old body's.
    context.res = new Response(JSON.stringify(toOpenAIErrorBody(response.status, message, code)), { status: response.status, headers: { 'content-type': 'application/json' } });
    context.res.headers.delete('content-length');
  };
}
