import { loadDefaultModel } from '@logprob-autocomplete/ngram/node';
import { readSuggestStream, type SuggestEvent } from '@logprob-autocomplete/protocol';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { createSuggestApp } from '../http/create-suggest-app.js';

// The real embedded model, called in process: deterministic, no network.
const app = createSuggestApp({ model: loadDefaultModel, rateLimit: false });
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]/u;

async function suggest(body: unknown) {
  const response = await app.request('/v1/suggest', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const events: SuggestEvent[] = [];
  if (response.body) for await (const event of readSuggestStream(response.body)) events.push(event);
  return events;
}

async function greedyNext(prompt: string): Promise<string> {
  const response = await app.request('/openai/v1/completions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'embedded-ngram', prompt, max_tokens: 1, temperature: 0 }),
  });
  const body = (await response.json()) as { choices: { text: string }[] };
  return body.choices[0]?.text ?? '';
}

describe('the embedded model', () => {
  it('completes the word at the caret without repeating it', async () => {
    const events = await suggest({ text: 'We the Peo', max_tokens: 4 });
    const tokens = events.flatMap((event) => (event.type === 'token' ? [event.data] : []));
    expect(tokens[0]?.token).toBe('ple');
    expect(tokens.map((token) => token.index)).toEqual([0, 1, 2, 3]);
    expect(events.at(-1)?.type).toBe('end');
  });

  it('extends every option at the caret to the end of its word', async () => {
    for (const text of ['We the ', 'It was the best of', 'Call me Ish', 'The United']) {
      const events = await suggest({ text, top_logprobs: 5, max_tokens: 2 });
      const first = events.find((event) => event.type === 'token');
      expect(first?.type).toBe('token');
      if (first?.type !== 'token') continue;
      expect(first.data.top_logprobs.map((top) => top.token)).toContain(first.data.token);
      for (const option of first.data.top_logprobs) {
        const next = await greedyNext(text + option.token);
        expect(WORD_CHARACTER.test(next), `${JSON.stringify(text + option.token)} goes on with ${JSON.stringify(next)}`).toBe(false);
      }
    }
  });

  it('serves an OpenAI API at /openai/v1 that the openai SDK can use', async () => {
    const client = new OpenAI({ apiKey: 'unused', baseURL: 'http://localhost/openai/v1', fetch: (input, init) => Promise.resolve(app.request(input instanceof Request ? input : String(input), init)) });
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toContain('embedded-ngram');
    const completion = await client.chat.completions.create({ model: 'embedded-ngram', messages: [{ role: 'user', content: 'We the Peo' }], max_completion_tokens: 2, logprobs: true, top_logprobs: 3 });
    expect(completion.choices[0]?.logprobs?.content?.[0]?.token).toBe('ple');
  });
});
