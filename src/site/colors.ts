// One colour per province, the same on every page: Okabe–Ito, safe for colour-blind readers.
// Provinces take colours in the order data/regions.yaml lists them, so adding a province at
// the end never changes the colour of one already on the site.
import type { Region } from '../taxonomy/schemas.ts';

export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000'] as const;
/** Used when the palette runs out or a plan names a province missing from the taxonomy. */
export const FALLBACK = '#6b6b6b';

export function provinceColors(regions: readonly Region[]): Map<string, string> {
  const provinces = regions.filter((r) => r.level === 'province');
  return new Map(provinces.map((r, i) => [r.id, PALETTE[i] ?? FALLBACK]));
}

export function colorOf(colors: ReadonlyMap<string, string>, provinceId: string): string {
  return colors.get(provinceId) ?? FALLBACK;
}

/** The stylesheet class of a province's swatch (.p0 … .p6, .px), same order as PALETTE. */
export function swatchClass(colors: ReadonlyMap<string, string>, provinceId: string): string {
  const i = PALETTE.indexOf(colorOf(colors, provinceId) as (typeof PALETTE)[number]);
  return i < 0 ? 'px' : `p${i}`;
}
