import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for an OpenAI-compatible server that is down: every request gets a 500 with an
 * OpenAI-shaped error body. Loopback only.
 *
 * @example
 * const upstream = await startFailingUpstream();
 * // OPENAI_BASE_URL = upstream.url
 */
export function startFailingUpstream(): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message: 'The server had an error while processing your request.', type: 'server_error' } }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/v1`,
        stop: () => new Promise((done) => { server.close(() => { done(); }); }),
      });
    });
  });
}
