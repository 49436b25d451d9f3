import { demoField, expect, fieldValue, test } from '../support/demo-test.js';

const confidence = (page: import('@playwright/test').Page) => ({
  status: page.locator('[data-confidence-status]'),
  perplexity: page.locator('[data-perplexity]'),
  bits: page.locator('[data-bits-per-character]'),
  text: page.locator('[data-scored-text]'),
  explorer: page.locator('[data-token-explorer]'),
});

// Text typed as a paste would arrive: one insertText, so the test does not type thousands of keys.
async function paste(input: import('@playwright/test').Locator, text: string): Promise<void> {
  await input.click();
  await input.evaluate((node, value) => {
    (node as HTMLElement).focus();
    // insertText is what a paste does to the field (one input event, on the undo stack); no newer API does it.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
    document.execCommand('insertText', false, value);
  }, text);
}

for (const [language, text] of [
  ['Japanese', '吾輩は猫である。名前はまだ無い。'],
  ['Hindi', 'भारत एक विशाल देश है।'],
  ['Chinese', '我们的人民是伟大的人民。'],
  ['French', 'Où est la bibliothèque ? Un été à Montréal.'],
  ['emoji', 'Launch day 🚀🎉 with the family 👩‍👩‍👧'],
] as const) {
  test(`highlights ${language} as whole characters, wrapped, with figures`, async ({ page }) => {
    await page.goto('/');
    const panel = confidence(page);
    await paste(demoField(page, 'textarea').input, text);
    await expect(panel.status).toHaveAttribute('data-state', 'done');
    await expect(panel.text).toHaveText(text);
    await expect(panel.text).not.toContainText('bytes:');
    await expect(panel.perplexity).toHaveText(/^\d+(\.\d)?$/);
    await expect(panel.bits).toHaveText(/^\d+\.\d\d$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
  });
}

test("a contenteditable's no-break space shows as a space, not as bytes", async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'contenteditable');
  await field.input.click();
  // Chromium turns the second of two spaces into U+00A0 in a contenteditable.
  await field.input.pressSequentially('We the  People');
  const panel = confidence(page);
  await expect(panel.status).toHaveAttribute('data-state', 'done');
  expect(await fieldValue(field.input)).toContain('\u00a0');
  await expect(panel.text).not.toContainText('bytes:');
  expect((await panel.text.textContent())?.replaceAll('\u00a0', ' ')).toBe('We the  People');
});

for (const status of [429, 500]) {
  test(`scoring that fails with ${status} clears the old figures, says so and keeps the text`, async ({ page }) => {
    await page.goto('/');
    const panel = confidence(page);
    const field = demoField(page, 'textarea');
    await paste(field.input, 'We the People of the United States');
    await expect(panel.perplexity).toHaveText(/^\d/);
    await page.route('**/openai/v1/completions', (route) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error: { message: 'nope' } }) }));
    await field.input.pressSequentially(', in Order');
    await expect(panel.status).toHaveAttribute('data-state', 'error');
    await expect(panel.status).toContainText(status === 429 ? 'busy' : 'server error 500');
    await expect(panel.status).toContainText('Your text is unchanged');
    await expect(panel.perplexity).toHaveText('–');
    await expect(panel.bits).toHaveText('–');
    await expect(panel.text).toBeEmpty();
    expect(await fieldValue(field.input)).toBe('We the People of the United States, in Order');
  });
}

test('a pasted 30,000-character text is scored by its last part, and the panel says so', async ({ page }) => {
  await page.goto('/');
  const panel = confidence(page);
  const field = demoField(page, 'textarea');
  const long = 'We the People of the United States, in Order to form a more perfect Union. '.repeat(400).slice(0, 30_000);
  await paste(field.input, long);
  await expect(panel.status).toHaveAttribute('data-state', 'done');
  await expect(panel.status).toContainText('of 30,000 characters');
  await expect(panel.perplexity).toHaveText(/^\d/);
  expect(await fieldValue(field.input)).toBe(long);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()?.width ?? 0);
});

test('only emoji are scored; control characters get a plain reason and the text stays', async ({ page }) => {
  await page.goto('/');
  const panel = confidence(page);
  const field = demoField(page, 'textarea');
  await paste(field.input, '🙂🙂🚀');
  await expect(panel.status).toHaveAttribute('data-state', 'done');
  await expect(panel.text).toHaveText('🙂🙂🚀');
  await expect(panel.bits).toHaveText(/^\d+\.\d\d$/);
  await field.input.fill('');
  await paste(field.input, '\u0007\u0007\u0001');
  await expect(panel.status).toHaveAttribute('data-state', 'error');
  await expect(panel.status).toContainText('cannot score this text');
  await expect(panel.status).toContainText('control character');
  await expect(panel.perplexity).toHaveText('–');
  expect(await fieldValue(field.input)).toBe('\u0007\u0007\u0001');
});

test('the token explorer shows alternatives on hover and by keyboard, in a live region', async ({ page }) => {
  await page.goto('/');
  const panel = confidence(page);
  await paste(demoField(page, 'textarea').input, 'We the People of the United States');
  await expect(panel.status).toHaveAttribute('data-state', 'done');
  await expect(panel.explorer).toHaveAttribute('aria-live', 'polite');
  const characters = panel.text.getByRole('button');
  await characters.nth(2).hover();
  await expect(panel.explorer).toContainText('The model expected');
  await expect(panel.explorer.locator('li').first()).toContainText('%');
  // One tab stop for the whole text (the character explored last); arrows move within it.
  await page.getByLabel('Ghost text from').focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveClass(/scored-token/);
  const first = await focused.textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator(':focus')).not.toHaveText(first ?? '');
  await expect(page.locator(':focus')).toHaveAttribute('tabindex', '0');
  await expect(panel.text.locator('[tabindex="0"]')).toHaveCount(1);
  // Named as a screen reader should say it: the text without visible-whitespace marks, then the probability.
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /^[^·]+, [<\d.]+%$/);
  await expect(panel.explorer).toContainText(`Token ${(await page.locator(':focus').textContent())?.replaceAll(' ', '·') ?? ''}`);
});
