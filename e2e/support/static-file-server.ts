import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** A running static server and every path it was asked for. */
export interface StaticFileServer {
  url: string;
  requests: string[];
  close: () => Promise<void>;
}

/**
 * The plainest static file server: files under `root`, `/` is `index.html`, anything else is a
 * 404. No API, no fallback page: what a static host gives the demo's `dist/client`.
 *
 * @example
 * const server = await startStaticFileServer('apps/demo/dist/client');
 * await page.goto(server.url);
 */
export async function startStaticFileServer(root: string): Promise<StaticFileServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    requests.push(path);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    const notFound = (): void => { response.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); };
    if (!file.startsWith(normalize(root))) {
      notFound();
      return;
    }
    stat(file).then(
      (info) => {
        if (!info.isFile()) {
          notFound();
          return;
        }
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': info.size });
        createReadStream(file).pipe(response);
      },
      notFound,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => { resolve(); }); }),
  };
}
