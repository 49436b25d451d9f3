import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Bundles the built package the way a Worker would use it (model.bin as a binary module, no fs)
// and runs it in workerd through Miniflare. Needs `npm run build` first.
const ENTRY = `
import { loadModel, EMBEDDED_MODEL_ID } from '@logprob-autocomplete/ngram';
import { createOpenAICompatibleApp } from '@logprob-autocomplete/ngram/openai';
import modelBytes from '@logprob-autocomplete/ngram/model.bin';
const app = createOpenAICompatibleApp({ model: () => loadModel(new Uint8Array(modelBytes)), modelId: EMBEDDED_MODEL_ID });
export default { fetch: (request) => app.fetch(request) };
`;

let miniflare: Miniflare;
let bundle: string;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    loader: { '.bin': 'binary' },
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  miniflare = new Miniflare({ modules: [{ type: 'ESModule', path: 'worker.js', contents: bundle }], compatibilityDate: '2025-01-01' });
});

afterAll(async () => {
  await miniflare.dispose();
});

describe('in a Cloudflare Worker (workerd)', () => {
  it('fits the free plan limit of 3 MB gzipped, model and tokenizer included', () => {
    expect(gzipSync(Buffer.from(bundle)).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('answers chat completions with logprobs from the embedded model', async () => {
    const response = await miniflare.dispatchFetch('http://worker.invalid/v1/chat/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'embedded-ngram', messages: [{ role: 'user', content: 'We the Peo' }], max_tokens: 3, temperature: 0, logprobs: true, top_logprobs: 2 }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { choices: { message: { content: string }; logprobs: { content: { token: string }[] } }[] };
    expect(body.choices[0]?.logprobs.content[0]?.token).toBe('ple');
  });

  it('streams and rejects bad input with a 4xx there too', async () => {
    const stream = await miniflare.dispatchFetch('http://worker.invalid/v1/completions', {
      method: 'POST',
      body: JSON.stringify({ model: 'embedded-ngram', prompt: 'Call me', max_tokens: 3, stream: true }),
    });
    expect((await stream.text()).trimEnd().endsWith('data: [DONE]')).toBe(true);
    const bad = await miniflare.dispatchFetch('http://worker.invalid/v1/completions', { method: 'POST', body: '{"model":"embedded-ngram","prompt":"a\\ud800"}' });
    expect(bad.status).toBe(400);
    await bad.text();
  });
});
