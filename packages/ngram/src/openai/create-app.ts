import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { EMBEDDED_MODEL_ID } from '../model-id.js';
import type { NgramModel } from '../ngram-model.js';
import { chatCompletion, chatCompletionStream } from './chat-completions.js';
import { completion, completionStream } from './completions.js';
import { OpenAIRequestError, toOpenAIErrorBody } from './openai-error.js';
import { parseChatRequest, parseCompletionRequest, type ParsedRequest } from './parse-requests.js';
import type { JsonObject } from './request-fields.js';

/**
 * Options of {@link createOpenAICompatibleApp}.
 *
 * @example
 * const options: OpenAICompatibleAppOptions = { model: () => loadDefaultModel(), modelId: 'embedded-ngram' };
 */
export interface OpenAICompatibleAppOptions {
  /** The model, or a function loading it on first use (Workers have a 1 s startup budget). */
  model: NgramModel | (() => NgramModel | Promise<NgramModel>);
  /** The id `/v1/models` lists and requests must name; default `EMBEDDED_MODEL_ID`. */
  modelId?: string;
}

/**
 * Largest request body accepted, in bytes: room for the longest allowed prompt in JSON escapes.
 *
 * @example
 * bodyLimit({ maxSize: MAX_BODY_BYTES });
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

// Fixed so that the same request gives the same bytes (the model never changes under an id).
const MODEL_CREATED = 1_767_225_600;

// crypto.randomUUID exists only in secure contexts in browsers; getRandomValues exists everywhere.
// Random bytes are drawn a few kilobytes at a time: one call per response cost more than the
// model's whole answer.
const RANDOM_POOL_BYTES = 4096;
const ID_BYTES = 12;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
let randomPool = new Uint8Array(0);
let randomOffset = 0;

function randomHex(): string {
  if (randomOffset + ID_BYTES > randomPool.length) {
    randomPool = crypto.getRandomValues(new Uint8Array(RANDOM_POOL_BYTES));
    randomOffset = 0;
  }
  let hex = '';
  for (let index = randomOffset; index < randomOffset + ID_BYTES; index++) hex += HEX[randomPool[index] ?? 0] ?? '00';
  randomOffset += ID_BYTES;
  return hex;
}

function errorResponse(context: Context, error: OpenAIRequestError): Response {
  return context.json(error.toBody(), error.status);
}

async function readJsonObject(context: Context): Promise<JsonObject> {
  let body: unknown;
  try {
    body = JSON.parse(await context.req.text());
  } catch {
    throw new OpenAIRequestError(400, 'We could not parse the JSON body of your request: it is not valid JSON.', null, 'invalid_json');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new OpenAIRequestError(400, 'The request body must be a JSON object.', null, 'invalid_json');
  }
  return body as JsonObject;
}

/**
 * An OpenAI-compatible Hono app over an n-gram model, with routes relative to its root:
 * `POST /v1/chat/completions`, `POST /v1/completions` and `GET /v1/models`. Runtime-agnostic:
 * mount it (`app.route('/openai', ngramApp)`) or call `ngramApp.fetch` directly.
 *
 * @example
 * const app = createOpenAICompatibleApp({ model: () => loadDefaultModel() });
 * const client = new OpenAI({ apiKey: 'none', baseURL: 'http://embedded.invalid/v1', fetch: (input, init) => app.fetch(new Request(input, init)) });
 */
export function createOpenAICompatibleApp(options: OpenAICompatibleAppOptions): Hono {
  const modelId = options.modelId ?? EMBEDDED_MODEL_ID;
  let loading: Promise<NgramModel> | undefined;
  const getModel = (): Promise<NgramModel> => {
    if (!loading) {
      const source = options.model;
      const load = Promise.resolve().then(() => (typeof source === 'function' ? source() : source));
      // A failed load is retried on the next request instead of failing forever; the handler is
      // attached once per load, not on every request.
      load.catch(() => {
        if (loading === load) loading = undefined;
      });
      loading = load;
    }
    return loading;
  };

  const app = new Hono();
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (context) => errorResponse(context, new OpenAIRequestError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`, null, 'request_too_large')),
    }),
  );
  const handle = (parse: (body: JsonObject) => ParsedRequest, respond: (model: NgramModel, request: ParsedRequest, context: Context) => Response) => {
    return async (context: Context) => {
      try {
        const request = parse(await readJsonObject(context));
        if (request.model !== modelId) {
          throw new OpenAIRequestError(404, `The model \`${request.model}\` does not exist or you do not have access to it.`, 'model', 'model_not_found');
        }
        return respond(await getModel(), request, context);
      } catch (error) {
        if (error instanceof OpenAIRequestError) return errorResponse(context, error);
        throw error;
      }
    };
  };
  const meta = (prefix: string) => ({ id: `${prefix}-${randomHex()}`, created: Math.floor(Date.now() / 1000), model: modelId });

  app.post(
    '/v1/chat/completions',
    handle(parseChatRequest, (model, request, context) =>
      request.stream ? chatCompletionStream(model, request, meta('chatcmpl')) : context.json(chatCompletion(model, request, meta('chatcmpl'))),
    ),
  );
  app.post(
    '/v1/completions',
    handle(parseCompletionRequest, (model, request, context) =>
      request.stream ? completionStream(model, request, meta('cmpl')) : context.json(completion(model, request, meta('cmpl'))),
    ),
  );
  app.get('/v1/models', (context) => context.json({ object: 'list', data: [{ id: modelId, object: 'model', created: MODEL_CREATED, owned_by: 'logprob-autocomplete' }] }));
  app.get('/v1/models/:model', (context) => {
    const id = context.req.param('model');
    if (id !== modelId) return errorResponse(context, new OpenAIRequestError(404, `The model \`${id}\` does not exist or you do not have access to it.`, 'model', 'model_not_found'));
    return context.json({ id: modelId, object: 'model', created: MODEL_CREATED, owned_by: 'logprob-autocomplete' });
  });
  app.notFound((context) => errorResponse(context, new OpenAIRequestError(404, `Unknown request URL: ${context.req.method} ${new URL(context.req.url).pathname}.`, null, 'unknown_url')));
  app.onError((error, context) => {
    if (error instanceof OpenAIRequestError) return errorResponse(context, error);
    return context.json(toOpenAIErrorBody(500, 'The embedded model failed to process the request.', null), 500);
  });
  return app;
}
