#!/usr/bin/env node
// Takes the README's picture, docs/screenshot.png, with headless Chromium: the built demo (run
// `npm run build` first), a phrase typed into the textarea so the list and the ghost text show,
// the highlight by confidence and the token explorer open on one character.
//
//   node scripts/take-screenshot.mjs [path]
import { CHROMIUM_ARGS, findChromium } from '@logprob-autocomplete/find-chromium';
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = process.argv[2] ?? `${root}docs/screenshot.png`;
const server = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
  cwd: root,
  env: { ...process.env, PORT: '0', OPENAI_API_KEY: '', OPENAI_BASE_URL: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = /logprob-autocomplete demo: (http:\/\/\S+)/.exec(text);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`the demo server exited (${code})`)));
});
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(url);
  const field = page.locator('logprob-autocomplete[data-field="textarea"] textarea');
  await field.click();
  const options = page.locator('logprob-autocomplete[data-field="textarea"] [part~="option"]');
  // One accept (a click), so the keystrokes meter has something to count, then a phrase whose next
  // token is likely enough to be drawn as ghost text.
  await field.pressSequentially('We the People of the United', { delay: 15 });
  await options.first().waitFor();
  await options.first().click();
  await field.pressSequentially(', in Order to form a more perfect Union, establish Justice, insure domestic Tranquility, provide for the common defence, promote the general Welfare, and secure the Blessings of Liberty to ourselves and our Posterity, do ordain and establish this Constitution for the United', { delay: 10 });
  await page.locator('logprob-autocomplete[data-field="textarea"] [part~="ghost"]').filter({ hasText: 'States' }).waitFor();
  await page.locator('[data-confidence-status][data-state="done"]').waitFor();
  await options.first().waitFor();
  await page.locator('[data-scored-text] button', { hasText: 'Justice' }).first().hover();
  await page.locator('[data-token-explorer] li').first().waitFor();
  await field.focus();
  await page.evaluate(() => { window.scrollTo(0, 0); });
  await page.screenshot({ path: output, fullPage: true });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
