import { CHROMIUM_ARGS, findChromium } from '@logprob-autocomplete/find-chromium';
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Bundles the built package for the browser (no Node APIs may sneak in: esbuild's browser
// platform would fail on them) and runs the model and the OpenAI app inside Chromium.
const ENTRY = `
export { loadModel } from '@logprob-autocomplete/ngram';
export { createOpenAICompatibleApp } from '@logprob-autocomplete/ngram/openai';
`;

interface PageResult {
  next: string[];
  content: string;
  bytes: number[];
}

let browser: Browser;
let script: string;
let modelBase64: string;

beforeAll(async () => {
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'js' },
    bundle: true,
    format: 'iife',
    globalName: 'ngram',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  script = result.outputFiles[0]?.text ?? '';
  modelBase64 = (await readFile(new URL('../dist/model.bin', import.meta.url))).toString('base64');
  browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true });
});

afterAll(async () => {
  await browser.close();
});

describe('in a browser (Chromium)', () => {
  it('loads the default model from bytes and serves the OpenAI app in the page', async () => {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    const result = await page.evaluate(async (base64): Promise<PageResult> => {
      interface Bundle {
        loadModel(bytes: Uint8Array): { nextTokens(text: string, k: number): { token: string }[] };
        createOpenAICompatibleApp(options: { model: unknown }): { fetch(request: Request): Promise<Response> };
      }
      const bundle = (globalThis as unknown as { ngram: Bundle }).ngram;
      const model = bundle.loadModel(Uint8Array.from(atob(base64), (character) => character.charCodeAt(0)));
      const app = bundle.createOpenAICompatibleApp({ model });
      const response = await app.fetch(
        new Request('http://embedded.invalid/v1/chat/completions', {
          method: 'POST',
          body: JSON.stringify({ model: 'embedded-ngram', messages: [{ role: 'user', content: 'We the ' }], max_tokens: 2, temperature: 0, logprobs: true }),
        }),
      );
      const body = (await response.json()) as { choices: { message: { content: string }; logprobs: { content: { bytes: number[] }[] } }[] };
      const choice = body.choices[0];
      return {
        next: model.nextTokens('We the Peo', 3).map((token) => token.token),
        content: choice?.message.content ?? '',
        bytes: choice?.logprobs.content.flatMap((item) => item.bytes) ?? [],
      };
    }, modelBase64);
    await page.close();
    expect(result.next[0]).toBe('ple');
    expect(result.content.startsWith('People')).toBe(true);
    expect(new TextDecoder().decode(Uint8Array.from(result.bytes))).toBe(result.content);
  });
});
