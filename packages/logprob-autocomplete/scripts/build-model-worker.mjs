// Builds dist/logprob-model-worker.js: the in-page model's module worker as one self-contained ES
// module (the protocol, the n-gram model and the server's embedded suggest pipeline inside), so
// that it loads from any static file server with no bundler. It replaces tsc's unbundled output.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

// The worker bundles two devDependencies from their builds: say so plainly when one is missing
// (turbo's `^build` builds them first; a build graph of runtime dependencies alone does not).
const require = createRequire(import.meta.url);
for (const entry of ['@logprob-autocomplete/server/embedded', '@logprob-autocomplete/ngram']) {
  let found = false;
  try {
    found = existsSync(require.resolve(entry));
  } catch {
    found = false;
  }
  if (!found) throw new Error(`The model worker bundles ${entry}, which is not built yet: build it first (npx turbo run build --filter=logprob-autocomplete... does).`);
}

const result = await build({
  entryPoints: ['src/logprob-model-worker.ts'],
  outfile: 'dist/logprob-model-worker.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  sourcemap: 'external',
  conditions: ['production'],
  metafile: true,
  logLevel: 'warning',
});
// The worker runs where no Node built-ins exist: fail the build rather than the page.
const nodeOnly = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('node:') || /[\\/](hono|@hono)[\\/]/.test(input));
if (nodeOnly.length > 0) throw new Error(`the model worker bundle pulled in server-only code: ${nodeOnly.join(', ')}`);
