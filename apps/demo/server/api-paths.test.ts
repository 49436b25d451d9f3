import { describe, expect, it } from 'vitest';
import { isApiPath } from './api-paths.js';

describe('isApiPath', () => {
  it('matches the suggest function, its health check and the OpenAI-compatible API', () => {
    expect(isApiPath('/v1/suggest')).toBe(true);
    expect(isApiPath('/healthz')).toBe(true);
    expect(isApiPath('/openai/v1/chat/completions')).toBe(true);
  });

  it('leaves the page and lookalike paths to the static files', () => {
    expect(isApiPath('/')).toBe(false);
    expect(isApiPath('/index.html')).toBe(false);
    expect(isApiPath('/v1')).toBe(true);
    expect(isApiPath('/v1suggest')).toBe(false);
    expect(isApiPath('/healthz.html')).toBe(false);
  });
});
