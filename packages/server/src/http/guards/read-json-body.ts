import type { Context } from 'hono';
import { HTTP_ERROR_STATUS, toErrorBody, toSuggestErrorBody, type SuggestErrorBody } from '@logprob-autocomplete/protocol';

const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

/** A 4xx answer: its status and JSON body. */
export interface BodyRejection {
  status: 400 | 415;
  body: SuggestErrorBody;
}

const reject = (status: 400 | 415, message: string): BodyRejection => {
  const issues = [{ field: '(body)', message }];
  return { status, body: status === HTTP_ERROR_STATUS.unsupported_media_type ? toErrorBody('unsupported_media_type', `(body): ${message}`, issues) : toSuggestErrorBody(issues) };
};

/**
 * Reads a JSON request body, or says why not: 415 for another content type (which also keeps
 * cross-origin "simple" requests, which skip CORS preflight, out), 400 for text that is not JSON.
 * The size limit is enforced before this by `bodyLimit`.
 *
 * @example
 * const read = await readJsonBody(context);
 * if (!read.ok) return context.json(read.rejection.body, read.rejection.status);
 */
export async function readJsonBody(context: Context): Promise<{ ok: true; body: unknown } | { ok: false; rejection: BodyRejection }> {
  const type = context.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    return { ok: false, rejection: reject(415, `content-type must be application/json, received ${type ? JSON.stringify(type.slice(0, 100)) : 'none'}`) };
  }
  const text = await context.req.text();
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, rejection: reject(400, 'is not valid JSON') };
  }
}
