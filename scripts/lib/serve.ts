/**
 * Static server for the demo / e2e fixture pages in tests/fixtures/pages/.
 *
 * - listens on 127.0.0.1 only (never another interface), random port by default;
 * - `/` serves index.html, `/spa` and `/spa/*` serve spa.html (History API routes);
 * - `/csp.html` carries a strict Content-Security-Policy header;
 * - anything else that is not a file in the pages directory is a 404;
 * - every request path is recorded in `requests` (tests assert on it).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';

export const PAGES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/pages');

export const CSP_HEADER = "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'";

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export interface FixtureServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:5173 */
  url: string;
  close(): Promise<void>;
  /** Every request path (with query string), in arrival order. */
  requests: string[];
}

/** Map a URL pathname to a file inside PAGES_DIR, or null if it must be a 404. */
function resolvePath(pathname: string): string | null {
  if (pathname === '/') return 'index.html';
  if (pathname === '/spa' || pathname.startsWith('/spa/')) return 'spa.html';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded).replace(/^[/\\]+/, '');
  // Refuse anything that escapes the pages directory.
  const abs = resolve(PAGES_DIR, rel);
  if (abs !== PAGES_DIR && !abs.startsWith(PAGES_DIR + sep)) return null;
  return rel;
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  const rel = resolvePath(pathname);
  const file = rel === null ? null : join(PAGES_DIR, rel);
  if (file === null || !(await stat(file).then((s) => s.isFile(), () => false))) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  const body = await readFile(file);
  const headers: Record<string, string> = {
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  };
  if (pathname === '/csp.html') headers['Content-Security-Policy'] = CSP_HEADER;
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export async function serveFixtures(opts: { port?: number } = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Internal error: ${String(err)}\n`);
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        // Browsers keep connections alive; drop them so close() resolves promptly.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolveClose()));
      }),
  };
}
