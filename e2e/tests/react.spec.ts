import { serveFrameworkExample } from '../frameworks/serve-build.js';
import { expect, test } from '../support/demo-test.js';

const PHRASE = 'We the People of the United';

test('React 19 sets the element properties, hears logprob-accept, and its controlled textarea follows an accept and its undo', async ({ page, targetUrl }) => {
  await page.goto(await serveFrameworkExample(page, targetUrl, 'react'));
  const element = page.locator('logprob-autocomplete');
  // Properties, not attributes: a number and an object (the list's accessible name).
  await expect(element).toHaveJSProperty('debounce', 40);
  expect(await element.getAttribute('debounce')).toBeNull();
  const field = page.getByRole('textbox', { name: 'Message' });
  await field.pressSequentially(PHRASE);
  const options = page.getByRole('listbox', { name: 'Next words' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await field.press('Alt+1');
  await expect(field).not.toHaveValue(PHRASE);
  const value = await field.inputValue();
  expect(value.startsWith(PHRASE)).toBe(true);
  // React saw the accept through onChange (state) and through onlogprob-accept (the list).
  await expect(page.getByTestId('state')).toHaveText(value);
  await expect(page.getByTestId('accepted').getByRole('listitem')).toHaveText([`keyboard:${value.slice(PHRASE.length)}`]);
  await field.press('Control+z');
  await expect(field).toHaveValue(PHRASE);
  await expect(page.getByTestId('state')).toHaveText(PHRASE);
});
