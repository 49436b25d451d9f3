import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { tinyModel } from '../test-fixtures/tiny-corpus.js';
import { EMBEDDED_MODEL_ID } from '../model-id.js';
import { createOpenAICompatibleApp } from './create-app.js';

const model = tinyModel();
const app = createOpenAICompatibleApp({ model });
const client = new OpenAI({
  apiKey: 'not-needed',
  baseURL: 'http://embedded.invalid/v1',
  maxRetries: 0,
  fetch: async (input, init) => app.fetch(new Request(input, init)),
});

// Field lists copied from OpenAI's OpenAPI description (ChatCompletionTokenLogprob).
const TOKEN_LOGPROB_KEYS = ['bytes', 'logprob', 'token', 'top_logprobs'];
const TOP_LOGPROB_KEYS = ['bytes', 'logprob', 'token'];

describe('GET /v1/models', () => {
  it('lists the embedded model', async () => {
    const page = await client.models.list();
    expect(page.data.map((entry) => [entry.id, entry.object])).toEqual([[EMBEDDED_MODEL_ID, 'model']]);
  });
});

describe('POST /v1/chat/completions', () => {
  const request = {
    model: EMBEDDED_MODEL_ID,
    messages: [{ role: 'user' as const, content: 'We the Peo' }],
    max_completion_tokens: 5,
    temperature: 0,
    logprobs: true,
    top_logprobs: 3,
  };

  it('continues the last user message, healing the partial word, with OpenAI-shaped logprobs', async () => {
    const completion = await client.chat.completions.create(request);
    expect(completion.object).toBe('chat.completion');
    const choice = completion.choices[0];
    expect(choice?.message.content?.startsWith('ple')).toBe(true);
    expect(choice?.finish_reason).toBe('length');
    const content = choice?.logprobs?.content ?? [];
    expect(content).toHaveLength(5);
    for (const item of content) {
      expect(Object.keys(item).sort()).toEqual(TOKEN_LOGPROB_KEYS);
      for (const top of item.top_logprobs) expect(Object.keys(top).sort()).toEqual(TOP_LOGPROB_KEYS);
    }
    expect(content.map((item) => item.token).join('')).toBe(choice?.message.content);
    const promptTokens = model.encode('We the Peo').length;
    expect(completion.usage).toEqual({ prompt_tokens: promptTokens, completion_tokens: 5, total_tokens: promptTokens + 5 });
  });

  it('streams the same tokens: role chunk, token chunks with logprobs, finish chunk, usage chunk', async () => {
    const whole = await client.chat.completions.create(request);
    const stream = await client.chat.completions.create({ ...request, stream: true, stream_options: { include_usage: true } });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    const tokenChunks = chunks.slice(1, -2);
    expect(tokenChunks.map((chunk) => chunk.choices[0]?.delta.content).join('')).toBe(whole.choices[0]?.message.content);
    expect(tokenChunks.flatMap((chunk) => chunk.choices[0]?.logprobs?.content ?? [])).toEqual(whole.choices[0]?.logprobs?.content);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('length');
    expect(chunks.at(-1)?.choices).toEqual([]);
    expect(chunks.at(-1)?.usage).toEqual(whole.usage);
  });

  it('continues a trailing assistant message as a prefill', async () => {
    const completion = await client.chat.completions.create({
      ...request,
      messages: [
        { role: 'user', content: 'Say something.' },
        { role: 'assistant', content: 'We the Peo' },
      ],
    });
    expect(completion.choices[0]?.message.content?.startsWith('ple')).toBe(true);
  });

  it('gives the same bytes for the same seed when sampling', async () => {
    const sampled = { ...request, temperature: 1.3, seed: 1234, max_tokens: 12, max_completion_tokens: undefined };
    const first = await client.chat.completions.create(sampled);
    const second = await client.chat.completions.create(sampled);
    expect(second.choices).toEqual(first.choices);
  });

  it('stops before a stop sequence and reports finish_reason stop', async () => {
    const free = await client.chat.completions.create({ ...request, max_completion_tokens: 12, logprobs: false, top_logprobs: undefined });
    const text = free.choices[0]?.message.content ?? '';
    const stop = text.slice(5, 9);
    const stopped = await client.chat.completions.create({ ...request, max_completion_tokens: 12, stop: [stop] });
    expect(stopped.choices[0]?.message.content).toBe(text.slice(0, text.indexOf(stop)));
    expect(stopped.choices[0]?.finish_reason).toBe('stop');
    const streamed = await client.chat.completions.create({ ...request, max_completion_tokens: 12, stop, stream: true });
    let content = '';
    for await (const chunk of streamed) content += chunk.choices[0]?.delta.content ?? '';
    expect(content).toBe(text.slice(0, text.indexOf(stop)));
  });

  it('streams a character split over byte tokens whole, with each piece\'s bytes in logprobs', async () => {
    // 🚀 occurs once in the tiny corpus, so it is four byte-fallback tokens.
    const stream = await client.chat.completions.create({ ...request, messages: [{ role: 'user', content: 'Happy coding 🙂' }], stream: true });
    const deltas: string[] = [];
    const pieces: { token: string; bytes: number[] | null }[] = [];
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (choice?.delta.content !== undefined && choice.logprobs) deltas.push(choice.delta.content ?? '');
      for (const item of choice?.logprobs?.content ?? []) pieces.push({ token: item.token, bytes: item.bytes });
    }
    expect(deltas.slice(0, 4)).toEqual(['', '', '', '🚀']);
    expect(pieces.slice(0, 4)).toEqual([
      { token: 'bytes:\\xf0', bytes: [0xf0] },
      { token: 'bytes:\\x9f', bytes: [0x9f] },
      { token: 'bytes:\\x9a', bytes: [0x9a] },
      { token: 'bytes:\\x80', bytes: [0x80] },
    ]);
  });

  it('omits logprobs unless asked', async () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the older max_tokens name must keep working
    const completion = await client.chat.completions.create({ model: EMBEDDED_MODEL_ID, messages: [{ role: 'user', content: 'The' }], max_tokens: 2 });
    expect(completion.choices[0]?.logprobs).toBeNull();
  });
});

describe('POST /v1/completions (legacy)', () => {
  it('returns the legacy logprobs object', async () => {
    const completion = await client.completions.create({ model: EMBEDDED_MODEL_ID, prompt: 'We the Peo', max_tokens: 4, temperature: 0, logprobs: 2 });
    const choice = completion.choices[0];
    expect(completion.object).toBe('text_completion');
    expect(choice?.text.startsWith('ple')).toBe(true);
    const logprobs = choice?.logprobs;
    expect(Object.keys(logprobs ?? {}).sort()).toEqual(['text_offset', 'token_logprobs', 'tokens', 'top_logprobs']);
    expect(logprobs?.tokens?.join('')).toBe(choice?.text);
    expect(logprobs?.text_offset?.[0]).toBe(0);
    expect(Object.keys(logprobs?.top_logprobs?.[1] ?? {})).toHaveLength(2);
  });

  it('echoes the prompt with its token logprobs first (the very first one null)', async () => {
    const completion = await client.completions.create({ model: EMBEDDED_MODEL_ID, prompt: 'We the', max_tokens: 2, temperature: 0, logprobs: 1, echo: true });
    const choice = completion.choices[0];
    expect(choice?.text.startsWith('We the People')).toBe(true);
    expect(choice?.logprobs?.tokens?.slice(0, 3)).toEqual(['We', ' the', ' People']);
    expect(choice?.logprobs?.token_logprobs?.[0]).toBeNull();
    expect(choice?.logprobs?.text_offset).toEqual([0, 2, 6, 13]);
  });

  it('streams text_completion chunks', async () => {
    const whole = await client.completions.create({ model: EMBEDDED_MODEL_ID, prompt: 'We the', max_tokens: 4, temperature: 0 });
    const stream = await client.completions.create({ model: EMBEDDED_MODEL_ID, prompt: 'We the', max_tokens: 4, temperature: 0, stream: true });
    let text = '';
    let finish: string | null | undefined = null;
    for await (const chunk of stream) {
      expect(chunk.object).toBe('text_completion');
      text += chunk.choices[0]?.text ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(text).toBe(whole.choices[0]?.text);
    expect(finish).toBe('length');
  });
});

describe('lazy model loading', () => {
  it('loads the model once, on first use', async () => {
    let loads = 0;
    const lazy = createOpenAICompatibleApp({
      model: async () => {
        loads++;
        await Promise.resolve();
        return model;
      },
      modelId: 'custom',
    });
    expect(loads).toBe(0);
    const body = JSON.stringify({ model: 'custom', prompt: 'The', max_tokens: 1 });
    const responses = await Promise.all([1, 2, 3].map(async () => lazy.request('/v1/completions', { method: 'POST', body })));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    expect(loads).toBe(1);
  });
});
