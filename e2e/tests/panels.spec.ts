import { demoField, expect, test } from '../support/demo-test.js';

test('the token panel streams tokens with their top_logprobs and the text is scored', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.locator('#provider')).toHaveText(/embedded/i);
  const field = demoField(page, 'textarea');
  // What the element streamed, as its logprob-suggest detail carried it: the panel mirrors it.
  const streamed: { tokens: number[]; options: number; ended: boolean }[] = [];
  await page.exposeFunction('recordSuggest', (detail: { tokens: number[]; options: number; ended: boolean }) => { streamed.push(detail); });
  await field.element.evaluate((element) => {
    const record = (window as unknown as { recordSuggest: (detail: unknown) => Promise<void> }).recordSuggest;
    element.addEventListener('logprob-suggest', (event) => {
      // The detail's shape is the element's LogprobSuggestDetail (only what this test reads).
      const { detail } = event as CustomEvent<{ tokens: { top_logprobs: unknown[] }[]; options: unknown[]; end?: unknown }>;
      void record({ tokens: detail.tokens.map((token) => token.top_logprobs.length), options: detail.options.length, ended: detail.end !== undefined });
    });
  });
  await field.input.click();
  await field.input.pressSequentially('We the People of the United States, in Order to form a more perfect');
  const rows = page.locator('#token-stream .token-row');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator('.alternatives li').first()).toContainText('%');
  await expect(page.locator('#token-stream [data-status]')).toHaveAttribute('data-status', 'done');
  // One row per streamed token event, each with that token's top_logprobs as bars.
  await expect.poll(() => streamed.at(-1)?.ended).toBe(true);
  const alternatives = streamed.at(-1)?.tokens ?? [];
  expect(alternatives.length).toBeGreaterThan(0);
  await expect(page.locator('#token-stream [data-status]')).toContainText(`${alternatives.length} tokens`);
  // On a busy machine the last request may be for the text one letter short, and the last letter
  // typed through its first token: the panel then leaves the tokens already in the text out and
  // says how many ("1 streamed token is in your text now").
  const tokensBehind = async () => {
    const status = (await page.locator('#token-stream [data-status]').textContent()) ?? '';
    return Number(/(\d+) streamed tokens? (?:is|are) in your text now/.exec(status)?.[1] ?? 0);
  };
  await expect.poll(async () => (await rows.count()) + (await tokensBehind())).toBe(alternatives.length);
  const behind = await tokensBehind();
  expect(behind).toBeLessThan(alternatives.length);
  // The first row is the list as the element shows it now (its options); the others, the
  // top_logprobs streamed ahead.
  await expect(rows.first().locator('.alternatives li')).toHaveCount(streamed.at(-1)?.options ?? -1);
  for (const [index, count] of alternatives.slice(behind).entries()) if (index > 0) await expect(rows.nth(index).locator('.alternatives li')).toHaveCount(count);
  // Highlight by confidence: every token tinted, perplexity a positive number.
  const scored = page.locator('#confidence .scored-token');
  await expect(scored.nth(3)).toBeVisible();
  await expect(scored.nth(1)).toHaveAttribute('data-probability', /^0?\.\d+|1\.0+$/);
  await expect(page.locator('[data-perplexity]')).toHaveText(/^\d+(\.\d)?$/);
  const text = (await scored.allTextContents()).join('');
  expect(text).toBe('We the People of the United States, in Order to form a more perfect');
  await expect(field.options.first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath(`demo-${testInfo.project.name}.png`) });
  // The README's picture (docs/screenshot.png is a copy of the node one).
  await page.screenshot({ path: `screenshots/demo-${testInfo.project.name}.png`, fullPage: true });
});

test('typing makes only the element\'s requests: the token panel mirrors its stream', async ({ page }) => {
  await page.goto('/');
  let requests = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/v1/suggest') requests += 1;
  });
  let loadstarts = 0;
  await page.exposeFunction('recordLoadstart', () => { loadstarts += 1; });
  for (const element of await page.locator('logprob-autocomplete').all()) {
    await element.evaluate((node) => {
      const record = (window as unknown as { recordLoadstart: () => Promise<void> }).recordLoadstart;
      node.addEventListener('logprob-loadstart', () => { void record(); });
    });
  }
  const field = demoField(page, 'textarea');
  await field.input.click();
  // Pauses between words let both the element and any other requester (the panel used to) start requests.
  for (const word of ['We', ' the', ' People', ' of', ' the', ' United']) {
    await field.input.pressSequentially(word);
    await page.waitForTimeout(500);
  }
  await expect(page.locator('#token-stream [data-status]')).toHaveAttribute('data-status', 'done');
  await expect(page.locator('#token-stream .token-row').first()).toBeVisible();
  expect(loadstarts).toBeGreaterThan(0);
  // Every /v1/suggest request is one the element announced: no second request per input.
  await expect.poll(() => requests - loadstarts).toBe(0);
});

test('settings reach every element as attributes', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('top_logprobs').fill('3');
  await page.getByLabel('max_tokens').fill('2');
  for (const element of await page.locator('logprob-autocomplete').all()) {
    await expect(element).toHaveAttribute('top-logprobs', '3');
    await expect(element).toHaveAttribute('max-tokens', '2');
  }
  const field = demoField(page, 'textarea');
  await field.input.click();
  await field.input.pressSequentially('We the People of the United');
  await expect(field.options.first()).toBeVisible();
  expect(await field.options.count()).toBeLessThanOrEqual(3);
});

test('the panels follow whichever field was typed in last', async ({ page }) => {
  await page.goto('/');
  const scoredText = page.locator('#confidence [data-scored-text]');
  for (const [name, text] of [
    ['codemirror', 'We the People of the United'],
    // Texts the model continues with confidence: below the element's open-threshold (15 %) no list
    // opens, no logprob-suggest fires and the panels, which mirror it, stay as they were.
    ['contenteditable', 'Mr. Speaker, Mr. Vice'],
  ] as const) {
    const field = demoField(page, name);
    await field.input.click();
    await field.input.pressSequentially(text);
    // Ctrl+Space opens the list whatever its probability (a list that opens by itself may not).
    await field.input.press('Control+Space');
    await expect(scoredText).toHaveText(text);
    await expect(page.locator('#token-stream .token-row').first()).toBeVisible();
  }
});

test('the ghost-text threshold decides whether the top option shows after the caret', async ({ page }) => {
  await page.goto('/');
  const field = demoField(page, 'textarea');
  const ghost = field.element.locator('[part~="ghost"]');
  await field.input.click();
  // " States" follows "of the United" with about 97 %: above the default 50 % threshold.
  await field.input.pressSequentially('We the People of the United');
  await expect(ghost).toBeVisible();
  await expect(ghost).toContainText('States');
  await field.input.press('Escape');
  await page.getByLabel('Ghost text from').fill('1');
  await expect(page.locator('#ghost-threshold-value')).toHaveText('100%');
  await expect(field.element).toHaveAttribute('ghost-threshold', '1');
  // The same text again: the same 97 % option is listed, but no longer drawn as ghost text.
  await field.input.fill('');
  await field.input.pressSequentially('We the People of the United');
  await expect(field.options.first()).toBeVisible();
  await expect(field.options.first()).toContainText('States');
  await expect(ghost).toBeHidden();
});
