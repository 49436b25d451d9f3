import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { toUpstreamErrorEvent } from './upstream-error.js';

const apiError = (status: number, error: Record<string, unknown>) => APIError.generate(status, { error }, undefined, new Headers());

describe('toUpstreamErrorEvent', () => {
  it('classifies by status and never repeats the upstream message', () => {
    const secret = { message: 'Incorrect API key provided: sk-proj-SECRET in org-SECRET' };
    const cases: [unknown, string][] = [
      [apiError(401, secret), 'unauthorized'],
      [apiError(403, secret), 'unauthorized'],
      [apiError(429, secret), 'rate_limited'],
      [apiError(404, secret), 'model_not_found'],
      [apiError(500, secret), 'upstream_error'],
      [apiError(400, { ...secret, param: 'top_logprobs' }), 'logprobs_unsupported'],
      [apiError(400, secret), 'upstream_error'],
      [new APIConnectionTimeoutError(), 'upstream_timeout'],
      [new APIConnectionError({ message: 'ECONNREFUSED 10.0.0.1' }), 'upstream_error'],
      [new TypeError('terminated'), 'upstream_error'],
    ];
    for (const [error, code] of cases) {
      const event = toUpstreamErrorEvent(error);
      expect(event.code).toBe(code);
      expect(event.message).not.toMatch(/SECRET|sk-|org-|10\.0\.0\.1/);
    }
  });

  it('reports a timeout as such whatever the error looks like', () => {
    expect(toUpstreamErrorEvent(new Error('aborted'), true).code).toBe('upstream_timeout');
  });
});
