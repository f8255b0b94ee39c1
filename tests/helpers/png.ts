// Reading the PNG files the build writes, without an image library.
import { inflateSync } from 'node:zlib';
import { CHART_PNG_SCALE } from '../../src/charts/png.ts';

/**
 * Decode a PNG far enough to prove it whole: signature, IHDR size, and IDAT data that inflates
 * to exactly one filter byte plus `width` pixels per row for `height` rows.
 */
export function decodePng(buf: Buffer): { width: number; height: number } {
  if (buf.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG signature');
  let at = 8;
  let width = 0, height = 0, channels = 0;
  const idat: Buffer[] = [];
  for (;;) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error(`bit depth ${data[8]}`);
      channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[data[9]!] ?? 0;
      if (!channels) throw new Error(`colour type ${data[9]}`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    at += 12 + len;
    if (at >= buf.length) throw new Error('no IEND chunk: truncated');
  }
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== height * (1 + width * channels)) throw new Error(`pixel data ${raw.length} bytes for ${width}×${height}`);
  return { width, height };
}

/** The size of a chart file's PNG: its SVG's width and height times CHART_PNG_SCALE. */
export function pngSizeOf(svg: string): { width: number; height: number } {
  const m = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  if (!m) throw new Error('no width and height on the <svg>');
  return { width: CHART_PNG_SCALE * Number(m[1]), height: CHART_PNG_SCALE * Number(m[2]) };
}
