// The same browser tests in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi:
// `npm run test:firefox`. Not part of `npm test` (Firefox is optional here). src/ime.test.ts drives
// a real IME through the Chrome DevTools Protocol, which Firefox does not speak, so it is left out,
// as are the two other files that use it (accessible names from the AX tree, page zoom).
import { existsSync } from 'node:fs';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import config from './web-test-runner.config.mjs';

const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(executablePath)) throw new Error(`No Firefox at ${executablePath}: apt-get install firefox-esr, or set FIREFOX_PATH.`);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...config,
  // CDP-driven tests are left out: IME (also driven by the editor adapters' shared contract, test/editor-contract.ts), accessible names, page scale.
  files: ['src/**/*.test.ts', '!src/ime.test.ts', '!src/accessible-names.test.ts', '!src/visual-viewport.test.ts', '!src/{prosemirror,lexical,monaco}.test.ts'],
  browsers: [chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath, headless: true } })],
};
