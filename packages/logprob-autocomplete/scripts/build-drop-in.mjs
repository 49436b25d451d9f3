// Builds dist/logprob-autocomplete.js: one minified ES module with Lit inside, for a plain
// <script type="module"> with no bundler. Its budget: 12 KiB gzipped as the goal, 14 KiB as the cap
// (docs/decisions/0004); it is printed after each build and by npm run bench.
// esbuild bundles (and renames internal members); terser then minifies, which saves about 300 B
// gzipped over esbuild's own minifier. `npm run test:drop-in` runs every browser test on the result.
import { writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { minify } from 'terser';
import { dropInSizeRows } from './drop-in-size.mjs';

// ReactiveElement imports Lit's css-tag module only to adopt `static styles` into a shadow root.
// The element has no `static styles` and renders into the light DOM (createRenderRoot is
// overridden; its own sheet is adopted by popup-styles.ts), so in this build the module is two
// no-ops. The `.` entry keeps the real module: bundlers of that entry see Lit unchanged.
const withoutLitStyles = {
  name: 'without-lit-styles',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/css-tag\.js$/ }, ({ importer }) =>
      /[\\/]@lit[\\/]reactive-element[\\/]/.test(importer) ? { path: 'css-tag', namespace: 'without-lit-styles' } : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'without-lit-styles' }, () => ({
      contents: 'export const getCompatibleStyle = (style) => style, adoptStyles = () => {}, css = undefined, unsafeCSS = undefined, CSSResult = undefined, supportsAdoptingStyleSheets = true;',
      loader: 'js',
    }));
  },
};

const bundled = await build({
  entryPoints: ['src/drop-in.ts'],
  outfile: 'dist/logprob-autocomplete.js',
  bundle: true,
  format: 'esm',
  // esbuild's minification first, then terser's: measured smaller than either alone.
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  sourcemap: 'external',
  write: false,
  logLevel: 'warning',
  // Lit's development warnings are behind this condition; the drop-in is the production build.
  conditions: ['production'],
  // Members named `_x` are internal (Lit's own `_$xx` fields and ours); everything is inside this
  // one file, so they can be renamed consistently. Public and protocol names have no `_` prefix.
  mangleProps: /^_/,
  plugins: [withoutLitStyles],
});
const output = (extension) => {
  const file = bundled.outputFiles.find((candidate) => candidate.path.endsWith(extension));
  if (!file) throw new Error(`esbuild wrote no ${extension}`);
  return file;
};
const code = output('.js');
const minified = await minify(code.text, {
  module: true,
  ecma: 2022,
  // Only terser's safe transforms; a third pass still finds a few bytes.
  compress: { passes: 3 },
  mangle: true,
  sourceMap: { content: output('.map').text, url: 'logprob-autocomplete.js.map' },
});
if (minified.code === undefined || typeof minified.map !== 'string') throw new Error('terser returned no code or map');
await writeFile(code.path, minified.code);
await writeFile(`${code.path}.map`, minified.map);
for (const { metric, value } of dropInSizeRows(Buffer.from(minified.code))) console.log(`${metric}: ${value}`);
