import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { TARGET_URL_VARIABLE, type Target } from './targets.js';

/** The demo page's fields, by the `data-field` of their `<logprob-autocomplete>`. */
export type DemoField = 'textarea' | 'contenteditable' | 'codemirror';

export interface DemoFixtures {
  /** The URL of the server for this project's target (set by global setup). */
  targetUrl: string;
  /** The URL of a Node demo server whose upstream always answers 500. */
  failingUrl: string;
  /** The URL of a Node demo server whose upstream is another server's OpenAI-compatible API. */
  compatibleUrl: string;
}

function urlFrom(variable: string): string {
  const url = process.env[variable];
  if (!url) throw new Error(`${variable} is not set: global setup did not start that server (check E2E_TARGETS)`);
  return url;
}

/**
 * Playwright's `test` with the demo's URLs as fixtures; `baseURL` follows the project (`node` or
 * `workerd`), so one spec runs against both runtimes.
 *
 * @example
 * test('loads', async ({ page }) => { await page.goto('/'); });
 */
export const test = base.extend<DemoFixtures>({
  // Playwright reads fixture dependencies from the destructuring pattern, which is empty here.
  // eslint-disable-next-line no-empty-pattern -- see above
  targetUrl: async ({}, use, testInfo) => {
    await use(urlFrom(TARGET_URL_VARIABLE[testInfo.project.name as Target]));
  },
  baseURL: async ({ targetUrl }, use) => {
    await use(targetUrl);
  },
  // eslint-disable-next-line no-empty-pattern -- see above
  failingUrl: async ({}, use) => {
    await use(urlFrom(TARGET_URL_VARIABLE.failing));
  },
  // eslint-disable-next-line no-empty-pattern -- see above
  compatibleUrl: async ({}, use) => {
    await use(urlFrom(TARGET_URL_VARIABLE.compatible));
  },
});

export { expect };

/**
 * The parts of one demo field a test drives: the editable element, its listbox and options.
 *
 * @example
 * const field = demoField(page, 'textarea');
 * await field.input.pressSequentially('We the People');
 */
export function demoField(page: Page, name: DemoField): { element: Locator; input: Locator; listbox: Locator; options: Locator; status: Locator } {
  const element = page.locator(`logprob-autocomplete[data-field="${name}"]`);
  const input =
    name === 'textarea' ? element.locator('textarea') : name === 'contenteditable' ? element.locator('[contenteditable="true"]') : element.locator('.cm-content');
  const listbox = element.getByRole('listbox');
  return {
    element,
    input,
    listbox,
    options: listbox.getByRole('option'),
    status: page.locator(`[data-field-status="${name}"]`),
  };
}

/** The text of a field, whatever kind it is. */
export async function fieldValue(input: Locator): Promise<string> {
  return input.evaluate((node) =>
    node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement
      ? node.value
      : // CodeMirror draws each line as a block; its lines joined by \n are its document.
        node.classList.contains('cm-content')
        ? Array.from(node.querySelectorAll('.cm-line'), (line) => line.textContent).join('\n')
        : node.textContent,
  );
}
