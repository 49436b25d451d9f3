// npm run bench:local-model: the in-page model (model-src) in Chromium. Prints metric, value and
// goal: keystroke to list painted when the worker answers, the first load of the model (download,
// verify, parse) and a load from Cache Storage, main-thread long tasks during the load, the heap
// of the page and of the worker with the model loaded, and requests to the server while typing.
import { createHash } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '@logprob-autocomplete/find-chromium';
import puppeteer from 'puppeteer-core';
import { PREAMBLE } from '../test/fake-suggest-endpoint.mjs';
import { installProbes } from './bench-page.mjs';

const root = new URL('../', import.meta.url);
const rows = [];
const report = (metric, value, goal) => rows.push({ metric, value, goal });

const dropIn = await readFile(new URL('dist/logprob-autocomplete.js', root));
const modelClient = await readFile(new URL('dist/logprob-autocomplete-model.js', root));
const worker = await readFile(new URL('dist/logprob-model-worker.js', root));
const model = await readFile(createRequire(import.meta.url).resolve('@logprob-autocomplete/ngram/model.bin'));
const integrity = `sha256-${createHash('sha256').update(model).digest('base64')}`;
report('model worker size, minified + gzip -9', `${(gzipSync(worker, { level: 9 }).length / 1024).toFixed(1)} KiB (${(worker.length / 1024).toFixed(0)} KiB minified)`, 'report');

// Every request the server sees, by path: the typing phase must add none.
const requests = [];
const FILES = {
  '/dist/logprob-autocomplete.js': [dropIn, 'text/javascript'],
  '/dist/logprob-autocomplete-model.js': [modelClient, 'text/javascript'],
  '/dist/logprob-model-worker.js': [worker, 'text/javascript'],
  '/model.bin': [model, 'application/octet-stream'],
};
// A long-task observer before anything else runs, so that the load is watched from the start.
const PAGE = `<!doctype html><html lang="en"><head><script>
window.__longTasks = [];
new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration }); }).observe({ type: 'longtask', buffered: true });
document.addEventListener('logprob-model-progress', () => { window.__loadStart ??= performance.now(); });
window.__modelLoad = new Promise((resolve) => document.addEventListener('logprob-model-load', (event) => resolve({ at: performance.now(), ...event.detail })));
</script><script type="module" src="/dist/logprob-autocomplete.js"></script></head><body style="font:16px system-ui">
<logprob-autocomplete model-src="/model.bin" model-integrity="${integrity}" model-size="${model.length}" debounce="100000" max-tokens="16">
<textarea style="width:40rem;height:10rem;font:16px/1.5 system-ui"></textarea></logprob-autocomplete></body></html>`;
const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://127.0.0.1').pathname;
  requests.push(path);
  const file = FILES[path];
  if (path === '/bench') response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  else if (file) response.writeHead(200, { 'content-type': file[1], 'content-length': file[0].length }).end(file[0]);
  else response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: [...CHROMIUM_ARGS] });
try {
  const first = await load();
  report(`first load of the model: page start to ready (download, SHA-256, parse; ${(model.length / 1024 / 1024).toFixed(2)} MiB)`, `${ms(first.at)}${first.cached ? ' (WAS CACHED)' : ''}`, 'report');
  report('  main-thread long tasks over 50 ms during the first load', `${first.longTasks.length}${first.longTasks.length ? ` (longest ${ms(Math.max(...first.longTasks))})` : ''}`, '0');
  report('  main-thread long tasks over 50 ms before it (page start, element module)', `${first.startupTasks.length}${first.startupTasks.length ? ` (longest ${ms(Math.max(...first.startupTasks))})` : ''}`, 'report');
  await first.page.close();
  const cached = await load();
  report('cached load of the model: page start to ready (Cache Storage, SHA-256, parse)', `${ms(cached.at)}${cached.cached ? '' : ' (NOT CACHED)'}`, 'report');
  report('  model file requests on the second visit', String(cached.modelRequests), '0');
  report('  main-thread long tasks over 50 ms during the cached load', String(cached.longTasks.length), '0');
  const heap = await heapOf(cached.page);
  report('page JS heap with the model loaded (main thread)', mib(heap.page), 'report');
  report('worker JS heap with the model loaded', heap.worker === undefined ? 'not measured (no worker target)' : mib(heap.worker), 'report');
  const samples = await measureKeystrokes(cached.page);
  const painted = samples.map((sample) => sample.painted);
  report('keystroke to list painted, in-page model, p50 / p95', `${ms(percentile(painted, 50))} / ${ms(percentile(painted, 95))} (n=${samples.length})`, 'p95 <= 16 ms');
  report('  of which keystroke to list in the DOM, p50 / p95', `${ms(percentile(samples.map((sample) => sample.rendered), 50))} / ${ms(percentile(samples.map((sample) => sample.rendered), 95))}`, '');
  report('  of which the worker computing the suggestion (end event total_ms), p50 / p95', `${ms(percentile(samples.workerMs, 50))} / ${ms(percentile(samples.workerMs, 95))}`, '');
  const through = (await measureTypeThrough(cached.page)).map((sample) => sample.painted);
  report('  reference on the same page: type-through (no model work at all), p50 / p95', `${ms(percentile(through, 50))} / ${ms(percentile(through, 95))} (n=${through.length})`, 'context');
  const typing = await typeSentence(cached.page);
  report('requests to any server while typing (page fetches + server log)', `${typing.pageRequests + typing.serverRequests} (${typing.characters} characters typed, ${typing.lists} lists shown)`, '0');
} finally {
  await browser.close();
  server.close();
}

// Latency on a shared machine says as much about the machine as about the code: print its load.
report('machine load average (1 min) / cores', `${loadavg()[0]?.toFixed(1)} / ${cpus().length}`, 'context');

const width = Math.max(...rows.map((row) => row.metric.length));
const valueWidth = Math.max(...rows.map((row) => row.value.length));
console.log(`${'metric'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  goal`);
for (const row of rows) console.log(`${row.metric.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.goal}`);
if (process.env.BENCH_RESULTS) {
  await appendFile(process.env.BENCH_RESULTS, rows.map(({ metric, value, goal }) => `${JSON.stringify({ metric: metric.trim(), value, goal })}\n`).join(''));
}

async function load() {
  const before = requests.filter((path) => path === '/model.bin').length;
  const page = await browser.newPage();
  await page.goto(`${origin}/bench`);
  const loaded = await page.evaluate(() => window.__modelLoad);
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const { tasks, loadStart } = await page.evaluate(() => ({ tasks: window.__longTasks, loadStart: window.__loadStart }));
  // Tasks that end before the model's first progress event are the page starting (parsing and
  // running the element's module), not the model loading.
  const longTasks = tasks.filter((task) => task.start + task.duration > loadStart).map((task) => task.duration);
  const startupTasks = tasks.filter((task) => task.start + task.duration <= loadStart).map((task) => task.duration);
  return { page, ...loaded, longTasks, startupTasks, modelRequests: requests.filter((path) => path === '/model.bin').length - before };
}

async function heapOf(page) {
  const metrics = await page.metrics();
  const [target] = page.workers();
  let workerHeap;
  if (target) {
    const usage = await target.client.send('Runtime.getHeapUsage');
    workerHeap = usage.usedSize + (usage.backingStorageSize ?? 0);
  }
  return { page: metrics.JSHeapUsedSize, worker: workerHeap };
}

// Ctrl+Space on a text with no list yet: the request goes to the worker on the keystroke.
async function measureKeystrokes(page) {
  await page.evaluate(installProbes);
  // The worker's own time per suggestion, from the protocol's end event.
  await page.evaluate(() => {
    window.__workerMs = [];
    document.querySelector('logprob-autocomplete').addEventListener('logprob-suggest', (event) => { if (event.detail.end && event.detail.source === 'network') window.__workerMs.push(event.detail.end.timings.total_ms); });
  });
  await page.focus('textarea');
  const words = PREAMBLE.split(' ');
  const samples = [];
  for (let round = 0; round < 3; round += 1) {
    for (let count = 1; count <= words.length; count += 1) {
      const text = `${words.slice(0, count).join(' ')}${round === 1 ? ' ' : ''}`;
      await page.evaluate((value) => {
        const textarea = document.querySelector('textarea');
        for (const next of ['', value]) {
          textarea.value = next;
          textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        }
      }, text);
      await page.evaluate(() => { window.__pending = window.__nextPaint(); });
      await page.keyboard.down('Control');
      await page.keyboard.press('Space');
      await page.keyboard.up('Control');
      const sample = await Promise.race([page.evaluate(() => window.__pending), new Promise((resolve) => setTimeout(resolve, 3000, null))]);
      if (sample !== null) samples.push(sample);
      await page.keyboard.press('Escape');
    }
  }
  if (samples.length === 0) throw new Error('no list was painted from the in-page model');
  samples.workerMs = await page.evaluate(() => window.__workerMs);
  return samples;
}

// Characters of the top option typed after it is shown (no request: the list moves along what
// was already streamed): what painting a list costs on this machine now, for comparison.
async function measureTypeThrough(page) {
  const samples = [];
  const words = PREAMBLE.split(' ');
  for (let count = 1; count <= words.length; count += 1) {
    await page.evaluate((value) => {
      const textarea = document.querySelector('textarea');
      for (const next of ['', value]) {
        textarea.value = next;
        textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      }
    }, `${words.slice(0, count).join(' ')} `);
    await page.keyboard.down('Control');
    await page.keyboard.press('Space');
    await page.keyboard.up('Control');
    const shown = await page.waitForFunction(() => document.querySelector('logprob-autocomplete').options.length > 0, { timeout: 3000 }).then(() => true, () => false);
    if (!shown) continue;
    const insert = await page.evaluate(() => document.querySelector('logprob-autocomplete').options[0].insert);
    for (const character of [...insert].slice(0, 3)) {
      await page.evaluate(() => { window.__pending = window.__nextPaint(); });
      await page.keyboard.type(character);
      const sample = await Promise.race([page.evaluate(() => window.__pending), new Promise((resolve) => setTimeout(resolve, 1000, null))]);
      if (sample !== null) samples.push(sample);
    }
    await page.keyboard.press('Escape');
  }
  return samples;
}

// A sentence typed with the element's own debounce: count what reaches any server meanwhile.
async function typeSentence(page) {
  await page.evaluate(() => {
    const element = document.querySelector('logprob-autocomplete');
    element.debounce = 60;
    window.__lists = 0;
    element.addEventListener('logprob-suggest', () => { window.__lists += 1; });
    document.querySelector('textarea').value = '';
    window.__requests = 0;
  });
  await page.focus('textarea');
  const serverBefore = requests.length;
  const sentence = `${PREAMBLE}, establish Justice, insure domestic Tranquility`;
  await page.keyboard.type(sentence, { delay: 40 });
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  const { pageRequests, lists } = await page.evaluate(() => ({ pageRequests: window.__requests, lists: window.__lists }));
  return { pageRequests, serverRequests: requests.length - serverBefore, characters: sentence.length, lists };
}

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function ms(value) {
  return `${value.toFixed(1)} ms`;
}
function mib(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
