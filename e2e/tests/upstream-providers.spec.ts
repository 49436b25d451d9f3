import { demoField, expect, fieldValue, test } from '../support/demo-test.js';

test('an OpenAI-compatible upstream drives the same page', async ({ page, compatibleUrl }) => {
  await page.goto(compatibleUrl);
  await expect(page.locator('#provider')).toHaveText('an OpenAI-compatible server');
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially('We the People of the United');
  await expect(field.options.first()).toBeVisible();
  await expect(field.options.first().locator('[part~="probability"]')).toHaveText(/%/);
  // Alt+1 takes the top option whatever its probability (Tab takes only ghost text).
  await field.input.press('Alt+Digit1');
  expect((await fieldValue(field.input)).length).toBeGreaterThan('We the People of the United'.length);
});

test('an upstream error shows a quiet state and keeps the text', async ({ page, failingUrl }) => {
  await page.goto(failingUrl);
  const field = demoField(page, 'textarea');
  const errors: unknown[] = [];
  await page.exposeFunction('recordError', (detail: unknown) => { errors.push(detail); });
  await field.element.evaluate((element) => {
    const record = (window as unknown as { recordError: (detail: unknown) => Promise<void> }).recordError;
    element.addEventListener('logprob-error', (event) => { void record((event as CustomEvent).detail); });
  });
  await field.input.click();
  await field.input.pressSequentially('We the People');
  await expect(field.status).toHaveAttribute('data-state', 'error');
  await expect(field.status).toContainText('unavailable');
  await expect.poll(() => errors.length).toBeGreaterThan(0);
  // The detail names a protocol code but never the upstream's own message.
  expect(JSON.stringify(errors[0])).not.toContain('processing your request');
  await expect(field.options).toHaveCount(0);
  expect(await fieldValue(field.input)).toBe('We the People');
  // The field is still a working field.
  await field.input.pressSequentially(' of');
  expect(await fieldValue(field.input)).toBe('We the People of');
});
