import { findChromium, CHROMIUM_ARGS } from '@logprob-autocomplete/find-chromium';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { dropInAloneMiddleware } from './test/drop-in-alone-middleware.mjs';
import { fakeSuggestMiddleware } from './test/fake-suggest-endpoint.mjs';
import { accessibleNamesPlugin } from './test/accessible-names-plugin.mjs';
import { axeCorePlugin } from './test/axe-core-plugin.mjs';
import { imeCommandPlugin } from './test/ime-command-plugin.mjs';
import { pageScalePlugin } from './test/page-scale-plugin.mjs';
import { monacoBundleMiddleware } from './test/monaco-bundle-middleware.mjs';
import { modelFilesMiddleware } from './test/model-files-middleware.mjs';
import { createRealSuggestApp, realSuggestMiddleware } from './test/real-suggest-app.mjs';
import { strictCspMiddleware } from './test/strict-csp-middleware.mjs';

const real = await createRealSuggestApp();
if (real instanceof Error) throw new Error(`The real suggest server cannot answer (build packages/server and packages/ngram): ${real.message}`);

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022' }), imeCommandPlugin(), axeCorePlugin(), accessibleNamesPlugin(), pageScalePlugin()],
  middleware: [strictCspMiddleware(), fakeSuggestMiddleware(), realSuggestMiddleware(real), monacoBundleMiddleware(), modelFilesMiddleware(), dropInAloneMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
