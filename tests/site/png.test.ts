// The province charts' PNGs, made on other threads while the build writes the pages
// (src/charts/integration.ts): the bytes the threads write (svgToPng's, whatever the number of
// threads), which SVG files must have a PNG, and a build that fails naming the file when one
// cannot be made.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import { records, taxonomy } from '../fixtures/site/records.ts';
import { createSite } from '../../src/site/model.ts';
import { provinceColors } from '../../src/site/colors.ts';
import { indicatorChart } from '../../src/site/findings.ts';
import { chartFileSvg } from '../../src/charts/export.ts';
import { Resvg } from '@resvg/resvg-js';
import { inflateSync } from 'node:zlib';
import { CHART_PNG_SCALE, chartFonts, encodePng, FAMILY, queuePng, svgToPng } from '../../src/charts/png.ts';
import { pngPool } from '../../src/charts/png-threads.ts';
import { provinceChartPngs, provinceChartSvgs } from '../../src/charts/integration.ts';
import { decodePng, pngSizeOf } from '../helpers/png.ts';

const site = createSite(records, taxonomy);
const colors = provinceColors(taxonomy.regions);
const chartSvg = (id: string) =>
  chartFileSvg(indicatorChart(site, site.indicator(id)!, colors, 'vi').chart!, { credit: 'Chỉ tiêu Mẹ & Bé · https://example.org/' });

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});
/** A folder holding `files` (path → text). */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'chart-png-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the PNG encoder', () => {
  it('writes the pixels resvg draws, row by row, in a PNG of their size', () => {
    const svg = chartSvg('maternal_mortality_ratio');
    const image = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: chartFonts(), defaultFontFamily: FAMILY }, background: '#ffffff' }).render();
    const png = encodePng(image.pixels, image.width, image.height);
    expect(decodePng(png)).toEqual({ width: image.width, height: image.height });
    // Unfiltered rows: each is a 0 byte and the row's RGBA pixels as drawn.
    const idat = png.subarray(33 + 8, png.length - 12 - 4);
    const rows = inflateSync(idat);
    const stride = image.width * 4;
    for (let y = 0; y < image.height; y++) {
      expect(rows[y * (stride + 1)]).toBe(0);
      expect(rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)).equals(image.pixels.subarray(y * stride, (y + 1) * stride))).toBe(true);
    }
    expect(() => encodePng(new Uint8Array(7), 2, 1)).toThrow(/7 bytes of pixels for 2×1 RGBA/);
  });
});

describe('province chart PNGs', () => {
  it('expects a PNG beside each SVG file in the folders of /bieu-do/, in both languages, but not the home charts or the indicators’ own', () => {
    const dist = folder({
      'bieu-do/ty-so-tu-vong-me.svg': '',
      'bieu-do/ty-so-tu-vong-me/ha-noi.svg': '',
      'bieu-do/ty-so-tu-vong-me/ha-noi.csv': '',
      'bieu-do/ty-so-tu-vong-me/bac-giang.svg': '',
      'bieu-do/trang-chu/ty-so-tu-vong-me.svg': '',
      'en/bieu-do/ty-so-tu-vong-me/ha-noi.svg': '',
      'en/bieu-do/trang-chu/so-chi-tieu.svg': '',
    });
    expect(provinceChartSvgs(dist).map((f) => f.slice(dist.length + 1))).toEqual([
      'bieu-do/ty-so-tu-vong-me/bac-giang.svg',
      'bieu-do/ty-so-tu-vong-me/ha-noi.svg',
      'en/bieu-do/ty-so-tu-vong-me/ha-noi.svg',
    ]);
    expect(provinceChartSvgs(folder({ 'index.html': '' }))).toEqual([]);
  });

  it('writes the bytes svgToPng makes of each SVG, on one thread or several, as jobs come', async () => {
    const svgs = ['maternal_mortality_ratio', 'neonatal_mortality_rate', 'stunting_under5'].map(chartSvg);
    const dir = folder({});
    for (const threads of [1, 3]) {
      const pool = pngPool(threads);
      const png = (i: number) => join(dir, String(threads), `${i}.png`);
      pool.add({ svg: svgs[0]!, name: '0.svg', png: png(0) });
      await new Promise((r) => setTimeout(r, 50));
      for (const i of [1, 2]) pool.add({ svg: svgs[i]!, name: `${i}.svg`, png: png(i) });
      expect(await pool.done()).toBe(3);
      for (const [i, s] of svgs.entries()) {
        expect(readFileSync(png(i)).equals(svgToPng(s, CHART_PNG_SCALE)), png(i)).toBe(true);
        expect(decodePng(readFileSync(png(i)))).toEqual(pngSizeOf(s));
      }
    }
    expect(await pngPool().done()).toBe(0);
    // Widened once the main thread is free: the jobs waiting are shared by more threads.
    const pool = pngPool(1);
    for (const i of [0, 1, 2, 3]) pool.add({ svg: svgs[i % 3]!, name: `${i}.svg`, png: join(dir, 'wide', `${i}.png`) });
    pool.widen(3);
    expect(await pool.done()).toBe(4);
    expect(readFileSync(join(dir, 'wide', '3.png')).equals(svgToPng(svgs[0]!, CHART_PNG_SCALE))).toBe(true);
  });

  it('fails naming the SVG that cannot be rasterised or written, and why', async () => {
    const dir = folder({ 'a-file': '' });
    const run = async (svg: string, png: string) => {
      const pool = pngPool(2);
      pool.add({ svg: chartSvg('maternal_mortality_ratio'), name: '/bieu-do/good.svg', png: join(dir, 'good.png') });
      pool.add({ svg, name: '/bieu-do/x/bad.svg', png });
      return pool.done();
    };
    await expect(run('<svg xmlns="http://www.w3.org/2000/svg"><g>', join(dir, 'bad.png'))).rejects.toThrow(/^\/bieu-do\/x\/bad\.svg: SVG data parsing failed/);
    await expect(run(chartSvg('maternal_mortality_ratio'), join(dir, 'a-file', 'bad.png'))).rejects.toThrow(/^\/bieu-do\/x\/bad\.svg: EEXIST: file already exists, mkdir /);
  });

  describe('in the build', () => {
    const logged: string[] = [];
    const logger = { info: (m: string) => logged.push(m) } as unknown as AstroIntegrationLogger;
    /** A build of `dist` whose page routes write `files` and hand over the SVGs `queued`. */
    async function build(dist: string, files: Record<string, string>, queued: Record<string, string>) {
      const { hooks } = provinceChartPngs();
      const dir = pathToFileURL(`${dist}/`);
      await hooks['astro:config:done']!({ config: { outDir: dir }, logger } as never);
      await hooks['astro:build:start']!({ logger } as never);
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dist, path)), { recursive: true });
        writeFileSync(join(dist, path), text);
      }
      for (const [path, svg] of Object.entries(queued)) expect(queuePng(path, svg)).toBe(true);
      await hooks['astro:build:generated']!({ dir, logger, routeToHeaders: new Map() } as never);
      expect(queuePng('/bieu-do/x/y.svg', '')).toBe(false);
      await hooks['astro:build:done']!({ dir, logger, pages: [], assets: new Map() } as never);
    }
    const svg = chartSvg('maternal_mortality_ratio');

    it('writes the PNG of each SVG the routes hand over, beside it', async () => {
      const dist = folder({});
      const files = { '/bieu-do/ty-so-tu-vong-me/ha-noi.svg': svg, '/en/bieu-do/ty-so-tu-vong-me/ha-noi.svg': svg };
      await build(dist, files, files);
      for (const f of Object.keys(files)) expect(readFileSync(join(dist, f.replace('.svg', '.png'))).equals(svgToPng(svg, CHART_PNG_SCALE))).toBe(true);
      expect(logged.at(-1)).toMatch(/^2 province chart PNGs written/);
    });

    it('fails naming the file it could not make, and a province chart’s SVG with no PNG', async () => {
      const bad = { '/en/bieu-do/ty-so-tu-vong-me/ha-noi.svg': 'not an SVG' };
      await expect(build(folder({}), bad, bad)).rejects.toThrow("A province chart's PNG could not be made: /en/bieu-do/ty-so-tu-vong-me/ha-noi.svg: SVG data parsing failed");
      const files = { '/bieu-do/ty-so-tu-vong-me/ha-noi.svg': svg, '/bieu-do/ty-so-tu-vong-me/hue.svg': svg };
      await expect(build(folder({}), files, { '/bieu-do/ty-so-tu-vong-me/ha-noi.svg': svg })).rejects.toThrow('1 province chart SVG has no PNG beside it: /bieu-do/ty-so-tu-vong-me/hue.svg');
    });
  });
});
