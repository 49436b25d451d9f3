import { describe, expect, it } from 'vitest';
import { LANGUAGE_SAMPLES, sampleNote } from './language-samples.js';

describe('LANGUAGE_SAMPLES', () => {
  it('has the languages of the guides, each once, with text in its own script', () => {
    expect(LANGUAGE_SAMPLES.map((sample) => sample.lang)).toEqual(['en', 'fr', 'hi', 'ja', 'zh']);
    const script = { hi: /\p{Script=Devanagari}/u, ja: /\p{Script=Hiragana}/u, zh: /\p{Script=Han}/u, fr: /[éè]/u, en: /^[\x20-\x7e]+$/ };
    for (const sample of LANGUAGE_SAMPLES) expect(sample.text).toMatch(script[sample.lang as keyof typeof script]);
  });

  it('says the English model is quiet in other languages', () => {
    const japanese = LANGUAGE_SAMPLES.find((sample) => sample.lang === 'ja');
    expect(japanese && sampleNote(japanese)).toMatch(/English only.*日本語/);
  });
});
