import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDED_MODEL_ID } from '../model-id.js';
import { tinyModel } from '../test-fixtures/tiny-corpus.js';
import { createOpenAICompatibleApp } from './create-app.js';

let server: ServerType;
let client: OpenAI;

beforeAll(async () => {
  const app = createOpenAICompatibleApp({ model: tinyModel() });
  const address = await new Promise<AddressInfo>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
      resolve(info);
    });
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

describe('over real HTTP', () => {
  it('serves the openai SDK, streamed and not', async () => {
    const request = { model: EMBEDDED_MODEL_ID, messages: [{ role: 'user' as const, content: 'We the Peo' }], max_tokens: 4, temperature: 0, logprobs: true, top_logprobs: 2 };
    const whole = await client.chat.completions.create(request);
    expect(whole.choices[0]?.message.content?.startsWith('ple')).toBe(true);
    const stream = await client.chat.completions.create({ ...request, stream: true });
    let content = '';
    for await (const chunk of stream) content += chunk.choices[0]?.delta.content ?? '';
    expect(content).toBe(whole.choices[0]?.message.content);
  });

  it('returns OpenAI errors the SDK understands', async () => {
    const failure = await client.chat.completions.create({ model: 'gpt-unknown', messages: [{ role: 'user', content: 'x' }] }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OpenAI.NotFoundError);
    expect((failure as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');
  });
});
