import type { Locator } from '@playwright/test';
import { demoField, expect, fieldValue, test } from '../support/demo-test.js';

// Text the embedded model (trained on public-domain English, State of the Union addresses among
// it) continues with confidence; the assertions only rely on options appearing and on what an
// accept inserts, never on which token the model ranks first.
const PHRASE = 'We the People of the United';

/** An option's token as text: the list shows spaces as '·' and line breaks as '↵'. */
async function optionText(option: Locator): Promise<string> {
  const shown = (await option.locator('[part~="token"]').textContent()) ?? '';
  return shown.replaceAll('·', ' ').replaceAll('↵', '\n').replaceAll('→', '\t');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('logprob-autocomplete[data-field="textarea"]')).toBeAttached();
});

test('typing a phrase shows ranked options with probabilities', async ({ page }) => {
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await expect(field.options.first()).toBeVisible();
  await expect(field.input).toHaveAttribute('role', 'combobox');
  await expect(field.input).toHaveAttribute('aria-expanded', 'true');
  const labels = await field.options.locator('[part~="probability"]').allTextContents();
  expect(labels.length).toBeGreaterThan(1);
  for (const label of labels) expect(label).toMatch(/\d.*%|%.*\d/);
  // Ranked: the probabilities never increase down the list.
  const probabilities = labels.map((label) => Number.parseFloat(label.replace(/[^\d.]/g, '')));
  expect([...probabilities].sort((a, b) => b - a)).toEqual(probabilities);
});

test('Tab accepts the ghost text shown after the caret', async ({ page }) => {
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await expect(field.options.first()).toBeVisible();
  const ghost = page.locator('logprob-autocomplete[data-field="textarea"] [part~="ghost"]');
  await expect(ghost).toBeVisible();
  const shown = (await ghost.textContent()) ?? '';
  expect(shown.length).toBeGreaterThan(0);
  await field.input.press('Tab');
  expect(await fieldValue(field.input)).toBe(PHRASE + shown);
  await expect(field.input).toBeFocused();
});

test('Alt+1 accepts the top option', async ({ page }) => {
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await expect(field.options.first()).toBeVisible();
  const top = await optionText(field.options.first());
  await field.input.press('Alt+Digit1');
  // The phrase ends between words, so the whole token is inserted.
  expect(await fieldValue(field.input)).toBe(PHRASE + top);
});

test('Alt+ArrowDown engages the list; ArrowDown then Enter accepts the option moved to', async ({ page }) => {
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await expect(field.options.nth(1)).toBeVisible();
  // A list that opened by itself leaves the arrows to the textarea until it is engaged.
  await field.input.press('Alt+ArrowDown');
  await field.input.press('ArrowDown');
  await field.input.press('ArrowDown');
  await expect(field.options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(field.input).toHaveAttribute('aria-activedescendant', (await field.options.nth(1).getAttribute('id')) ?? 'missing');
  const second = await optionText(field.options.nth(1));
  await field.input.press('Enter');
  // Enter inserted the option moved to, not a line break.
  expect(await fieldValue(field.input)).toBe(PHRASE + second);
});

test('clicking an option accepts it and keeps focus in the field', async ({ page }) => {
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await expect(field.options.nth(1)).toBeVisible();
  const second = await optionText(field.options.nth(1));
  await field.options.nth(1).click();
  expect(await fieldValue(field.input)).toBe(PHRASE + second);
  await expect(field.input).toBeFocused();
});

test('Escape dismisses the list and leaves the text alone', async ({ page }) => {
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await expect(field.options.first()).toBeVisible();
  await field.input.press('Escape');
  await expect(field.listbox).toBeHidden();
  await expect(field.input).toHaveAttribute('aria-expanded', 'false');
  expect(await fieldValue(field.input)).toBe(PHRASE);
});

test('Ctrl+Z undoes an accept in one step', async ({ page }) => {
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially(PHRASE);
  await expect(field.options.first()).toBeVisible();
  await field.input.press('Alt+Digit1');
  expect((await fieldValue(field.input)).length).toBeGreaterThan(PHRASE.length);
  await field.input.press('Control+z');
  expect(await fieldValue(field.input)).toBe(PHRASE);
});
