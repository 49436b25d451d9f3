import { demoField, expect, test } from '../support/demo-test.js';

test('a language sample replaces the text as one undoable insert and is highlighted as whole characters', async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially('my own words');
  await page.getByRole('group', { name: 'Sample text in another language' }).getByRole('button', { name: '日本語' }).click();
  const sample = '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。';
  await expect(field.input).toHaveValue(sample);
  await expect(field.input).toHaveAttribute('lang', 'ja');
  await expect(page.locator('[data-sample-note]')).toContainText('English only');
  await expect(page.locator('[data-scored-text]')).toHaveText(sample);
  await expect(page.locator('[data-scored-text]')).not.toContainText('bytes:');
  await field.input.press('Control+z');
  await expect(field.input).toHaveValue('my own words');
});
