// Screenshots of built pages in headless Chromium, at a phone and a desktop width.
//   npx tsx scripts/screenshot.ts [--root dist] [--out /tmp/shots] [--widths 360,1280] [--tiles N] PATH...
// Serves --root on a loopback port (nothing else is contacted) and writes one PNG per path
// and width into --out: the first screen, or with --tiles the first N screens of the page,
// one file each, so a long page can be read at its real size.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { serve } from './static-server.ts';

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
  const server = await serve(root);
  const base = server.origin;
  const browser = await launchChromium();
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
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
