import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';

// The default English model on text it has barely seen: it must be unsure, so the element's
// quiet-when-unsure rules keep it silent. Needs `npm run build` (turbo's test depends on build).
const model = await loadDefaultModel();
const LOW = 0.05;

function sumOver(ids: number[]): number {
  let sum = 0;
  for (let id = 0; id < model.info.vocabularySize; id++) sum += model.probability(ids, id);
  return sum;
}

describe('the default model on unfamiliar scripts', () => {
  it.each(['こんにちは', 'こんにちは、', 'नमस्ते', 'Привет мир', '你好，世界'])('offers nothing at 5%% or more after %s', (text) => {
    for (const option of model.nextTokens(text, 5)) expect(Math.exp(option.logprob)).toBeLessThan(LOW);
    for (const option of model.topK(text, 5)) expect(Math.exp(option.logprob)).toBeLessThan(LOW);
  });

  it('does not confidently split a word it does not know ("l\'État" is complete)', () => {
    for (const option of model.nextTokens("l'État", 5)) expect(Math.exp(option.logprob)).toBeLessThan(LOW);
  });

  it('still completes a known word inside it with confidence', () => {
    const [best] = model.nextTokens('Call me Ishm', 1);
    expect(best?.token).toBe('ael');
    expect(Math.exp(best?.logprob ?? -Infinity)).toBeGreaterThan(0.5);
  });

  it('has distributions that sum to 1 after unfamiliar text', () => {
    for (const text of ['こんにちは', "l'État", 'नमस्ते 🙂']) expect(sumOver([0, ...model.encode(text)].slice(-3))).toBeCloseTo(1, 6);
  });
});
