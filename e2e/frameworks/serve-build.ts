import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The framework examples under e2e/frameworks, each a Vite app built by `npm run build` here. */
export type FrameworkExample = 'react' | 'vue';

/**
 * Serves the built example `name` to `page` under `/__frameworks/<name>/` of `origin`, a demo
 * server, so that the example's `src="/v1/suggest"` reaches that server's embedded model on the
 * same origin. Returns the example's URL.
 *
 * @example
 * await page.goto(await serveFrameworkExample(page, targetUrl, 'react'));
 */
export async function serveFrameworkExample(page: Page, origin: string, name: FrameworkExample): Promise<string> {
  const directory = fileURLToPath(new URL(`./${name}/dist/`, import.meta.url));
  if (!existsSync(join(directory, 'index.html'))) {
    throw new Error(`e2e/frameworks/${name} is not built: run \`npm run build -w @logprob-autocomplete/e2e\` (turbo does it before the tests)`);
  }
  const prefix = `/__frameworks/${name}/`;
  await page.route(`${origin}${prefix}**`, async (route) => {
    const path = new URL(route.request().url()).pathname.slice(prefix.length) || 'index.html';
    await route.fulfill({ path: join(directory, path) });
  });
  return `${origin}${prefix}`;
}
