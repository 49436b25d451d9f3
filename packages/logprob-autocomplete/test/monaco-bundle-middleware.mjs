// Serves Monaco to the browser tests as one prebuilt ES module, its CSS and its editor worker, under
// /__monaco/. Monaco's ESM build imports CSS files and fonts, which the dev server cannot serve as
// modules, so esbuild bundles it once (a few seconds), on the first request, the way an app's
// bundler would.
import { build } from 'esbuild';

let bundle;

function buildMonaco() {
  bundle ??= build({
    entryPoints: { editor: 'monaco-editor', 'editor.worker': 'monaco-editor/editor/editor.worker.js' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    outdir: '/__monaco',
    loader: { '.ttf': 'dataurl' },
    logLevel: 'warning',
  }).then((result) => new Map(result.outputFiles.map((file) => [file.path, file.contents])));
  return bundle;
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css' };

/** web-test-runner middleware answering GET /__monaco/editor.js, editor.css and editor.worker.js. */
export function monacoBundleMiddleware() {
  return async (context, next) => {
    if (!context.path.startsWith('/__monaco/')) return next();
    const files = await buildMonaco();
    const contents = files.get(context.path);
    if (!contents) return next();
    context.type = TYPES[context.path.slice(context.path.lastIndexOf('.'))] ?? 'application/octet-stream';
    context.body = Buffer.from(contents);
  };
}
