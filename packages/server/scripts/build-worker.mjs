// Bundles src/runtimes/worker.ts for wrangler (`build.command` in wrangler.jsonc): the code as one ES
// module and the embedded model beside it as a Data module. wrangler's own bundler resolves a
// module rule's import relative to the importing file, which misses the model package's exports
// map, so the bundle is made here and wrangler uploads it as is (`no_bundle`).
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const outdir = new URL('../dist/worker-bundle/', import.meta.url);
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: [new URL('../src/runtimes/worker.ts', import.meta.url).pathname],
  outfile: new URL('worker.js', outdir).pathname,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  conditions: ['workerd', 'worker', 'browser'],
  target: 'es2022',
  plugins: [
    {
      name: 'model-as-data-module',
      setup(builder) {
        builder.onResolve({ filter: /model\.bin$/ }, () => ({ path: './model.bin', external: true }));
      },
    },
  ],
});
await copyFile(createRequire(import.meta.url).resolve('@logprob-autocomplete/ngram/model.bin'), new URL('model.bin', outdir));
