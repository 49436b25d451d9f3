// npm run bench:editors: per editor adapter (ProseMirror, Tiptap, Lexical, Monaco; CodeMirror's
// size for comparison), prints metric, value and goal: the adapter's size, the time to read the
// text before the caret in a 50,000-character document (and, for comparison, to serialise it all),
// and keystroke to list painted in Chromium (type-through; with a request to the fake endpoint and
// to the real server's embedded model). Appends the rows to $BENCH_RESULTS like scripts/bench.mjs.
import { appendFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '@logprob-autocomplete/find-chromium';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { fakeSuggestMiddleware } from '../test/fake-suggest-endpoint.mjs';
import { answerWith, createRealSuggestApp } from '../test/real-suggest-app.mjs';
import { EDITOR_PAGES } from './bench-editor-pages.mjs';
import { installProbes } from './bench-page.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const EDITORS = { prosemirror: 'ProseMirror', tiptap: 'Tiptap', lexical: 'Lexical', monaco: 'Monaco' };
const ADAPTERS = { codemirror: 'CodeMirror', prosemirror: 'ProseMirror (and Tiptap)', lexical: 'Lexical', monaco: 'Monaco' };
const rows = [];
const report = (metric, value, goal = '') => rows.push({ metric, value, goal });

// 1. Each adapter as an app's bundler would add it: minified, its editor and Lit left to the app.
for (const [file, name] of Object.entries(ADAPTERS)) {
  const result = await build({
    entryPoints: [`${root}src/${file}.ts`],
    bundle: true, minify: true, write: false, format: 'esm', target: 'es2022', logLevel: 'warning',
    external: ['@codemirror/*', 'prosemirror-*', 'lexical', '@lexical/*', 'monaco-editor', 'lit', 'lit/*'],
  });
  const code = result.outputFiles[0].contents;
  report(`${name}: adapter, minified + gzip -9`, `${gzipSync(code, { level: 9 }).length} B (${code.length} B minified)`);
}

// 2. The pages: each editor with the element, bundled once (Monaco with its CSS and worker).
const pages = await build({
  entryPoints: { ...Object.fromEntries(Object.keys(EDITORS).map((name) => [name, `bench-page:${name}`])), 'editor.worker': 'monaco-editor/editor/editor.worker.js' },
  bundle: true, minify: true, write: false, format: 'esm', target: 'es2022', outdir: '/page', absWorkingDir: root,
  loader: { '.ttf': 'dataurl' }, logLevel: 'warning',
  // The pages import src/define.ts for its side effect, which package.json's sideEffects (written
  // for dist/) would make esbuild drop.
  ignoreAnnotations: true,
  plugins: [{
    name: 'bench-pages',
    setup(builder) {
      builder.onResolve({ filter: /^bench-page:/ }, (args) => ({ path: args.path.slice('bench-page:'.length), namespace: 'bench-page' }));
      builder.onLoad({ filter: /.*/, namespace: 'bench-page' }, (args) => ({ contents: EDITOR_PAGES[args.path], loader: 'ts', resolveDir: root }));
    },
  }],
});
const files = new Map(pages.outputFiles.map((file) => [file.path, file.contents]));

const real = await createRealSuggestApp();
const realApp = real instanceof Error ? undefined : real;
const fake = fakeSuggestMiddleware();
const server = createServer((request, response) => {
  void handle(request, response).catch((error) => {
    response.writeHead(500);
    response.end(String(error));
  });
});
async function handle(request, response) {
  const url = new URL(request.url, 'http://127.0.0.1');
  const editor = /^\/bench\/(\w+)$/.exec(url.pathname)?.[1];
  // Cross-origin isolated, for performance.now()'s fine resolution (see measureReads).
  response.setHeader('cross-origin-opener-policy', 'same-origin');
  response.setHeader('cross-origin-embedder-policy', 'require-corp');
  if (editor) {
    const css = files.has(`/page/${editor}.css`) ? `<link rel="stylesheet" href="/page/${editor}.css">` : '';
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><head>${css}</head><body style="font:16px system-ui">
<logprob-autocomplete src="${url.searchParams.get('src')}" debounce="${url.searchParams.get('debounce')}" max-tokens="16">
<div id="editor" style="width:48rem;height:20rem;overflow:auto;white-space:pre-wrap"></div></logprob-autocomplete>
<script type="module" src="/page/${editor}.js"></script></body></html>`);
  } else if (files.has(url.pathname)) {
    response.writeHead(200, { 'content-type': url.pathname.endsWith('.css') ? 'text/css' : 'text/javascript' });
    response.end(files.get(url.pathname));
  } else if (url.pathname.startsWith('/fake/suggest')) {
    await fake({ path: url.pathname, url: request.url, req: request, res: response, respond: true }, () => undefined);
  } else if (url.pathname === '/v1/suggest' && realApp) {
    await answerWith(realApp, request, response);
  } else {
    response.writeHead(404);
    response.end();
  }
}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
try {
  for (const [editor, name] of Object.entries(EDITORS)) {
    const reads = await measureReads(editor);
    report(`${name}: text before the caret, 50,000-character document, p50 / p95`, `${us(reads.before, 50)} / ${us(reads.before, 95)} (${reads.length} characters read)`, 'bounded window');
    report(`${name}: whole document serialised, for comparison, p50 / p95`, `${us(reads.whole, 50)} / ${us(reads.whole, 95)}`);
    reportLatency(`${name}: keystroke to list painted, type-through`, await measureTypeThrough(editor), '<= 16 ms');
    reportLatency(`${name}: keystroke to list painted, request to fake endpoint`, await measureWithRequest(editor, '/fake/suggest'), '');
    if (realApp) reportLatency(`${name}: keystroke to list painted, request to embedded model`, await measureWithRequest(editor, '/v1/suggest'), '<= 30 ms');
    else report(`${name}: keystroke to list painted, request to embedded model`, `not measured: ${real.message}`, '<= 30 ms');
  }
} finally {
  await browser.close();
  server.close();
}

const width = Math.max(...rows.map((row) => row.metric.length));
const valueWidth = Math.max(...rows.map((row) => row.value.length));
console.log(`${'metric'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  goal`);
for (const row of rows) console.log(`${row.metric.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.goal}`);
if (process.env.BENCH_RESULTS) {
  await appendFile(process.env.BENCH_RESULTS, rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
}

async function openPage(editor, src, debounce) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 800 });
  await page.goto(`${origin}/bench/${editor}?src=${encodeURIComponent(src)}&debounce=${debounce}`);
  await page.waitForFunction(() => window.__ready === true, { timeout: 30000 });
  await page.evaluate(installProbes);
  return page;
}

// Each read follows an edit made through the editor's API (so nothing is served from a cache the
// previous read filled), with the element removed (so it does not read first). The page is
// cross-origin isolated, which gives performance.now() a 5 µs resolution instead of 100 µs.
async function measureReads(editor) {
  const page = await openPage(editor, '/fake/suggest', 100000);
  const result = await page.evaluate(() => {
    if (!crossOriginIsolated) throw new Error('the page is not cross-origin isolated');
    document.querySelector('logprob-autocomplete').remove();
    const time = (read) => Array.from({ length: 60 }, () => {
      window.__edit();
      const start = performance.now();
      read();
      return performance.now() - start;
    });
    return { before: time(() => window.__adapter.textBeforeCaret()), whole: time(() => window.__fullText()), length: window.__adapter.textBeforeCaret().length };
  });
  await page.close();
  return result;
}

// After "We" on a new last line the fake endpoint streams " and so on and so forth": typing all
// but its last token extends the shown options, so no request is made and the list moves along
// locally (past the stream's end the element asks for more).
async function measureTypeThrough(editor) {
  const page = await openPage(editor, '/fake/suggest', 100);
  const samples = [];
  for (let round = 0; round < 6; round += 1) {
    await page.keyboard.press('Enter');
    await page.keyboard.type('We');
    await page.waitForFunction(() => document.querySelector('logprob-autocomplete').options.length > 0);
    const requests = await page.evaluate(() => window.__requests);
    for (const character of ' and so on and so') {
      await page.evaluate(() => { window.__pending = window.__nextPaint(); });
      await page.keyboard.type(character);
      samples.push(await page.evaluate(() => window.__pending));
    }
    if ((await page.evaluate(() => window.__requests)) !== requests) throw new Error(`${editor}: type-through made a request`);
  }
  await page.close();
  return samples;
}

// A character no stream explains, then Ctrl+Space: the request starts on that keystroke (the
// debounce is too long to fire), and the sample ends when its list is painted.
async function measureWithRequest(editor, src) {
  const page = await openPage(editor, src, 100000);
  const samples = [];
  for (let round = 0; round < 24; round += 1) {
    await page.keyboard.type(round % 6 === 5 ? ' ' : 'x');
    await page.evaluate(() => { window.__pending = window.__nextPaint(); });
    await page.keyboard.down('Control');
    await page.keyboard.press('Space');
    await page.keyboard.up('Control');
    const sample = await Promise.race([page.evaluate(() => window.__pending), new Promise((resolve) => setTimeout(resolve, 3000, null))]);
    if (sample !== null) samples.push(sample);
    await page.keyboard.press('Escape');
  }
  await page.close();
  if (samples.length === 0) throw new Error(`${editor}: no list was painted from ${src}`);
  return samples;
}

function reportLatency(label, samples, goal) {
  const painted = samples.map((sample) => sample.painted);
  report(`${label}, p50 / p95`, `${ms(percentile(painted, 50))} / ${ms(percentile(painted, 95))} (n=${samples.length})`, goal);
}
function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function ms(value) {
  return `${value.toFixed(1)} ms`;
}
function us(samples, p) {
  return `${(percentile(samples, p) * 1000).toFixed(0)} µs`;
}
