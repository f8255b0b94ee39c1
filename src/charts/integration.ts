// The PNG of each province chart (/bieu-do/<indicator>/<province>.png, in English under /en/),
// made by every `astro build` from the SVG its page route writes: that SVG rasterised the same
// way as an indicator's chart PNG (png.ts), but on worker threads (png-threads.ts) rather than
// one by one in Astro's page loop. The route hands each SVG over as it is written (queuePng)
// and the threads work while the other pages are rendered (a thread per core but the main
// thread's), then, a thread per core, while the search index is made; the build waits for the
// last PNG at its end, and fails, naming the file and what went wrong, if one could not be
// made or a province chart's SVG has no PNG beside it.
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, href } from '../i18n/lang.ts';
import { openPngQueue } from './png.ts';
import { pngPool, threadCount, type PngPool } from './png-threads.ts';

/** The home findings' chart files (homeChartLinks), whose PNGs their own route writes. */
const HOME_FOLDER = 'trang-chu';

/** Every province chart's SVG file in a built site: each SVG in a folder of /bieu-do/ (any language) but the home charts'. */
export function provinceChartSvgs(dist: string): string[] {
  const out: string[] = [];
  for (const lang of LANGS) {
    const charts = join(dist, href(lang, '/bieu-do/'));
    if (!existsSync(charts)) continue;
    for (const folder of readdirSync(charts, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!folder.isDirectory() || folder.name === HOME_FOLDER) continue;
      const at = join(charts, folder.name);
      for (const f of readdirSync(at).sort()) if (f.endsWith('.svg')) out.push(join(at, f));
    }
  }
  return out;
}

const pngOf = (svg: string) => svg.replace(/\.svg$/, '.png');

export function provinceChartPngs(): AstroIntegration {
  let outDir = '';
  let pool: PngPool | undefined;
  let started = 0;
  let queued = 0;
  return {
    name: 'chart-pngs',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        // The main thread renders the pages meanwhile.
        const threads = threadCount(true);
        pool = pngPool(threads);
        started = performance.now();
        queued = 0;
        openPngQueue((path, svg) => {
          if (!queued++) logger.info(`rasterising the province charts on ${threads} thread${threads > 1 ? 's' : ''} as their SVGs are written`);
          pool!.add({ svg, name: path, png: join(outDir, pngOf(path)) });
        });
      },
      // The pages are written: the main thread is free (Pagefind runs in its own process).
      'astro:build:generated': () => {
        openPngQueue(undefined);
        pool?.widen(threadCount());
      },
      'astro:build:done': async ({ dir, logger }) => {
        openPngQueue(undefined);
        if (!pool) return;
        // Said when the build starts waiting, so that the benchmark can time the wait.
        if (queued) logger.info('waiting for the province charts’ PNGs');
        let written: number;
        try {
          written = await pool.done();
        } catch (e) {
          throw new Error(`A province chart's PNG could not be made: ${e instanceof Error ? e.message : String(e)}`);
        }
        const out = fileURLToPath(dir);
        const missing = provinceChartSvgs(out).filter((svg) => !existsSync(pngOf(svg)));
        if (missing.length) {
          const list = missing.slice(0, 5).map((f) => f.slice(out.length - 1)).join(', ');
          throw new Error(`${missing.length} province chart SVG${missing.length > 1 ? 's have' : ' has'} no PNG beside ${missing.length > 1 ? 'them' : 'it'}: ${list}${missing.length > 5 ? ', …' : ''}`);
        }
        if (queued) logger.info(`${written} province chart PNGs written in ${((performance.now() - started) / 1000).toFixed(1)} s from the start of the build`);
      },
    },
  };
}
