import { describe, expect, it } from 'vitest';
import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';

// The default model adapting to the request's own document (needs `npm run build`).
const model = await loadDefaultModel();
const story = 'The ship was commanded by Captain Zorbatek Quilliber, a man of few words. The crew feared Captain Zorbatek Quilliber more than the sea. One morning';
const continuation = (text: string, document?: { after?: string }) =>
  model
    .generate(text, { maxTokens: 8, ...(document ? { document } : {}) })
    .map((token) => token.token)
    .join('');

describe('the default model with the document cache', () => {
  it('completes an invented name written earlier in the document', () => {
    expect(continuation(`${story} Captain Zorbatek Q`, {})).toMatch(/^uilliber/);
    expect(continuation(`${story} Captain Zor`, {})).toMatch(/^batek Quilliber/);
    // Without the document it cannot know the name.
    expect(continuation(`${story} Captain Zorbatek Q`)).not.toMatch(/^uilliber/);
  });

  it('offers the name as the most likely option once its first letters are typed', () => {
    const [best] = model.nextTokens(`${story} Captain Zor`, 5, { document: {} });
    expect(best?.token).toBe('bat');
    expect(Math.exp(best?.logprob ?? -Infinity)).toBeGreaterThan(0.3);
  });

  it('keeps a common word when a rarer document word shares its start, and never offers an empty option', () => {
    const text = 'We the People of Peoria thank the People of the United States. We the Peo';
    const options = model.nextTokens(text, 5, { document: {} });
    expect(options[0]?.token).toBe('ple');
    for (const option of [...options, ...model.nextTokens('We visited Peoria. The Peo', 5, { document: {} })]) expect(option.token).not.toBe('');
  });

  it('uses the text after the caret', () => {
    expect(continuation('One morning Captain Zor', { after: ' stood on deck. Captain Zorbatek Quilliber was cruel.' })).toMatch(/^batek/);
  });
});
