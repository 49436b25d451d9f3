import { CHROMIUM_ARGS, findChromium } from '@logprob-autocomplete/find-chromium';
import { defineConfig } from '@playwright/test';
import { selectedTargets } from './support/targets.js';

// The system Chromium (CHROME_PATH, else /usr/bin/chromium): nothing is downloaded.
const launchOptions = { executablePath: findChromium(), args: [...CHROMIUM_ARGS] };

export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  globalSetup: './support/global-setup.ts',
  // Two cores shared with the servers under test: one browser at a time keeps timings sane.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    launchOptions,
    headless: true,
    screenshot: 'on',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 860 },
  },
  projects: selectedTargets().map((target) => ({
    name: target,
    metadata: { target },
    // The upstream servers and `npm start` are Node processes: their tests run once, under
    // the node project.
    ...(target === 'node' ? {} : { testIgnore: /upstream-providers|start-script|process-cleanup/ }),
  })),
});
