import type { Locator } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoField, expect, fieldValue, test } from '../support/demo-test.js';
import { startStaticFileServer, type StaticFileServer } from '../support/static-file-server.js';

// The demo's build (apps/demo/dist/client) from a plain static file server: no /v1/suggest, no
// /healthz. The page notices, runs the model in a Web Worker, and the field works as on the server.
const distDirectory = fileURLToPath(new URL('../../apps/demo/dist/client/', import.meta.url));
const PHRASE = 'We the People of the United';

async function optionText(option: Locator): Promise<string> {
  const shown = (await option.locator('[part~="token"]').textContent()) ?? '';
  return shown.replaceAll('·', ' ').replaceAll('↵', '\n').replaceAll('→', '\t');
}

let server: StaticFileServer;
test.beforeAll(async () => {
  if (!existsSync(`${distDirectory}index.html`)) throw new Error(`No demo build at ${distDirectory}: run npm run build -w @logprob-autocomplete/demo`);
  server = await startStaticFileServer(distDirectory);
});
test.afterAll(async () => { await server.close(); });

test('the static build suggests in the page with no API: type, accept, undo', async ({ page }) => {
  await page.goto(server.url);
  await expect(page.locator('input[name="suggestSource"][value="page"]')).toBeChecked();
  await expect(page.locator('input[name="suggestSource"][value="server"]')).toBeDisabled();
  const field = demoField(page, 'textarea');
  await expect(field.element).toHaveAttribute('model-src', /\.bin$/);
  // Scoring would send the text to a server: it is off while the text stays in the page.
  await expect(page.locator('[data-confidence-status]')).toContainText('off while suggestions run in this page');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await field.input.press('Control+Space');
  await expect(field.options.first()).toBeVisible();
  const top = await optionText(field.options.first());
  expect(top.length).toBeGreaterThan(0);
  const before = server.requests.length;
  await field.options.first().click();
  expect(await fieldValue(field.input)).toBe(PHRASE + top);
  await field.input.press('Control+z');
  expect(await fieldValue(field.input)).toBe(PHRASE);
  // Suggesting asked the static server for nothing: no suggest endpoint was ever tried.
  await page.waitForTimeout(1000); // past the confidence view's 350 ms pause: nothing may follow
  expect(server.requests.slice(before)).toEqual([]);
  expect(server.requests.filter((path) => path.startsWith('/v1/'))).toEqual([]);
  expect(server.requests.filter((path) => path.endsWith('.bin'))).toHaveLength(1);
});

test('the switch moves a page served with its API between the server and the page', async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'textarea');
  await expect(page.locator('input[name="suggestSource"][value="server"]')).toBeChecked();
  await expect(field.element).toHaveAttribute('src', '/v1/suggest');
  await page.locator('input[name="suggestSource"][value="page"]').check();
  await expect(field.element).toHaveAttribute('model-src', /\.bin$/);
  await expect(field.element).not.toHaveAttribute('src', /./);
  // Neither suggestions nor scoring may send the text anywhere now.
  const textRequests: string[] = [];
  page.on('request', (request) => { if (request.method() === 'POST') textRequests.push(new URL(request.url()).pathname); });
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await field.input.press('Control+Space');
  await expect(field.options.first()).toBeVisible();
  await field.options.first().click();
  // The next position's list may be too unsure to open by itself (open-threshold): ask for it.
  await field.input.press('Control+Space');
  await expect(field.options.first()).toBeVisible();
  await expect(page.locator('#token-stream .token-row').first()).toBeVisible();
  // An absence can only be seen by waiting: past the confidence view's 350 ms pause after typing.
  await page.waitForTimeout(1000);
  expect(textRequests).toEqual([]);
});
