import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingsToAttributes } from './demo-settings.js';

describe('readSettings', () => {
  it('reads valid values', () => {
    expect(readSettings({ model: ' gpt-4o-mini ', topLogprobs: '10', maxTokens: '8', ghostThreshold: '0.3' })).toEqual({
      model: 'gpt-4o-mini',
      topLogprobs: 10,
      maxTokens: 8,
      ghostThreshold: 0.3,
    });
  });

  it('clamps to the protocol limits and falls back on garbage', () => {
    expect(readSettings({ model: '', topLogprobs: '99', maxTokens: '0', ghostThreshold: 'x' })).toEqual({
      model: '',
      topLogprobs: 20,
      maxTokens: 1,
      ghostThreshold: DEFAULT_SETTINGS.ghostThreshold,
    });
  });
});

describe('settingsToAttributes', () => {
  it('removes the model attribute when no model is chosen', () => {
    expect(settingsToAttributes({ ...DEFAULT_SETTINGS, model: '' }).model).toBeNull();
    expect(settingsToAttributes({ ...DEFAULT_SETTINGS, model: 'embedded-ngram', topLogprobs: 3 })).toMatchObject({
      model: 'embedded-ngram',
      'top-logprobs': '3',
    });
  });
});
