import { demoField, expect, fieldValue, test } from '../support/demo-test.js';

test('an IME composition triggers nothing until it is committed', async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'textarea');
  await field.input.click();
  const suggestBodies: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/v1/suggest') suggestBodies.push(request.postData() ?? '');
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'にほんご', selectionStart: 4, selectionEnd: 4 });
  expect(await fieldValue(field.input)).toBe('にほんご');
  // Longer than any debounce (the element waits 100 to 400 ms, the demo's panels 350 ms): a
  // request would have started by now if the composition had triggered one.
  await page.waitForTimeout(1500);
  expect(suggestBodies).toEqual([]);
  await expect(field.options).toHaveCount(0);
  // Committing the composition is ordinary input again: requests follow.
  await cdp.send('Input.insertText', { text: '日本語' });
  expect(await fieldValue(field.input)).toBe('日本語');
  await expect.poll(() => suggestBodies.length).toBeGreaterThan(0);
  expect(suggestBodies.every((body) => (JSON.parse(body) as { text: string }).text === '日本語')).toBe(true);
  await cdp.detach();
});
