import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_MODEL_ID } from '../model-id.js';
import { tinyModel } from '../test-fixtures/tiny-corpus.js';
import { createOpenAICompatibleApp } from './create-app.js';

// Scoring a text the standard way (`echo: true, max_tokens: 0`), through the openai SDK over
// real HTTP, and the errors that SDK raises for bad scoring requests.
const model = tinyModel();
let server: ServerType;
let client: OpenAI;

beforeAll(async () => {
  const app = createOpenAICompatibleApp({ model });
  const address = await new Promise<AddressInfo>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, resolve);
  });
  client = new OpenAI({ apiKey: 'not-needed', baseURL: `http://127.0.0.1:${address.port}/v1`, maxRetries: 0 });
});

afterAll(async () => {
  await new Promise<void>((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
  });
});

// Astral characters before ordinary words: a UTF-16 `text_offset` would be off by one per emoji.
const PROMPT = 'Happy 🙂 coding 🙂🚀 and We the People of the Union';
const score = { model: EMBEDDED_MODEL_ID, prompt: PROMPT, max_tokens: 0, echo: true, logprobs: 2, temperature: 0 };

// What a Python client does with the answer: `prompt[text_offset[i]:]` (code point indices).
const fromCodePoint = (text: string, offset: number) => Array.from(text).slice(offset).join('');

describe('echo: true, max_tokens: 0 scores the prompt', () => {
  it('returns the prompt, its tokens with logprobs (the first null), finish_reason length and no completion tokens', async () => {
    const completion = await client.completions.create(score);
    const choice = completion.choices[0];
    expect(choice?.text).toBe(PROMPT);
    expect(choice?.finish_reason).toBe('length');
    const expected = model.score(PROMPT, 2);
    const logprobs = choice?.logprobs;
    expect(logprobs?.tokens).toEqual(expected.map((token) => token.token));
    expect(logprobs?.token_logprobs).toEqual([null, ...expected.slice(1).map((token) => token.logprob)]);
    expect(logprobs?.top_logprobs?.[0]).toBeNull();
    for (const top of logprobs?.top_logprobs?.slice(1) ?? []) expect(Object.keys(top)).toHaveLength(2);
    const promptTokens = model.encode(PROMPT).length;
    expect(completion.usage).toEqual({ prompt_tokens: promptTokens, completion_tokens: 0, total_tokens: promptTokens });
  });

  it('counts text_offset in code points, so a Python slice of the prompt starts with each token', async () => {
    const completion = await client.completions.create(score);
    const { tokens = [], text_offset: offsets = [] } = completion.choices[0]?.logprobs ?? {};
    expect(offsets[0]).toBe(0);
    const wordTokens = tokens.flatMap((token, index) => (token.startsWith('bytes:') ? [] : [{ token, offset: offsets[index] ?? -1 }]));
    expect(wordTokens.length).toBeGreaterThan(8);
    for (const { token, offset } of wordTokens) expect(fromCodePoint(PROMPT, offset).startsWith(token), `${JSON.stringify(token)} at ${offset}`).toBe(true);
    // Each byte token of a character split over several sits at that character's offset.
    const byteOffsets = tokens.flatMap((token, index) => (token.startsWith('bytes:') ? [offsets[index] ?? -1] : []));
    expect(byteOffsets.length).toBeGreaterThan(0);
    for (const offset of byteOffsets) expect(Array.from(PROMPT)[offset]).toBe('🚀');
    // The last word: ' Union' starts 6 code points before the end (UTF-16 would say 3 later).
    expect(offsets.at(-1)).toBe(Array.from(PROMPT).length - ' Union'.length);
  });

  it('streams the echoed prompt with its logprobs, then the finish chunk', async () => {
    const whole = await client.completions.create(score);
    const stream = await client.completions.create({ ...score, stream: true, stream_options: { include_usage: true } });
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks.map((chunk) => chunk.choices[0]?.text ?? '').join('')).toBe(PROMPT);
    expect(chunks[0]?.choices[0]?.logprobs).toEqual(whole.choices[0]?.logprobs);
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('length');
    expect(chunks.at(-1)?.usage).toEqual(whole.usage);
  });

  it('echoes without logprobs when none are asked for, and returns nothing without echo', async () => {
    const echoed = await client.completions.create({ ...score, logprobs: null });
    expect(echoed.choices[0]).toMatchObject({ text: PROMPT, logprobs: null, finish_reason: 'length' });
    const empty = await client.completions.create({ ...score, echo: false, logprobs: 0 });
    expect(empty.choices[0]).toMatchObject({ text: '', finish_reason: 'length', logprobs: { tokens: [], text_offset: [] } });
  });

  it('continues after the echoed prompt with offsets that keep counting code points', async () => {
    const completion = await client.completions.create({ ...score, prompt: '🙂🙂 We the', max_tokens: 2 });
    const choice = completion.choices[0];
    const { tokens = [], text_offset: offsets = [] } = choice?.logprobs ?? {};
    const generatedStart = tokens.length - 2;
    expect(offsets[generatedStart]).toBe(Array.from('🙂🙂 We the').length);
    expect(fromCodePoint(choice?.text ?? '', offsets[generatedStart + 1] ?? -1).startsWith(tokens[generatedStart + 1] ?? '?')).toBe(true);
  });
});

describe('bad scoring requests raise the SDK\'s typed errors', () => {
  const failure = async (request: Promise<unknown>) => {
    const error: unknown = await request.then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    return error as InstanceType<typeof OpenAI.APIError>;
  };

  it('max_tokens -1 is a 400 naming max_tokens', async () => {
    const error = await failure(client.completions.create({ ...score, max_tokens: -1 }));
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect([error.status, error.type, error.param, error.code]).toEqual([400, 'invalid_request_error', 'max_tokens', 'invalid_value']);
  });

  it('echo on chat is a 400 naming echo', async () => {
    // `echo` is not in the chat types; a variable (not a literal) carries the extra field.
    const request = { model: EMBEDDED_MODEL_ID, messages: [{ role: 'user' as const, content: 'We the' }], echo: true };
    const error = await failure(client.chat.completions.create(request));
    expect([error.status, error.type, error.param, error.code]).toEqual([400, 'invalid_request_error', 'echo', 'unsupported_parameter']);
  });

  it('a body that is not JSON is a 400 the SDK parses', async () => {
    const error = await failure(client.post('/completions', { body: 'model=x', headers: { 'content-type': 'application/json' } }));
    expect([error.status, error.type, error.param, error.code]).toEqual([400, 'invalid_request_error', null, 'invalid_json']);
  });
});
