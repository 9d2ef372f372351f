/**
 * A small static file server for the built site (`dist/`), mounted under the site's base
 * path, on 127.0.0.1 and a free port. Unknown paths get `dist/404.html` with status 404,
 * as a static host would.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RunningServer {
  /** Origin plus base path, ending in `/`: `http://127.0.0.1:PORT/report/`. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

async function fileFor(root: string, path: string): Promise<string | null> {
  const candidate = normalize(join(root, path));
  if (!candidate.startsWith(root)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

/** `port`: 0 for any free port (the tests), or the one to serve on (`npm run preview`). */
export async function serveStatic(root: string, base = '/', missing: string[] = [], port = 0): Promise<RunningServer> {
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const decoded = decodeURIComponent(pathname);
    const path = decoded.startsWith(base) ? decoded.slice(base.length) : null;
    const file = path !== null && !missing.some((prefix) => path.startsWith(prefix)) ? await fileFor(root, path) : null;
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      response.end(await readFile(join(root, '404.html')).catch(() => 'not found'));
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
