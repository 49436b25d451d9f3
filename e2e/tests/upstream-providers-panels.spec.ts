import { demoField, expect, test } from '../support/demo-test.js';

// The demo server whose OpenAI-compatible upstream always answers 500 (a Node server: this file
// runs under the node project only, like the other upstream-providers specs).
test('a failing upstream: the token panel says the provider failed and the highlight still works', async ({ page, failingUrl }) => {
  await page.goto(failingUrl);
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially('We the People');
  const status = page.locator('#token-stream [data-status]');
  await expect(status).toHaveAttribute('data-status', 'error');
  await expect(status).toContainText('No suggestions: the model provider failed');
  await expect(page.locator('#token-stream .token-row')).toHaveCount(0);
  // Scoring uses the embedded model, which is still there.
  await expect(page.locator('[data-scored-text]')).toHaveText('We the People');
  expect(await field.input.inputValue()).toBe('We the People');
});
