import { contrastRatio } from '../support/contrast.js';
import { demoField, expect, test } from '../support/demo-test.js';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`at 390×844, ${colorScheme}`, () => {
    test.use({ viewport: { width: 390, height: 844 }, colorScheme, hasTouch: true });

    test('nothing is wider than the screen, every control is reachable, text keeps AA contrast', async ({ page }) => {
      await page.goto('/');
      const field = demoField(page, 'textarea');
      await field.input.click();
      await field.input.pressSequentially('We the People of the United');
      await expect(field.options.first()).toBeVisible();
      await expect(page.locator('[data-confidence-status]')).toHaveAttribute('data-state', 'done');
      await page.locator('[data-scored-text] button').nth(1).hover();
      await expect(page.locator('[data-token-explorer]')).toContainText('The model expected');

      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((element) => {
            const box = element.getBoundingClientRect();
            return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5);
          })
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      );
      expect(overflowing).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

      // The active option (the demo used to inherit its colour: 1.17:1 in light mode).
      // Ctrl+Space opens the list engaged (docs/decisions/0007), then ArrowDown moves to an option.
      // The explorer scrolled the page; a list whose caret line is out of view stays hidden.
      await field.input.scrollIntoViewIfNeeded();
      await field.input.press('Control+Space');
      // ArrowDown before the list is there would move the caret, which closes a list on its way.
      await expect(field.options.first()).toBeVisible();
      await field.input.press('ArrowDown');
      const active = field.listbox.locator('[aria-selected="true"]');
      await expect(active).toBeVisible();
      expect(await contrastRatio(active)).toBeGreaterThanOrEqual(4.5);
      for (const selector of ['.site-header p', '.keys li', '.keystrokes', '[data-confidence-status]', '.statistics dt', '.row-label', '#token-stream [data-status]', '.token-explorer p']) {
        const ratio = await contrastRatio(page.locator(selector).first());
        expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
      }
      await field.input.press('Escape');

      // Every setting can be scrolled to, fits the screen, is big enough to tap, and works.
      for (const label of ['Model', 'top_logprobs', 'max_tokens', 'Ghost text from']) {
        const control = page.getByLabel(label);
        await control.scrollIntoViewIfNeeded();
        await expect(control).toBeInViewport({ ratio: 1 });
        const box = await control.boundingBox();
        expect(box?.height ?? 0, label).toBeGreaterThanOrEqual(24);
      }
      await page.getByLabel('max_tokens').fill('2');
      await expect(field.element).toHaveAttribute('max-tokens', '2');
      for (const name of ['contenteditable', 'codemirror'] as const) {
        const other = demoField(page, name);
        await other.input.scrollIntoViewIfNeeded();
        await other.input.tap();
        await expect(other.input).toBeFocused();
      }
    });
  });
}
