import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { createOpenAICompatibleApp } from '@logprob-autocomplete/ngram/openai';
import { describe, expect, it } from 'vitest';
import { rebuildText } from './rebuild-text.js';
import { parseEchoLogprobs } from './score-text.js';
import { countCodePoints, textStatistics } from './text-statistics.js';

// The embedded model's real OpenAI-compatible API, in process: the same request the panel sends.
const app = createOpenAICompatibleApp({ model: () => loadDefaultModel() });

async function score(text: string) {
  const response = await app.request('/v1/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'embedded-ngram', prompt: text, echo: true, logprobs: 5, max_tokens: 1, temperature: 0 }),
  });
  expect(response.status).toBe(200);
  return parseEchoLogprobs(await response.json(), Array.from(text).length);
}

const TEXTS = {
  japanese: '吾輩は猫である。名前はまだ無い。',
  hindi: 'भारत एक विशाल देश है और यहाँ कई भाषाएँ बोली जाती हैं।',
  french: 'Où est la bibliothèque ? Je voudrais lire un été à Montréal.',
  chinese: '我们的人民是伟大的人民，我们的国家是美丽的国家。',
  emoji: 'Launch day 🚀🎉 with the family 👩‍👩‍👧 and a thumbs up 👍🏽',
} as const;

describe('highlight by confidence with the embedded model', () => {
  for (const [language, text] of Object.entries(TEXTS)) {
    it(`rebuilds ${language} into its own characters with consistent figures`, async () => {
      const tokens = await score(text);
      const segments = rebuildText(tokens);
      expect(segments.map((segment) => segment.text).join('')).toBe(text);
      expect(segments.some((segment) => segment.text.includes('bytes:'))).toBe(false);
      // Every segment is whole graphemes.
      const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((part) => part.segment);
      let rebuilt = '';
      for (const segment of segments) {
        rebuilt += segment.text;
        expect(graphemes.some((_, index) => graphemes.slice(0, index + 1).join('') === rebuilt)).toBe(true);
      }
      // Bits per character is the summed logprob in bits over the code points of the scored tokens.
      const statistics = textStatistics(tokens, segments);
      const logprobs = tokens.map((token) => token.logprob).filter((logprob): logprob is number => logprob !== null);
      const firstOnly = segments.filter((segment) => segment.tokens.every((index) => index === 0)).reduce((sum, segment) => sum + countCodePoints(segment.text), 0);
      expect(statistics.scoredCharacters).toBe(countCodePoints(text) - firstOnly);
      expect(statistics.bitsPerCharacter).toBeCloseTo(-logprobs.reduce((a, b) => a + b, 0) / Math.LN2 / statistics.scoredCharacters, 10);
      expect(statistics.perplexity).toBeCloseTo(Math.exp(-logprobs.reduce((a, b) => a + b, 0) / logprobs.length), 6);
      expect(statistics.bitsPerCharacter).toBeGreaterThan(0);
    });
  }

  it('exercises split characters: the English model spells Japanese and emoji as byte pieces', async () => {
    for (const text of [TEXTS.japanese, TEXTS.emoji]) {
      const tokens = await score(text);
      expect(tokens.some((token) => token.token.startsWith('bytes:'))).toBe(true);
      expect(rebuildText(tokens).some((segment) => segment.tokens.length > 1)).toBe(true);
    }
  });
});
