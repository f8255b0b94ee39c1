// Screenshots of built pages in headless Chromium, at a phone and a desktop width.
//   npx tsx scripts/screenshot.ts [--root dist] [--out /tmp/shots] [--widths 360,1280] [--tiles N] PATH...
// Serves --root on a loopback port (nothing else is contacted) and writes one PNG per path
// and width into --out: the first screen, or with --tiles the first N screens of the page,
// one file each, so a long page can be read at its real size.
import { createServer, type Server } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

export function staticServer(root: string): Promise<{ server: Server; base: string }> {
  const top = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(join(top, decodeURIComponent(url.pathname)));
    if (!path.startsWith(top)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      const notFound = await readFile(join(top, '404.html')).catch(() => Buffer.from('not found'));
      res.writeHead(404, { 'content-type': TYPES['.html']! }).end(notFound);
    }
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (name: string, def: string) => {
    const i = args.indexOf(name);
    if (i < 0) return def;
    const v = args[i + 1]!;
    args.splice(i, 2);
    return v;
  };
  const root = opt('--root', 'dist');
  const out = opt('--out', '/tmp/shots');
  const widths = opt('--widths', '360,1280').split(',').map(Number);
  const tiles = Number(opt('--tiles', '1'));
  const paths = args;
  if (paths.length === 0) paths.push('/', '/en/');
  await mkdir(out, { recursive: true });
  const { server, base } = await staticServer(root);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
      for (const p of paths) {
        await page.goto(base + p, { waitUntil: 'networkidle' });
        const stem = `${p.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}`;
        const viewport = page.viewportSize()!;
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        for (let k = 0; k < tiles && k * viewport.height < total; k++) {
          const name = tiles === 1 ? `${stem}.png` : `${stem}-${k + 1}.png`;
          const height = Math.min(viewport.height, total - k * viewport.height);
          await page.screenshot({ path: join(out, name), fullPage: k > 0, clip: { x: 0, y: k * viewport.height, width: viewport.width, height } });
          console.log(`${join(out, name)}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
        }
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
