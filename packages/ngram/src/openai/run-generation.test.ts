import { describe, expect, it } from 'vitest';
import { tinyModel } from '../test-fixtures/tiny-corpus.js';
import type { ParsedRequest } from './parse-requests.js';
import { runGeneration, type GenerationEnd, type OutputToken } from './run-generation.js';

const model = tinyModel();
const base: ParsedRequest = { model: 'x', text: 'We the', maxTokens: 12, temperature: 0, topP: 1, seed: 0, stop: [], stream: false, includeUsage: false, topLogprobs: null, echo: false };

function collect(request: ParsedRequest): { items: OutputToken[]; end: GenerationEnd } {
  const run = runGeneration(model, request);
  const items: OutputToken[] = [];
  let step = run.next();
  for (; !step.done; step = run.next()) items.push(step.value);
  return { items, end: step.value };
}

describe('runGeneration', () => {
  const free = collect(base);
  const text = free.items.map((item) => item.text).join('');

  it('generates max tokens and finishes with length', () => {
    expect(free.items).toHaveLength(12);
    expect(free.end).toEqual({ finishReason: 'length', completionTokens: 12 });
  });

  it('cuts before a stop sequence that spans tokens, never sending any of it', () => {
    const start = text.indexOf(' ', 3);
    const stop = text.slice(start - 2, start + 3);
    const { items, end } = collect({ ...base, stop: ['never appears', stop] });
    expect(items.map((item) => item.text).join('')).toBe(text.slice(0, text.indexOf(stop)));
    expect(end.finishReason).toBe('stop');
  });

  it('releases held-back text when it turns out not to be a stop sequence', () => {
    const stop = `${text.slice(0, 4)}@@`;
    const { items, end } = collect({ ...base, stop: [stop] });
    expect(items.map((item) => item.text).join('')).toBe(text);
    expect(end.finishReason).toBe('length');
  });
});
