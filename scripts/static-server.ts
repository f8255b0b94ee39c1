// A static server for a built site on 127.0.0.1 and a free port: what a plain host serves
// (`/x/` → `/x/index.html`, `/x` → 301 to `/x/`, a missing path → `/404.html` with 404).
// Used by the browser tests, the screenshot script and the benchmark (which asks for gzip and
// no caching, as its page loads are meant to be cold loads from a real host).
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.csv', '.txt']);

export interface StaticServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Gzip text for clients that accept it, and send `cache-control: no-store`. */
  gzip?: boolean;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export async function serve(dir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // Never leave the root (`..` segments are resolved by normalize before the check).
    const path = normalize(join(root, pathname));
    if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let file = pathname.endsWith('/') ? join(path, 'index.html') : path;
    let status = 200;
    if (!(await isFile(file))) {
      // `/x` for a directory page: redirect as static hosts do, so relative links still work.
      if (!pathname.endsWith('/') && (await isFile(join(path, 'index.html')))) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      file = join(root, '404.html');
      status = 404;
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.txt']! }).end('not found');
      return;
    }
    if (options.gzip) {
      headers['cache-control'] = 'no-store';
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        let z = gzipped.get(file);
        if (!z) gzipped.set(file, (z = gzipSync(body)));
        body = z;
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
    }
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}
