// What a region of data/regions.yaml means for a plan's record.
import type { Jurisdiction } from '../schema.ts';
import type { Region } from './schemas.ts';

/** The province a region lies in (itself for a province or the country). */
export function provinceOf(region: Region, regions: readonly Region[]): string {
  let r: Region | undefined = region;
  while (r && r.level !== 'province' && r.level !== 'national') r = regions.find((x) => x.id === r!.parent);
  return r?.id ?? region.id;
}

/** A record's jurisdiction for a region; `name` as the document or editor gives it. */
export function jurisdictionFor(region: Region, regions: readonly Region[], name = region.vi): Jurisdiction {
  return { province: provinceOf(region, regions), level: region.level, name, region: region.id };
}
