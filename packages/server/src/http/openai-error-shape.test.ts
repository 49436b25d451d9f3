import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { serveNode, type NodeServer } from '../runtimes/node.js';
import { createSuggestApp, type SuggestAppOptions } from './create-suggest-app.js';

// Errors under /openai/v1 that the server's guards produce, seen by the real openai SDK over
// real HTTP: each must be the SDK's typed error with OpenAI's `type`, `param` and `code`.
const servers: NodeServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

async function clientFor(options: SuggestAppOptions, headers: Record<string, string> = {}): Promise<OpenAI> {
  const server = await serveNode(createSuggestApp(options), { port: 0 });
  servers.push(server);
  return new OpenAI({ apiKey: 'not-needed', baseURL: `${server.url}/openai/v1`, maxRetries: 0, defaultHeaders: headers });
}

async function failure(request: Promise<unknown>): Promise<InstanceType<typeof OpenAI.APIError>> {
  const error: unknown = await request.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(OpenAI.APIError);
  return error as InstanceType<typeof OpenAI.APIError>;
}

const fields = (error: InstanceType<typeof OpenAI.APIError>) => ({ status: error.status, type: error.type, param: error.param, code: error.code });

describe('errors under /openai/v1 have OpenAI\'s shape', () => {
  it('429 from the rate limit: RateLimitError, type requests, code rate_limit_exceeded, Retry-After kept', async () => {
    const client = await clientFor({ model: loadDefaultModel, rateLimit: { limit: 1, windowMs: 60_000 } });
    await client.models.list();
    const error = await failure(client.models.list());
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    // As OpenAI's API answers a request-rate limit (its `type` names the exhausted resource).
    expect(fields(error)).toEqual({ status: 429, type: 'requests', param: null, code: 'rate_limit_exceeded' });
    expect(error.message).toMatch(/retry after \d+ s/);
    expect(Number(error.headers?.get('retry-after'))).toBeGreaterThan(0);
  });

  it('413 from the server\'s body limit: the same code as the embedded app\'s own 413', async () => {
    const client = await clientFor({ model: loadDefaultModel, rateLimit: false, bodyLimitBytes: 1024 });
    const error = await failure(client.completions.create({ model: 'embedded-ngram', prompt: 'x'.repeat(2048), max_tokens: 1 }));
    expect(fields(error)).toEqual({ status: 413, type: 'invalid_request_error', param: null, code: 'request_too_large' });
  });

  it('403 for a page origin that is not allowed: PermissionDeniedError', async () => {
    const client = await clientFor({ model: loadDefaultModel, rateLimit: false }, { origin: 'https://evil.example' });
    const error = await failure(client.models.list());
    expect(error).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(fields(error)).toEqual({ status: 403, type: 'invalid_request_error', param: null, code: 'forbidden_origin' });
  });

  it('404 when no embedded model is served', async () => {
    const client = await clientFor({ env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_MODEL: 'm' }, rateLimit: false });
    const error = await failure(client.models.list());
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(fields(error)).toEqual({ status: 404, type: 'invalid_request_error', param: null, code: 'not_found' });
  });

  it('the embedded app\'s own errors pass through unchanged, param included', async () => {
    const client = await clientFor({ model: loadDefaultModel, rateLimit: false });
    const error = await failure(client.completions.create({ model: 'embedded-ngram', prompt: 'We the', max_tokens: -1 }));
    expect(fields(error)).toEqual({ status: 400, type: 'invalid_request_error', param: 'max_tokens', code: 'invalid_value' });
  });

  it('scores a prompt through the mount: echo with max_tokens 0', async () => {
    const client = await clientFor({ model: loadDefaultModel, rateLimit: false });
    const completion = await client.completions.create({ model: 'embedded-ngram', prompt: 'We the People', max_tokens: 0, echo: true, logprobs: 1 });
    expect(completion.choices[0]).toMatchObject({ text: 'We the People', finish_reason: 'length' });
    expect(completion.choices[0]?.logprobs?.token_logprobs?.[0]).toBeNull();
  });
});
