// A fake POST /v1/suggest for the browser tests, mounted as web-test-runner middleware. It replays
// protocol-shaped SSE streams (written with the protocol package's own encoder), including slow,
// partial, malformed and failing ones, chosen by the `scenario` query parameter.
import { encodeSuggestEvent } from '@logprob-autocomplete/protocol';

export const PREAMBLE = 'We the People of the United States, in Order to form a more perfect Union';
const ALTERNATIVES = [' a', ' an', ' and', ' are'];
const PROBABILITIES = [0.5, 0.2, 0.12, 0.08, 0.05];
const encoder = new TextEncoder();
const bytes = (text) => [...encoder.encode(text)];
const delay = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** The greedy path for `text`: the rest of the preamble when the text is a prefix of it. */
export function pathFor(text, maxTokens) {
  const rest = PREAMBLE.startsWith(text) ? PREAMBLE.slice(text.length) : ' and so on and so forth';
  return (rest.match(/^\S+|\s*[^\s,]+|,/g) ?? []).slice(0, maxTokens);
}

function tokenEvent(index, token, alternatives) {
  const top = [token, ...alternatives.filter((alternative) => alternative !== token)].slice(0, 5);
  const top_logprobs = top.map((alternative, rank) => ({
    token: alternative,
    bytes: bytes(alternative),
    logprob: Math.log(PROBABILITIES[rank] ?? 0.01),
  }));
  return encodeSuggestEvent({ type: 'token', data: { index, ...top_logprobs[0], top_logprobs } });
}

const end = (count) =>
  encodeSuggestEvent({
    type: 'end',
    data: {
      finish_reason: 'length',
      usage: { prompt_tokens: 4, completion_tokens: count, total_tokens: 4 + count },
      timings: { first_token_ms: 1, total_ms: 2 },
    },
  });

/** The frames (strings, or numbers meaning "wait this many ms") a scenario sends. */
function framesFor(scenario, request, url) {
  const maxTokens = request.max_tokens ?? 8;
  const wait = Number(url.searchParams.get('delay') ?? 0);
  switch (scenario) {
    case 'html':
      return [tokenEvent(0, '<img src=x onerror="window.__pwned=1">', ['<b>bold</b>', ' &amp;']), end(1)];
    case 'unicode':
      return [tokenEvent(0, ' 😀', [' 日本', ' नमस्ते']), tokenEvent(1, '👍', ['語']), end(2)];
    case 'malformed':
      return [tokenEvent(0, ' good', ALTERNATIVES), 'event: token\ndata: {not json\n\n', end(1)];
    case 'error-event':
      return [encodeSuggestEvent({ type: 'error', data: { code: 'upstream_error', message: 'The model failed.' } })];
    case 'hostile-wide': {
      // Thousands of alternatives where five were asked for.
      const top_logprobs = Array.from({ length: 5000 }, (_, rank) => ({ token: ` w${rank}`, bytes: bytes(` w${rank}`), logprob: Math.log(0.5 / (rank + 1)) }));
      return [encodeSuggestEvent({ type: 'token', data: { index: 0, ...top_logprobs[0], top_logprobs: top_logprobs.reverse() } }), end(1)];
    }
    case 'hostile-index':
      // A valid event for a position far past max_tokens: as an array index it would allocate.
      return [tokenEvent(0, ' fine', ALTERNATIVES), tokenEvent(1_000_000_000, ' far', ALTERNATIVES), end(2)];
    case 'dropped':
      return [tokenEvent(0, ' partial', ALTERNATIVES), 'event: token\ndata: {"index":1,', 'DROP'];
    default: {
      const path = pathFor(request.text ?? '', maxTokens);
      const frames = path.map((token, index) => tokenEvent(index, token, ALTERNATIVES));
      // `delay` waits before the first token; `trickle` also waits between tokens.
      const paced = scenario === 'trickle' ? frames.flatMap((frame) => [frame, wait]) : frames;
      if (wait) paced.unshift(wait);
      return [...paced, end(path.length)];
    }
  }
}

async function readJson(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return JSON.parse(text || '{}');
}

/**
 * web-test-runner / @web/dev-server middleware answering `POST /fake/suggest?scenario=...`.
 */
export function fakeSuggestMiddleware() {
  return async (context, next) => {
    if (!context.path.startsWith('/fake/suggest')) return next();
    const url = new URL(context.url, 'http://localhost');
    const scenario = url.searchParams.get('scenario') ?? 'preamble';
    const request = await readJson(context.req);
    const response = context.res;
    context.respond = false;
    if (scenario === 'http-500' || scenario === 'http-400') {
      const status = scenario === 'http-500' ? 500 : 400;
      const code = status === 500 ? 'internal_error' : 'invalid_request';
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code, message: `Fake ${status}.` } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    response.flushHeaders();
    for (const frame of framesFor(scenario, request, url)) {
      if (typeof frame === 'number') await delay(frame);
      else if (frame === 'DROP') return void response.socket?.destroy();
      else response.write(frame);
      if (response.destroyed) return;
    }
    response.end();
  };
}
