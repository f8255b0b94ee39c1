// A chart as PNG: its standalone SVG (export.ts) rasterised by resvg with the site's font
// embedded, so that the text renders the same everywhere. Kept apart from the chart code, so
// that the threads that rasterise the province charts (png-threads.ts) load resvg alone.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
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
  const image = r.render();
  return encodePng(image.pixels, image.width, image.height);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * RGBA pixels as a PNG: 8 bits a channel, rows unfiltered, deflated at zlib's fastest level.
 * A chart is flat colour on white, which that already packs well: against resvg's own encoder,
 * which filters every row and compresses harder, it took two thirds of the time and its files
 * were no larger (province charts of a synthetic site: 16 ms and 142 KB a chart, against 24 ms
 * and 149 KB).
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`${rgba.length} bytes of pixels for ${width}×${height} RGBA`);
  const rows = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const at = y * (stride + 1);
    rows[at] = 0; // filter type: none
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), at + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 1 })), chunk('IEND', new Uint8Array(0))]);
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
