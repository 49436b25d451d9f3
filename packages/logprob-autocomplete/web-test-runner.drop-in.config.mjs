// The same browser tests against the minified drop-in (dist/logprob-autocomplete.js) instead of
// src: `npm run test:drop-in`, after `npm run build`. The drop-in build renames internal members
// and leaves out Lit's style module, so this is what shows that minification changed nothing.
import config from './web-test-runner.config.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  ...config,
  plugins: [
    {
      // The tests register the element through src/define.ts; here that module re-exports the
      // drop-in, which registers the bundled class instead.
      name: 'element-from-drop-in',
      serve(context) {
        if (context.path === '/src/define.ts') {
          return { body: "export { LogprobAutocompleteElement } from '/dist/logprob-autocomplete.js';", type: 'js' };
        }
        return undefined;
      },
    },
    ...config.plugins,
  ],
};
