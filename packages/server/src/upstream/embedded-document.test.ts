import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { readSuggestStream, type SuggestEvent, type TokenEventData } from '@logprob-autocomplete/protocol';
import { describe, expect, it, vi } from 'vitest';
import { createSuggestApp } from '../http/create-suggest-app.js';

// The real embedded model, loaded once, so that its methods can be watched.
const model = await loadDefaultModel();
const app = createSuggestApp({ model: () => Promise.resolve(model), rateLimit: false });

async function suggest(body: Record<string, unknown>): Promise<SuggestEvent[]> {
  const response = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ top_logprobs: 5, max_tokens: 3, ...body }) });
  expect(response.status).toBe(200);
  const events: SuggestEvent[] = [];
  if (response.body) for await (const event of readSuggestStream(response.body)) events.push(event);
  return events;
}

const tokens = (events: SuggestEvent[]): TokenEventData[] => events.flatMap((event) => (event.type === 'token' ? [event.data] : []));
const atCaret = async (body: Record<string, unknown>): Promise<TokenEventData | undefined> => tokens(await suggest(body))[0];

// An invented name the model never saw, written once elsewhere in the document.
const NAMED = 'Captain Zorbatek sailed the ship into the harbour. ';
const TYPING = 'The crew cheered for Captain Zo';

describe('the embedded model adapts to the request document', () => {
  it('completes a name written earlier in the text', async () => {
    const withName = await atCaret({ text: NAMED + TYPING });
    expect(withName?.token).toBe('rbatek');
    expect(withName?.top_logprobs.map((option) => option.token)).toContain('rbatek');
    const without = await atCaret({ text: TYPING });
    expect(without?.token).not.toBe('rbatek');
    expect(without?.top_logprobs.map((option) => option.token)).not.toContain('rbatek');
  });

  it('completes a name written only after the caret', async () => {
    const withName = await atCaret({ text: TYPING, after: ' smiled. Later Captain Zorbatek sailed home.' });
    expect(withName?.token).toBe('rbatek');
    const unrelated = await atCaret({ text: TYPING, after: ' smiled. Later the crew sailed home.' });
    expect(unrelated?.token).not.toBe('rbatek');
  });

  it('reads the document once per request, for the suggestion and every word continuation', async () => {
    const documentCache = vi.spyOn(model, 'documentCache');
    const stream = vi.spyOn(model, 'stream');
    try {
      await suggest({ text: NAMED + TYPING, after: ' smiled.' });
      // The suggestion and the options extended to whole words each called the model...
      expect(stream.mock.calls.length).toBeGreaterThan(1);
      // ...with one cache, built once from the text before and after the caret.
      expect(documentCache.mock.calls).toEqual([[NAMED + TYPING, ' smiled.']]);
      const cache = documentCache.mock.results[0]?.value as unknown;
      for (const [, options] of stream.mock.calls) expect(options?.document).toBe(cache);
    } finally {
      documentCache.mockRestore();
      stream.mockRestore();
    }
  });

  it('shows a rare word the model spells after a bare space as the whole word', async () => {
    // The model writes " Quilliber" as " " + "Q" + "ui" + "lli" + "ber": the option is the word, not "·".
    const text = 'Zorbatek Quilliber sailed. Zorbatek Quilliber waved. Zorbatek Quilliber laughed. Then Zorbatek';
    const first = await atCaret({ text });
    expect(first?.token).toBe(' Quilliber');
    expect(first?.top_logprobs.map((option) => option.token)).not.toContain(' ');
  });

  it('still answers a valid stream when the document has nothing to learn from', async () => {
    for (const text of ['', 'xq', '   ', '😀😀😀', 'the '.repeat(400), 'Привет мир, 你好 hello']) {
      const events = await suggest({ text, after: text.slice(0, 10) });
      expect(events.at(-1)?.type, JSON.stringify(text.slice(0, 20))).toBe('end');
      const shown = tokens(events);
      expect(shown.map((token) => token.index)).toEqual(shown.map((_, index) => index));
      for (const token of shown) {
        for (const option of token.top_logprobs) expect(option.logprob).toBeLessThanOrEqual(0);
        expect(token.top_logprobs.length).toBeLessThanOrEqual(5);
      }
    }
  });
});
