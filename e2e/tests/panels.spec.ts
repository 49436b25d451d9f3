import { demoField, expect, test } from '../support/demo-test.js';

test('the token panel streams tokens with their top_logprobs and the text is scored', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('#provider')).toHaveText(/embedded/i);
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially('We the People of the United States, in Order to form a more perfect');
  const rows = page.locator('#token-stream .token-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator('.alternatives li').first()).toContainText('%');
  await expect(page.locator('#token-stream [data-status]')).toHaveAttribute('data-status', 'done');
  // Highlight by confidence: every token tinted, perplexity a positive number.
  const scored = page.locator('#confidence .scored-token');
  await expect(scored.nth(3)).toBeVisible();
  await expect(scored.nth(1)).toHaveAttribute('data-probability', /^0?\.\d+|1\.0+$/);
  await expect(page.locator('[data-perplexity]')).toHaveText(/^\d+(\.\d)?$/);
  const text = (await scored.allTextContents()).join('');
  expect(text).toBe('We the People of the United States, in Order to form a more perfect');
  await expect(field.options.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`demo-${testInfo.project.name}.png`) });
  // The README's picture (docs/screenshot.png is a copy of the node one).
  await page.screenshot({ path: `screenshots/demo-${testInfo.project.name}.png`, fullPage: true });
});

test('settings reach every element as attributes', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('top_logprobs').fill('3');
  await page.getByLabel('max_tokens').fill('2');
  for (const element of await page.locator('logprob-autocomplete').all()) {
    await expect(element).toHaveAttribute('top-logprobs', '3');
    await expect(element).toHaveAttribute('max-tokens', '2');
  }
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially('We the People of the United');
  await expect(field.options.first()).toBeVisible();
  expect(await field.options.count()).toBeLessThanOrEqual(3);
});

test('the panels follow whichever field was typed in last', async ({ page }) => {
  await page.goto('/');
  const scoredText = page.locator('#confidence [data-scored-text]');
  for (const [name, text] of [
    ['codemirror', 'We the People of the United'],
    ['contenteditable', 'I have not yet begun to'],
  ] as const) {
    const field = demoField(page, name);
    await field.input.click();
    await field.input.pressSequentially(text);
    await expect(scoredText).toHaveText(text);
    await expect(page.locator('#token-stream .token-row').first()).toBeVisible();
  }
});

test('the ghost-text threshold decides whether the top option shows after the caret', async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'textarea');
  const ghost = field.element.locator('[part~="ghost"]');
  await field.input.click();
  // " States" follows "of the United" with about 97 %: above the default 50 % threshold.
  await field.input.pressSequentially('We the People of the United');
  await expect(ghost).toBeVisible();
  await expect(ghost).toContainText('States');
  await field.input.press('Escape');
  await page.getByLabel('Ghost text from').fill('1');
  await expect(page.locator('#ghost-threshold-value')).toHaveText('100%');
  await expect(field.element).toHaveAttribute('ghost-threshold', '1');
  // The same text again: the same 97 % option is listed, but no longer drawn as ghost text.
  await field.input.fill('');
  await field.input.pressSequentially('We the People of the United');
  await expect(field.options.first()).toBeVisible();
  await expect(field.options.first()).toContainText('States');
  await expect(ghost).toBeHidden();
});
