import { describe, expect, it } from 'vitest';
import { HTTP_ERROR_STATUS, toErrorBody } from './error-codes.js';
import { isRecord } from './is-record.js';

describe('error bodies', () => {
  it('builds a body with a code and message, and names the first field when there are issues', () => {
    expect(toErrorBody('not_found', 'No such route.')).toEqual({ error: { code: 'not_found', message: 'No such route.' } });
    const issues = [{ field: 'text', message: 'is required' }, { field: 'model', message: 'must not be empty' }];
    expect(toErrorBody('invalid_request', 'text: is required; model: must not be empty', issues)).toEqual({
      error: { code: 'invalid_request', message: 'text: is required; model: must not be empty', field: 'text', issues },
    });
  });

  it('gives every code one client-error or server-error status', () => {
    for (const status of Object.values(HTTP_ERROR_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
    expect(HTTP_ERROR_STATUS.rate_limited).toBe(429);
  });
});

describe('isRecord', () => {
  it('is true for objects only, not arrays or null', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('a')).toBe(false);
  });
});
