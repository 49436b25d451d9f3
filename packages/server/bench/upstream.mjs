// A loopback OpenAI-compatible upstream for the benchmark: replays a recorded chat stream, either
// all at once (`/v1/...`) or its first chunks and then nothing until the client goes away
// (`/held/v1/...`). Counts requests whose connection closed before the answer was finished.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const lines = readFileSync(new URL('../test/fixtures/openai-chat-echo.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const frames = lines.map((line) => `data: ${line}\n\n`);

/**
 * @returns {Promise<{ url: string, aborted: () => number, close: () => Promise<void> }>}
 */
export async function startUpstream() {
  let aborted = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.on('close', () => {
        if (!response.writableFinished) aborted++;
      });
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      if (request.url?.startsWith('/held/')) {
        response.write(frames[0] + frames[1] + frames[2]); // role chunk and two tokens, then silence
        return;
      }
      response.end(frames.join(''));
    });
  });
  server.maxConnections = 4000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    aborted: () => aborted,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
