// Builds dist/logprob-model-worker.js: the in-page model's module worker as one self-contained ES
// module (the protocol, the n-gram model and the server's embedded suggest pipeline inside), so
// that it loads from any static file server with no bundler. It replaces tsc's unbundled output.
import { build } from 'esbuild';

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
