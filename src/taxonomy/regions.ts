// What a region of data/regions.yaml means for a plan's record.
import type { Jurisdiction } from '../schema.ts';
import type { Region } from './schemas.ts';

const byIdCache = new WeakMap<readonly Region[], Map<string, Region>>();
/** Regions by id, built once per list: a list holds thousands. */
export function regionById(regions: readonly Region[]): Map<string, Region> {
  let map = byIdCache.get(regions);
  if (!map) byIdCache.set(regions, (map = new Map(regions.map((r) => [r.id, r]))));
  return map;
}

/** The province a region lies in (itself for a province or the country). */
export function provinceOf(region: Region, regions: readonly Region[]): string {
  const byId = regionById(regions);
  let r: Region | undefined = region;
  while (r && r.level !== 'province' && r.level !== 'national') r = r.parent ? byId.get(r.parent) : undefined;
  return r?.id ?? region.id;
}

/**
 * The 2025 province that holds a unit that ended before the reform: its province's successor
 * (the merged province, or the province itself where it went on unchanged). Null for a unit
 * that goes on (an unchanged province, a 2025 unit, the country).
 */
export function successorOf(region: Region, regions: readonly Region[]): string | null {
  if (!region.until || region.level === 'national') return null;
  const province = regionById(regions).get(provinceOf(region, regions));
  if (!province || province.level !== 'province') return null;
  return province.mergedInto ?? province.id;
}

/** A record's jurisdiction for a region; `name` as the document or editor gives it. */
export function jurisdictionFor(region: Region, regions: readonly Region[], name = region.vi): Jurisdiction {
  const successor = successorOf(region, regions);
  return { province: provinceOf(region, regions), level: region.level, name, region: region.id, ...(successor ? { successor } : {}) };
}
