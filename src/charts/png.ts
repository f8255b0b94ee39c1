// A chart as PNG: its standalone SVG (export.ts) rasterised by resvg with the site's font
// embedded, so that the text renders the same everywhere. Kept apart from the chart code, so
// that the threads that rasterise the province charts (png-threads.ts) load resvg alone.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const FAMILY = 'Be Vietnam Pro';

/** A chart file's PNG has twice the SVG's pixels, for sharp text on high-density screens. */
export const CHART_PNG_SCALE = 2;

const FONTS = ['be-vietnam-pro-chart-400.ttf', 'be-vietnam-pro-chart-600.ttf'];
let fonts: string[] | undefined;

/**
 * The font files resvg loads: Be Vietnam Pro at the chart's two weights, each one file with the
 * symbols it lacks (scripts/chart-fonts.py). No system font is read, so every machine draws the
 * same pixels.
 */
export function chartFonts(): string[] {
  // Bundled page code does not sit next to the fonts: find them from the project root then.
  // Looked up once per process, not once per chart.
  if (!fonts) {
    const here = fileURLToPath(new URL('./fonts/', import.meta.url));
    const dir = existsSync(join(here, FONTS[0]!)) ? here : join(process.cwd(), 'src/charts/fonts');
    fonts = FONTS.map((f) => join(dir, f));
  }
  return fonts;
}

/** Rasterise an SVG at `scale`. */
export function svgToPng(svg: string, scale = 1): Buffer {
  const r = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: chartFonts(), defaultFontFamily: FAMILY },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    background: '#ffffff',
  });
  return r.render().asPng();
}

/** Where a build takes chart SVGs to rasterise while its pages are still being written (integration.ts). */
const QUEUE = Symbol.for('chi-tieu-me-be.chart-png-queue');
type PngQueue = (path: string, svg: string) => void;
type WithQueue = typeof globalThis & { [QUEUE]?: PngQueue };

/** Opened by the build for the time its pages are written; `undefined` closes it. */
export function openPngQueue(queue: PngQueue | undefined): void {
  (globalThis as WithQueue)[QUEUE] = queue;
}

/**
 * Hand the build a chart SVG whose PNG it writes beside it, at `path` (the SVG's site path)
 * with .png for .svg. False when no build takes it (`astro dev`).
 */
export function queuePng(path: string, svg: string): boolean {
  const queue = (globalThis as WithQueue)[QUEUE];
  queue?.(path, svg);
  return !!queue;
}
