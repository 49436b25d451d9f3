// Builds dist/logprob-autocomplete.js: one minified ES module with Lit inside, for a plain
// <script type="module"> with no bundler. Its budget: 12 KiB gzipped as the goal, 14 KiB as the cap
// (docs/decisions/0004); it is printed after each build and by npm run bench.
// esbuild bundles (and renames internal members); terser then minifies, which saves about 300 B
// gzipped over esbuild's own minifier. `npm run test:drop-in` runs every browser test on the result.
import { writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
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

// The in-page model's worker client is imported dynamically by the element (only pages with
// `model-src` run it). Here that import points at a second file beside the drop-in, built from the
// same module on its own: one file for every page, a second only for pages with `model-src`.
const MODEL_CLIENT_FILE = 'logprob-autocomplete-model.js';
const modelClientAsSecondFile = {
  name: 'model-client-as-second-file',
  setup(builder) {
    builder.onResolve({ filter: /[\\/]model-session\.js$/ }, ({ kind }) =>
      kind === 'dynamic-import' ? { path: `./${MODEL_CLIENT_FILE}`, external: true } : undefined,
    );
  },
};

const sharedOptions = {
  bundle: true,
  format: 'esm',
  // esbuild's minification first, then terser's: measured smaller than either alone.
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  sourcemap: 'external',
  write: false,
  metafile: true,
  logLevel: 'warning',
  // Lit's development warnings are behind this condition; the drop-in is the production build.
  conditions: ['production'],
  // Members named `_x` are internal (Lit's own `_$xx` fields and ours) and renamed; the second
  // build reuses the first one's names (mangleCache), so the two files agree on them. Public and
  // protocol names have no `_` prefix.
  mangleProps: /^_/,
};

/** Bundles `entry` with esbuild, minifies with terser and writes `dist/<file>` and its map. */
async function buildFile(entry, file, options) {
  const bundled = await build({ ...sharedOptions, ...options, entryPoints: [entry], outfile: `dist/${file}` });
  const output = (extension) => {
    const found = bundled.outputFiles.find((candidate) => candidate.path.endsWith(extension));
    if (!found) throw new Error(`esbuild wrote no ${extension}`);
    return found;
  };
  const code = output('.js');
  const minified = await minify(code.text, {
    module: true,
    ecma: 2022,
    // Only terser's safe transforms; a third pass still finds a few bytes.
    compress: { passes: 3 },
    mangle: true,
    sourceMap: { content: output('.map').text, url: `${file}.map` },
  });
  if (minified.code === undefined || typeof minified.map !== 'string') throw new Error('terser returned no code or map');
  await writeFile(code.path, minified.code);
  await writeFile(`${code.path}.map`, minified.map);
  return { bundled, bytes: Buffer.from(minified.code) };
}

const dropIn = await buildFile('src/drop-in.ts', 'logprob-autocomplete.js', { plugins: [withoutLitStyles, modelClientAsSecondFile] });
const modelClient = await buildFile('src/local-model/model-session.ts', MODEL_CLIENT_FILE, { mangleCache: dropIn.bundled.mangleCache });
// The second file must stand alone: nothing of Lit or of the element may be copied into it.
const copied = Object.keys(modelClient.bundled.metafile.inputs).filter((input) => !input.startsWith('src/local-model/') && input !== 'src/model-worker-url.ts');
if (copied.length > 0) throw new Error(`${MODEL_CLIENT_FILE} pulled in code it should import or leave out: ${copied.join(', ')}`);
for (const { metric, value } of dropInSizeRows(dropIn.bytes)) console.log(`${metric}: ${value}`);
console.log(`${MODEL_CLIENT_FILE} (only with model-src), minified + gzip -9: ${gzipSync(modelClient.bytes, { level: 9 }).length} B`);
