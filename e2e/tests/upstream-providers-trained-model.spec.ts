import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { demoField, expect, fieldValue, test } from '../support/demo-test.js';
import { spawnServer, type SpawnedServer } from '../support/spawn-server.js';

// A model trained on Hindi with the project's own CLI, served by the demo's serve-model script
// (the ngram package's OpenAI-compatible app), and a Node demo server pointed at it with
// OPENAI_BASE_URL. The text is written here; nothing is downloaded.
const demoDirectory = fileURLToPath(new URL('../../apps/demo/', import.meta.url));
const ngramBin = join(dirname(createRequire(import.meta.url).resolve('@logprob-autocomplete/ngram/package.json')), 'bin', 'logprob-ngram.mjs');

const HINDI = [
  'भारत एक विशाल देश है और यहाँ कई भाषाएँ बोली जाती हैं।',
  'भारत की राजधानी नई दिल्ली है।',
  'हिन्दी भारत की सबसे अधिक बोली जाने वाली भाषा है।',
  'भारत एक विशाल देश है जहाँ अनेक नदियाँ बहती हैं।',
  'गंगा भारत की सबसे पवित्र नदी मानी जाती है।',
].join('\n');

let directory = '';
const servers: SpawnedServer[] = [];
let demoUrl = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  directory = mkdtempSync(join(tmpdir(), 'e2e-hindi-'));
  for (let copy = 0; copy < 4; copy += 1) writeFileSync(join(directory, `hindi-${copy}.txt`), HINDI);
  const model = join(directory, 'hindi.bin');
  await promisify(execFile)(process.execPath, [ngramBin, 'train', '--corpus', '*.txt', '--cwd', directory, '--out', model]);
  const upstream = await spawnServer({
    name: 'serve-model hindi.bin',
    command: process.execPath,
    args: ['dist/server/serve-model.js', model],
    cwd: demoDirectory,
    env: { ...process.env, PORT: '0' },
    ready: /OpenAI-compatible API for hindi: (http:\/\/\S+)/,
    timeoutMs: 30_000,
  });
  servers.push(upstream);
  const { OPENAI_API_KEY: _key, OPENAI_MODEL: _model, ...environment } = process.env;
  const demo = await spawnServer({
    name: 'node demo, Hindi model upstream',
    command: process.execPath,
    args: ['dist/server/main.js'],
    cwd: demoDirectory,
    env: { ...environment, PORT: '0', RATE_LIMIT_MAX: '0', OPENAI_BASE_URL: upstream.url },
    ready: /logprob-autocomplete demo: (http:\/\/\S+)/,
    timeoutMs: 30_000,
  });
  servers.push(demo);
  demoUrl = demo.url;
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/** The top option's probability after typing `text`, or 0 when the request ended with no list. */
async function topProbability(page: import('@playwright/test').Page, url: string, text: string): Promise<{ probability: number; token: string }> {
  await page.goto(url);
  const field = demoField(page, 'textarea');
  const ended = field.element.evaluate((element) => new Promise<void>((resolve) => { element.addEventListener('logprob-loadend', () => { resolve(); }); }));
  await field.input.click();
  await field.input.pressSequentially(text);
  await ended;
  return field.element.evaluate((element) => {
    const top = (element as HTMLElement & { options: readonly { token: string; probability: number }[] }).options[0];
    return { probability: top?.probability ?? 0, token: top?.token ?? '' };
  });
}

test('a model trained on Hindi with logprob-ngram suggests Hindi; accept and undo work', async ({ page, targetUrl }) => {
  // The embedded English model on the same text: quiet (unsure, or no list at all).
  const english = await topProbability(page, targetUrl, 'भारत एक ');
  const hindi = await topProbability(page, demoUrl, 'भारत एक ');
  expect(hindi.token).toMatch(/\p{Script=Devanagari}/u);
  expect(hindi.probability).toBeGreaterThan(english.probability);
  const field = demoField(page, 'textarea');
  await expect(field.options.first()).toContainText('विशाल');
  // A click accepts under every keyboard model the element has had (Tab's meaning is changing).
  await field.options.filter({ hasText: 'विशाल' }).first().click();
  expect(await fieldValue(field.input)).toBe('भारत एक विशाल');
  await field.input.press('Control+z');
  expect(await fieldValue(field.input)).toBe('भारत एक ');
  // The highlight reads the Hindi text as whole characters too.
  await field.input.pressSequentially('विशाल देश');
  await expect(page.locator('[data-scored-text]')).toHaveText('भारत एक विशाल देश');
});
