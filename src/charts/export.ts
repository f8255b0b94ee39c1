// A chart as a file that leaves the site: one standalone SVG with the finding as its title, the
// subtitle, the chart, the source line and where it came from, and the same as PNG (resvg, with
// the site's font embedded so the text renders the same everywhere). Also the Open Graph image:
// 1200 × 630, title and chart. The rasterising is src/charts/png.ts.
import type { Chart } from './render.ts';
import { WIDE } from './render.ts';
import { FAMILY } from './png.ts';

const INK = '#2b2721';
const SOFT = '#5f594f';

/** Escape text for SVG character data and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Break text into lines of at most `chars` characters at spaces (a word longer than a line
 * stands alone). Glyph widths are not measured: `chars` is chosen for the font size.
 */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text from `y` down, one <text> with a <tspan> per line; returns the markup and the y after it. */
function textBlock(lines: readonly string[], x: number, y: number, size: number, attrs: string): { svg: string; y: number } {
  const lh = Math.round(size * 1.3);
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${y + size + i * lh}">${xmlEscape(l)}</tspan>`).join('');
  return { svg: `<text font-size="${size}" ${attrs}>${spans}</text>`, y: y + lines.length * lh };
}

/** The inline chart's <svg> placed in a larger one: position and size set, its own title kept. */
function nest(svg: string, x: number, y: number, size?: { width: number; height: number }): string {
  const sized = size ? svg.replace(/ width="[\d.]+"/, ` width="${size.width}"`).replace(/ height="[\d.]+"/, ` height="${size.height}"`) : svg;
  return sized.replace(/^<svg /, `<svg x="${x}" y="${y}" preserveAspectRatio="xMinYMin meet" `);
}

function chartHeight(svg: string): number {
  const m = /viewBox="[\d.-]+ [\d.-]+ [\d.]+ ([\d.]+)"/.exec(svg);
  return m ? Number(m[1]) : 300;
}

export interface ChartFileText {
  /** Site name and the chart's permalink, written at the foot. */
  credit: string;
}

/** The chart as a standalone SVG file, WIDE + margins wide. */
export function chartFileSvg(chart: Chart, text: ChartFileText): string {
  const pad = 20;
  const width = WIDE + pad * 2;
  const title = textBlock(wrap(chart.title, 50), pad, pad, 18, `font-weight="600" fill="${INK}"`);
  const sub = textBlock(wrap(chart.subtitle, 80), pad, title.y + 6, 13, `fill="${SOFT}"`);
  const top = sub.y + 10;
  const h = chartHeight(chart.svg);
  const source = textBlock(wrap(chart.source, 95), pad, top + h + 12, 11, `fill="${SOFT}"`);
  const credit = textBlock([text.credit], pad, source.y + 4, 11, `fill="${SOFT}"`);
  const height = Math.ceil(credit.y + pad);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="'${FAMILY}', sans-serif" role="img" aria-label="${xmlEscape(chart.title)}">`,
    `<title>${xmlEscape(chart.title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    title.svg,
    sub.svg,
    nest(chart.svg, pad, top),
    source.svg,
    credit.svg,
    '</svg>',
  ].join('\n');
}

export const OG = { width: 1200, height: 630 } as const;

/** The Open Graph image: the site's name, the indicator, the finding and the chart, 1200 × 630. */
export function ogSvg(chart: Chart, text: { site: string; heading: string }): string {
  const pad = 48;
  const site = textBlock([text.site], pad, pad - 8, 24, `font-weight="600" fill="#1f5f5b"`);
  const heading = textBlock(wrap(text.heading, 48), pad, site.y + 8, 40, `font-weight="600" fill="${INK}"`);
  const title = textBlock(wrap(chart.title, 60).slice(0, 3), pad, heading.y + 8, 26, `fill="${SOFT}"`);
  const top = title.y + 16;
  const box = { width: OG.width - pad * 2, height: OG.height - top - pad / 2 };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG.width}" height="${OG.height}" viewBox="0 0 ${OG.width} ${OG.height}" font-family="'${FAMILY}', sans-serif">`,
    `<rect width="100%" height="100%" fill="#fffdf8"/>`,
    site.svg,
    heading.svg,
    title.svg,
    box.height > 80 ? nest(chart.svg, pad, top, box) : '',
    '</svg>',
  ].join('\n');
}
