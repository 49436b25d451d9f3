// npm run bench: prints metric, value and goal for the drop-in size, keystroke-to-list-painted
// latency in Chromium (type-through; with a request to the fake endpoint and to the real server's
// embedded model), requests per typed character on a scripted typing trace, and on a scripted
// editing trace of a multi-line letter: unintended insertions and how often a list that opened by
// itself held the word typed next.
import { appendFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '@logprob-autocomplete/find-chromium';
import puppeteer from 'puppeteer-core';
import { fakeSuggestMiddleware, PREAMBLE } from '../test/fake-suggest-endpoint.mjs';
import { answerWith, createRealSuggestApp } from '../test/real-suggest-app.mjs';
import { installProbes } from './bench-page.mjs';

const root = new URL('../', import.meta.url);
const rows = [];
const report = (metric, value, goal) => rows.push({ metric, value, goal });

// 1. Size of the drop-in file.
const dropIn = await readFile(new URL('dist/logprob-autocomplete.js', root));
report('drop-in size, minified', `${(dropIn.length / 1024).toFixed(1)} KiB`, '');
report('drop-in size, minified + gzip -9', `${(gzipSync(dropIn, { level: 9 }).length / 1024).toFixed(2)} KiB (${gzipSync(dropIn, { level: 9 }).length} B)`, '<= 12 KiB');

// 2. A local server: the page, the drop-in, the fake endpoint and (when built) the real server.
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
  if (url.pathname === '/bench') {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><html lang="en"><body style="font:16px system-ui">
<script type="module" src="/dist/logprob-autocomplete.js"></script>
<logprob-autocomplete src="${url.searchParams.get('src')}" debounce="${url.searchParams.get('debounce') ?? 100}" max-tokens="16"${url.searchParams.has('open') ? ` open-threshold="${Number(url.searchParams.get('open'))}"` : ''}>
<textarea style="width:40rem;height:10rem;font:16px/1.5 system-ui"></textarea></logprob-autocomplete><button>next</button></body></html>`);
  } else if (url.pathname === '/dist/logprob-autocomplete.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(dropIn);
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
  const typeThrough = await measureTypeThrough();
  reportLatency('type-through', typeThrough, '<= 16 ms');
  reportLatency('request to fake endpoint', await measureWithRequest('/fake/suggest'), '');
  if (realApp) {
    reportLatency('request to embedded model', await measureWithRequest('/v1/suggest'), '<= 30 ms');
  } else {
    report('keystroke to list painted, request to embedded model', `not measured: ${real.message}`, '<= 30 ms');
  }
  const trace = await typingTrace(realApp ? '/v1/suggest' : '/fake/suggest');
  report(`requests per typed character (${trace.endpoint})`, `${trace.ratio.toFixed(3)} (${trace.requests} requests / ${trace.typed} characters, ${trace.accepts} accepts)`, '<= 0.35');
  const letterEndpoint = realApp ? '/v1/suggest' : '/fake/suggest';
  const letter = await letterTrace(letterEndpoint);
  report(`letter trace (${letter.endpoint}): unintended insertions`, `${letter.accepts} accepts; text ${letter.asTyped ? 'exactly as typed' : 'CHANGED'}; Tab ${letter.tabbedOut ? 'moved focus' : 'did NOT move focus'}`, '0');
  report(`letter trace: lists opened by themselves holding the word typed next`, `${share(letter)} (default open-threshold)`, 'report');
  report(`letter trace: requests per typed character`, `${(letter.requests / letter.typed).toFixed(3)} (${letter.requests} / ${letter.typed})`, '<= 0.35');
  // The same trace with other open-thresholds: how many lists open by themselves, and how many help.
  if (process.env.BENCH_OPEN_THRESHOLDS) {
    for (const threshold of process.env.BENCH_OPEN_THRESHOLDS.split(',').map(Number)) {
      const run = await letterTrace(letterEndpoint, threshold);
      report(`  open-threshold ${threshold}: lists holding the next word`, `${share(run)}; ${run.accepts} accepts`, 'report');
    }
  }
} finally {
  await browser.close();
  server.close();
}

const width = Math.max(...rows.map((row) => row.metric.length));
const valueWidth = Math.max(...rows.map((row) => row.value.length));
console.log(`${'metric'.padEnd(width)}  ${'value'.padEnd(valueWidth)}  goal`);
for (const row of rows) console.log(`${row.metric.padEnd(width)}  ${row.value.padEnd(valueWidth)}  ${row.goal}`);

// The root `npm run bench` collects every package's figures from this file, one JSON line each.
if (process.env.BENCH_RESULTS) {
  await appendFile(process.env.BENCH_RESULTS, rows.map(({ metric, value, goal }) => `${JSON.stringify({ metric: metric.trim(), value, goal })}\n`).join(''));
}

async function openPage(src, debounce, openThreshold) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench?src=${encodeURIComponent(src)}&debounce=${debounce}${openThreshold === undefined ? '' : `&open=${openThreshold}`}`);
  await page.waitForFunction(() => customElements.get('logprob-autocomplete'));
  await page.evaluate(installProbes);
  await page.focus('textarea');
  return page;
}

// Characters that extend the shown options: no request, the list filters or moves along the path.
async function measureTypeThrough() {
  const page = await openPage('/fake/suggest', 100);
  const samples = [];
  for (let round = 0; round < 8; round += 1) {
    await page.evaluate(() => { document.querySelector('textarea').value = ''; });
    await page.keyboard.type('We');
    await page.waitForFunction(() => document.querySelector('logprob-autocomplete').options.length > 0);
    const requests = await page.evaluate(() => window.__requests);
    for (const character of ' the People of the United States') {
      await page.evaluate(() => { window.__pending = window.__nextPaint(); });
      await page.keyboard.type(character);
      samples.push(await page.evaluate(() => window.__pending));
    }
    if ((await page.evaluate(() => window.__requests)) !== requests) throw new Error('type-through made a request');
  }
  await page.close();
  return samples;
}

// Ctrl+Space with no suggestion for the text: the request starts on the keystroke (no debounce).
async function measureWithRequest(src) {
  const page = await openPage(src, 100000);
  const words = PREAMBLE.split(' ');
  const samples = [];
  for (let round = 0; round < 3; round += 1) {
    for (let count = 1; count <= words.length; count += 1) {
      const text = `${words.slice(0, count).join(' ')}${round === 1 ? ' ' : ''}`;
      // Emptying the field first drops the previous stream, which would otherwise already
      // explain the longer text (type-through) and no request would be made.
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
  await page.close();
  if (samples.length === 0) throw new Error(`no list was painted from ${src}`);
  return samples;
}

// A sentence typed at human speed (about 170 ms per character, longer after words), accepting
// the top option with Tab whenever it is what the typist was about to type anyway.
async function typingTrace(src) {
  const page = await openPage(src, 100);
  const sentence = `${PREAMBLE}, establish Justice, insure domestic Tranquility, provide for the common defence.`;
  let random = 42;
  const jitter = () => ((random = (random * 16807) % 2147483647) / 2147483647 - 0.5) * 80;
  let typed = 0;
  let accepts = 0;
  while (true) {
    const value = await page.evaluate(() => document.querySelector('textarea').value);
    if (value.length >= sentence.length || !sentence.startsWith(value)) break;
    const rest = sentence.slice(value.length);
    const { top, ghost } = await page.evaluate(() => {
      const element = document.querySelector('logprob-autocomplete');
      return { top: element.options[0]?.insert ?? '', ghost: element.ghost };
    });
    // Tab takes the ghost text, Alt+1 the top option: whichever the typist was about to type.
    if (ghost.trim().length >= 2 && rest.startsWith(ghost)) {
      await page.keyboard.press('Tab');
      accepts += 1;
      await sleep(250 + jitter());
      continue;
    }
    if (top.trim().length >= 2 && rest.startsWith(top)) {
      await page.keyboard.down('Alt');
      await page.keyboard.press('Digit1');
      await page.keyboard.up('Alt');
      accepts += 1;
      await sleep(250 + jitter());
      continue;
    }
    await page.keyboard.type(rest[0]);
    typed += 1;
    await sleep(170 + jitter() + (/[\s,.]/.test(rest[0]) ? 120 : 0));
  }
  const requests = await page.evaluate(() => window.__requests);
  await page.close();
  return { endpoint: src === '/v1/suggest' ? 'embedded model' : 'fake endpoint', requests, typed, accepts, ratio: requests / typed };
}

// A letter written in a textarea at human speed, never accepting anything: pauses mid-sentence
// (lists open by themselves), ArrowUp/End/Enter to add a line above, ArrowDown/End back, Tab out.
// Every accept is unintended; the text must end exactly as typed and Tab must leave the field.
async function letterTrace(src, openThreshold) {
  const page = await openPage(src, 100, openThreshold);
  await page.evaluate(() => {
    const element = document.querySelector('logprob-autocomplete');
    window.__accepts = 0;
    window.__opened = [];
    let open = false;
    element.addEventListener('logprob-accept', () => { window.__accepts += 1; });
    element.addEventListener('logprob-dismiss', () => { open = false; });
    element.addEventListener('logprob-suggest', (event) => {
      if (!open) window.__opened.push({ text: event.detail.text, inserts: event.detail.options.map((option) => option.insert) });
      open = true;
    });
    element.addEventListener('logprob-accept', () => { open = false; });
  });
  let random = 7;
  const jitter = () => ((random = (random * 16807) % 2147483647) / 2147483647 - 0.5) * 80;
  let typed = 0;
  const type = async (text) => {
    for (const [index, character] of [...text].entries()) {
      await page.keyboard.type(character);
      typed += 1;
      // A pause to think every few words, long enough for a list to open.
      const pause = character === ' ' && index % 23 === 0 ? 900 : 0;
      await sleep(170 + jitter() + (/[\s,.]/.test(character) ? 120 : 0) + pause);
    }
  };
  const press = async (key) => {
    await page.keyboard.press(key);
    await sleep(300 + jitter());
  };
  await type('Dear Sir,');
  await press('Enter');
  await type('The Secretary of the Treasury has the honor to report');
  await sleep(1200);
  await press('ArrowUp');
  await press('End');
  await press('Enter');
  await type('I am, with great respect,');
  await press('ArrowDown');
  await press('End');
  await press('Enter');
  await type('that the public credit of the United States is sound.');
  await sleep(1200);
  await press('Tab');
  const expected = 'Dear Sir,\nI am, with great respect,\nThe Secretary of the Treasury has the honor to report\nthat the public credit of the United States is sound.';
  const result = await page.evaluate(() => ({
    value: document.querySelector('textarea').value,
    accepts: window.__accepts,
    opened: window.__opened,
    focus: document.activeElement?.tagName,
    requests: window.__requests,
  }));
  await page.close();
  let hits = 0;
  for (const { text, inserts } of result.opened) {
    // The word typed next at that place in the letter, with the space before it.
    const at = expected.indexOf(text.slice(-24));
    const rest = at === -1 ? '' : expected.slice(at + Math.min(24, text.length));
    const word = /^\s*[^\s,.]+/.exec(rest)?.[0] ?? '';
    if (word && inserts.some((insert) => /\p{L}/u.test(insert) && word.startsWith(insert))) hits += 1;
  }
  return {
    endpoint: src === '/v1/suggest' ? 'embedded model' : 'fake endpoint',
    accepts: result.accepts,
    asTyped: result.value === expected,
    tabbedOut: result.focus === 'BUTTON',
    opened: result.opened.length,
    hits,
    requests: result.requests,
    typed,
  };
}

function share({ hits, opened }) {
  return `${opened ? ((hits / opened) * 100).toFixed(0) : '-'}% (${hits} of ${opened})`;
}

function reportLatency(label, samples, goal) {
  const painted = samples.map((sample) => sample.painted);
  const rendered = samples.map((sample) => sample.rendered);
  report(`keystroke to list painted, ${label}, p50 / p95`, `${ms(percentile(painted, 50))} / ${ms(percentile(painted, 95))} (n=${samples.length})`, goal);
  report(`  of which keystroke to list in the DOM, p50 / p95`, `${ms(percentile(rendered, 50))} / ${ms(percentile(rendered, 95))}`, '');
}

function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
function ms(value) {
  return `${value.toFixed(1)} ms`;
}
function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));
}
