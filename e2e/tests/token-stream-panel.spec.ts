import { demoField, expect, test } from '../support/demo-test.js';

test('the token panel follows type-through, accepts and Escape, in plain words', async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'textarea');
  const status = page.locator('#token-stream [data-status]');
  const rows = page.locator('#token-stream .token-row');
  await field.input.click();
  await field.input.pressSequentially('We the People of the United');
  await expect(field.options.first()).toContainText('States');
  await expect(status).toContainText(/Stopped after \d+ tokens? \(/);
  await expect(status).not.toContainText(/finish|length\)/);
  await expect(rows.first()).toHaveAttribute('aria-current', 'true');
  await expect(rows.first().locator('.token')).toHaveText('·States');
  // The panel shows every row: none is scrolled out of sight.
  const clipped = await page.locator('#token-stream ol').evaluate((list) => list.scrollHeight > list.clientHeight + 1);
  expect(clipped).toBe(false);
  // Type through the top token: the panel moves on with the list, or empties and says so when the
  // next position is too unsure to list by itself; it never shows the typed token as next.
  await field.input.pressSequentially(' States');
  await expect(page.locator('#token-stream .token-row .token', { hasText: /^·States$/ })).toHaveCount(0);
  // Asked for, the list opens there; Escape closes it and the panel says why.
  await field.input.press('Control+Space');
  await expect(field.options.first()).toBeVisible();
  await expect(rows.first()).toHaveAttribute('aria-current', 'true');
  await field.input.press('Escape');
  await expect(status).toHaveText(/List closed: you pressed Escape/);
  await expect(rows).toHaveCount(0);
});

test('the keystrokes-saved meter counts keys pressed and characters accepted', async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'textarea');
  const meter = page.locator('[data-keystrokes="textarea"]');
  await expect(meter).toHaveText('Keystrokes saved: none yet.');
  const accepted: string[] = [];
  await page.exposeFunction('recordAccept', (text: string) => { accepted.push(text); });
  await field.element.evaluate((element) => {
    const record = (window as unknown as { recordAccept: (text: string) => Promise<void> }).recordAccept;
    element.addEventListener('logprob-accept', (event) => { void record((event as CustomEvent<{ text: string }>).detail.text); });
  });
  const typed = 'We the People of the United';
  await field.input.click();
  await field.input.pressSequentially(typed);
  await expect(meter).toContainText(`${typed.length} keys pressed`);
  await expect(field.options.first()).toBeVisible();
  // A click accepts under every keyboard model the element has had (Tab's meaning is changing).
  await field.options.first().click();
  await expect.poll(() => accepted.length).toBe(1);
  // The meter counts graphemes; the accepted tokens here are ASCII, so their length is that count.
  const characters = (accepted[0] ?? '').length;
  // Without the accept: the same keys plus the accepted characters; a pointer accept costs no key.
  await expect(meter).toHaveText(`Keystrokes saved: ${characters} (${Math.round((characters / (typed.length + characters)) * 100)}%). ${characters} characters from accepts, ${typed.length} keys pressed.`);
  await field.input.press('Control+z');
  await expect(meter).toContainText(`${typed.length + 1} keys pressed`);
  // Each field has its own meter.
  await expect(page.locator('[data-keystrokes="contenteditable"]')).toHaveText('Keystrokes saved: none yet.');
});

for (const status of [429, 500]) {
  test(`a suggest request answered with ${status}: the token panel says so plainly and empties, the text stays`, async ({ page }) => {
    await page.goto('/');
    const field = demoField(page, 'textarea');
    const panelStatus = page.locator('#token-stream [data-status]');
    await field.input.click();
    await field.input.pressSequentially('We the People of the United');
    await expect(page.locator('#token-stream .token-row').first()).toBeVisible();
    await page.route('**/v1/suggest', (route) =>
      route.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error: { code: status === 429 ? 'rate_limited' : 'internal_error', message: 'nope' } }) }),
    );
    await field.input.pressSequentially(' Kingdom of');
    await expect(panelStatus).toHaveAttribute('data-status', 'error');
    await expect(panelStatus).toContainText(status === 429 ? 'the server is busy' : 'No suggestions');
    await expect(panelStatus).toContainText('Your text is unchanged');
    await expect(page.locator('#token-stream .token-row')).toHaveCount(0);
    expect(await field.input.inputValue()).toBe('We the People of the United Kingdom of');
  });
}
