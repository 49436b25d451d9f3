import { expect, test } from '../support/demo-test.js';

const PHRASE = 'We the People of the United';

// The editors' inputs: ProseMirror's and Lexical's contenteditable, Monaco's EditContext element.
const INPUTS = { prosemirror: '.ProseMirror', lexical: '[data-lexical-editor]', monaco: '.native-edit-context, textarea.inputarea' } as const;

test('the first page loads no Monaco code; Monaco loads when scrolled to', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname); });
  await page.goto('/');
  await expect(page.locator('logprob-autocomplete[data-field="textarea"] textarea')).toBeVisible();
  expect(scripts.filter((path) => path.includes('monaco-field'))).toEqual([]);
  await page.locator('[data-editor="monaco"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-editor="monaco"]').locator(INPUTS.monaco)).toBeAttached();
  expect(scripts.some((path) => path.includes('monaco-field'))).toBe(true);
});

for (const name of ['prosemirror', 'lexical', 'monaco'] as const) {
  test(`the ${name} field suggests from the embedded model, takes an option with Alt+1 and undoes it in one step`, async ({ page }) => {
    await page.goto('/');
    const element = page.locator(`logprob-autocomplete[data-field="${name}"]`);
    await element.scrollIntoViewIfNeeded();
    const input = element.locator(INPUTS[name]).first();
    // A multi-line editor keeps its own role and controls the list (docs/decisions/0008): a
    // textbox for ProseMirror and Lexical; Monaco gives its editing element a role of its own.
    if (name !== 'monaco') await expect(input).toHaveAttribute('role', 'textbox');
    await expect(input).toHaveAttribute('aria-controls', /-listbox$/);
    await element.locator('.editor-field').click();
    await page.keyboard.type(PHRASE, { delay: 20 });
    const options = element.getByRole('listbox').getByRole('option');
    await expect(options.first()).toBeVisible();
    const read = () => element.evaluate((node) => (node as HTMLElement & { adapter?: { textBeforeCaret(): string | null } }).adapter?.textBeforeCaret() ?? '');
    await expect.poll(read).toBe(PHRASE);
    await page.keyboard.press('Alt+1');
    await expect.poll(read).not.toBe(PHRASE);
    expect((await read()).startsWith(PHRASE)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(read).toBe(PHRASE);
  });
}
