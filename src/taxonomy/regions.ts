// What a region of data/regions.yaml means for a plan's record.
import type { Jurisdiction } from '../schema.ts';
import type { Region } from './schemas.ts';

/** The province a region lies in (itself for a province or the country). */
export function provinceOf(region: Region, regions: readonly Region[]): string {
  let r: Region | undefined = region;
  while (r && r.level !== 'province' && r.level !== 'national') r = regions.find((x) => x.id === r!.parent);
  return r?.id ?? region.id;
}

/**
 * The 2025 province that holds a unit that ended before the reform: its province's successor
 * (the merged province, or the province itself where it went on unchanged). Null for a unit
 * that goes on (an unchanged province, a 2025 unit, the country).
 */
export function successorOf(region: Region, regions: readonly Region[]): string | null {
  if (!region.until || region.level === 'national') return null;
  const province = regions.find((r) => r.id === provinceOf(region, regions));
  if (!province || province.level !== 'province') return null;
  return province.mergedInto ?? province.id;
}

/** A record's jurisdiction for a region; `name` as the document or editor gives it. */
export function jurisdictionFor(region: Region, regions: readonly Region[], name = region.vi): Jurisdiction {
  const successor = successorOf(region, regions);
  return { province: provinceOf(region, regions), level: region.level, name, region: region.id, ...(successor ? { successor } : {}) };
}
