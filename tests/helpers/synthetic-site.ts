// Sites of any size made from the real records (data/plans/*.json): the real plans in turn, each
// re-issued by its own district of one of PROVINCES provinces, with its own date and figures.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PlanRecord } from '../../src/schema.ts';
import type { Region } from '../../src/taxonomy/schemas.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import { createSite, type Site } from '../../src/site/model.ts';
import { provinceColors } from '../../src/site/colors.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = `${root}data/plans/`;
export const real = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => PlanRecord.parse(JSON.parse(readFileSync(dir + f, 'utf8'))));
export const tax = loadTaxonomies(`${root}data/`);

export const PROVINCES = 40;
const region = (id: string, short: string, level: Region['level'], parent: string | null): Region => ({
  id, vi: `${level === 'province' ? 'tỉnh' : 'huyện'} ${short}`, en: `${short} ${level}`, short, level, parent,
  mergedInto: null, mergedOn: null, aliases: [], gazetteer: null, from: null, until: null,
});

/** n plans: the real records in turn, each in its own district with its own date and figures. */
export function synthetic(n: number): { site: Site; colors: Map<string, string> } {
  const regions: Region[] = [...tax.regions];
  for (let p = 0; p < PROVINCES; p++) regions.push(region(`tinh-${p}`, `Tỉnh ${p}`, 'province', null));
  const records: PlanRecord[] = [];
  for (let i = 0; i < n; i++) {
    const base = real[i % real.length]!;
    const province = `tinh-${i % PROVINCES}`;
    const district = `huyen-${i}`;
    regions.push(region(district, `Huyện ${i}`, 'district', province));
    // A factor between 0.6 and 1.4, different for each plan; percentages stay below 100.
    const f = 0.6 + ((i * 37) % 81) / 100;
    const value = (v: number, unit: string) => (unit === 'percent' ? Math.min(99, Math.round(v * (0.9 + f / 10))) : Math.round(v * f * 10) / 10);
    const month = String((i % 12) + 1).padStart(2, '0');
    records.push({
      ...base,
      id: `${base.id}-${i}`,
      jurisdiction: { province, level: 'district', name: `huyện Huyện ${i}`, region: district },
      // One plan in seven is undated; the others spread over 2015–2029.
      issued: i % 7 === 3 ? null : `${2015 + (i % 15)}-${month}`,
      targets: base.targets.map((t) => ({ ...t, value: value(t.value, t.unit) })),
    });
  }
  const taxonomy = { ...tax, regions };
  return { site: createSite(records, taxonomy), colors: provinceColors(regions) };
}

