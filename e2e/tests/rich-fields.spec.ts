import { demoField, expect, fieldValue, test } from '../support/demo-test.js';

const PHRASE = 'We the People of the United';

for (const name of ['contenteditable', 'codemirror'] as const) {
  test(`the ${name} field suggests, accepts with Tab and undoes with Ctrl+Z`, async ({ page }) => {
    await page.goto('/');
    const field = demoField(page, name);
    await field.input.click();
    await field.input.pressSequentially(PHRASE);
    await expect(field.options.first()).toBeVisible();
    await expect(field.options.first().locator('[part~="probability"]')).toHaveText(/%/);
    await field.input.press('Tab');
    const accepted = await fieldValue(field.input);
    expect(accepted.startsWith(PHRASE)).toBe(true);
    expect(accepted.length).toBeGreaterThan(PHRASE.length);
    await field.input.press('Control+z');
    await expect.poll(() => fieldValue(field.input)).toBe(PHRASE);
  });

  test(`the ${name} field dismisses with Escape`, async ({ page }) => {
    await page.goto('/');
    const field = demoField(page, name);
    await field.input.click();
    await field.input.pressSequentially(PHRASE);
    await expect(field.options.first()).toBeVisible();
    await field.input.press('Escape');
    await expect(field.listbox).toBeHidden();
    expect(await fieldValue(field.input)).toBe(PHRASE);
  });
}
