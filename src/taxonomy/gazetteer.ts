// The official lists of data/gazetteer/ (see its README) as regions: the 63 provinces and 696
// districts in force until 30 June 2025, the 34 provinces and 3,321 communes from 1 July 2025,
// and former names since 2021. Pure: CSV texts in, regions out; every row is checked.
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import type { Region } from './schemas.ts';
import { TaxonomyError } from './errors.ts';

export const GAZETTEER_FILES = ['provinces-2024', 'districts-2024', 'provinces-2025', 'communes-2025', 'former-names'] as const;
export type GazetteerFile = (typeof GAZETTEER_FILES)[number];

/** The reform: districts abolished, provinces merged. */
export const REFORM = '2025-07-01';
const LAST_DAY_BEFORE = '2025-06-30';

const code = (digits: number) => z.string().regex(new RegExp(`^\\d{${digits}}$`));
const codes = (digits: number) => z.string().regex(new RegExp(`^\\d{${digits}}(;\\d{${digits}})*$`)).transform((s) => s.split(';'));
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const name = z.string().min(1);

const Province2024 = z.object({ code: code(2), name, short_name: name, type: z.enum(['tinh', 'thanh-pho-trung-uong']), slug, english_name: name, merged_into: code(2) });
const District2024 = z.object({ code: code(3), name, short_name: name, type: z.enum(['quan', 'huyen', 'thi-xa', 'thanh-pho']), slug, province_code: code(2), english_name: name });
const Province2025 = z.object({ code: code(2), name, short_name: name, type: z.enum(['tinh', 'thanh-pho-trung-uong']), slug, english_name: name, merged_from: codes(2), current_name: name });
const Commune2025 = z.object({ code: code(5), name, short_name: name, type: z.enum(['xa', 'phuong', 'dac-khu']), slug, province_code: code(2) });
const FormerName = z.object({
  level: z.enum(['province', 'district']),
  code: z.string().regex(/^\d{2,3}$/),
  name,
  short_name: name,
  type: z.enum(['tinh', 'quan', 'huyen', 'thi-xa', 'thanh-pho']),
  slug,
  province_code: z.string(),
  gone_in_release: z.string(),
  change: z.enum(['renamed/retyped', 'renamed+merged/split', 'abolished-merged']),
});

/** Effective dates of the data of the source's releases (its README), for when a former name ends. */
const RELEASES: Record<string, string> = {
  'v1.0.1': '2022-04-10', 'v1.0.2': '2022-07-01', 'v1.0.3': '2022-10-01', 'v1.0.3.1': '2022-10-01',
  'v1.0.4': '2023-04-10', 'v1.0.4.1': '2023-04-10', 'v2.0.0': '2024-02-01', 'v2.0.1': '2024-05-01',
  'v2.1.0': '2024-09-01', 'v2.2.0': '2024-11-01', 'v2.3.0': '2025-01-01', 'v2.4.0': '2025-03-01',
};

/** The type word as documents write it, lower case. */
const TYPE_WORD: Record<string, string> = {
  tinh: 'tỉnh', 'thanh-pho-trung-uong': 'thành phố', quan: 'quận', huyen: 'huyện', 'thi-xa': 'thị xã',
  'thanh-pho': 'thành phố', xa: 'xã', phuong: 'phường', 'dac-khu': 'đặc khu', 'thi-tran': 'thị trấn',
};
const EN_TYPE: Record<string, string> = {
  tinh: 'province', 'thanh-pho-trung-uong': 'city', quan: 'district', huyen: 'district', 'thi-xa': 'town',
  'thanh-pho': 'city', xa: 'commune', phuong: 'ward', 'dac-khu': 'special zone', 'thi-tran': 'township',
};

/** "Lạng Giang" → "Lang Giang". */
export function ascii(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** "huyện Lạng Giang"; "quận 1" for a short name that carries its type word ("Quận 1"). */
function viName(type: string, short: string): string {
  const word = TYPE_WORD[type]!;
  return short.toLowerCase().startsWith(`${word} `) ? word + short.slice(word.length) : `${word} ${short}`;
}

function enName(type: string, english: string): string {
  const kind = EN_TYPE[type]!;
  return english.toLowerCase().startsWith(`${kind} `) ? english : `${english} ${kind}`;
}

function rows<S extends z.ZodType>(text: string, file: GazetteerFile, schema: S): z.infer<S>[] {
  return csvParse(text).map((row, i) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      // One header row; no value spans lines (see the README), so row i is on line i + 2.
      throw new TaxonomyError(`data/gazetteer/${file}.csv`, i + 2, `column "${issue.path.join('.')}": ${issue.message}`);
    }
    return parsed.data;
  });
}

const region = (r: Pick<Region, 'id' | 'vi' | 'en' | 'short' | 'level' | 'parent' | 'gazetteer'> & Partial<Region>): Region => ({
  mergedInto: null, mergedOn: null, aliases: [], from: null, until: null, ...r,
});

/**
 * The regions of the gazetteer. Ids: a 2024 province keeps its slug, and so does a 2025 province
 * that is the same unit (merged from its own code only); a 2025 province formed by a merger is
 * `<slug>-2025`. A 2024 district is its slug (type, name and province: `huyen-lang-giang-bac-giang`),
 * a 2025 commune its type and slug (`xa-lang-giang`, `phuong-tan-tien-bac-ninh`), a former unit
 * its slug (with its code where that slug is taken).
 */
export function gazetteerRegions(texts: Record<GazetteerFile, string>, national: string): Region[] {
  const p24 = rows(texts['provinces-2024'], 'provinces-2024', Province2024);
  const d24 = rows(texts['districts-2024'], 'districts-2024', District2024);
  const p25 = rows(texts['provinces-2025'], 'provinces-2025', Province2025);
  const c25 = rows(texts['communes-2025'], 'communes-2025', Commune2025);
  const former = rows(texts['former-names'], 'former-names', FormerName);

  const sameUnit = (p: z.infer<typeof Province2025>) => p.merged_from.length === 1 && p.merged_from[0] === p.code && p24.some((o) => o.code === p.code && o.slug === p.slug);
  const id25 = new Map(p25.map((p) => [p.code, sameUnit(p) ? p.slug : `${p.slug}-2025`]));
  const id24 = new Map(p24.map((p) => [p.code, p.slug]));
  const out: Region[] = [];
  const lookup = (map: Map<string, string>, c: string, file: GazetteerFile, line: number) => {
    const id = map.get(c);
    if (!id) throw new TaxonomyError(`data/gazetteer/${file}.csv`, line, `the province code "${c}" is not in the province list`);
    return id;
  };

  p24.forEach((p, i) => {
    const into = lookup(id25, p.merged_into, 'provinces-2024', i + 2);
    const merged = into !== p.slug;
    const aliases = former.filter((f) => f.level === 'province' && f.change === 'renamed/retyped' && f.code === p.code).flatMap((f) => [viName(f.type, f.short_name), f.short_name]);
    out.push(region({
      id: p.slug, vi: viName(p.type, p.short_name), en: enName(p.type, p.english_name), short: p.short_name, level: 'province',
      parent: national, gazetteer: `provinces-2024:${p.code}`, aliases,
      ...(merged ? { mergedInto: into, mergedOn: REFORM, until: LAST_DAY_BEFORE } : {}),
    }));
  });
  for (const p of p25) {
    const id = id25.get(p.code)!;
    if (id === p.slug) {
      // The same unit as in 2024; a later change of type ("Thành phố Đồng Nai") is another name of it.
      if (p.current_name !== p.name) out.find((r) => r.id === id)!.aliases.push(p.current_name);
      continue;
    }
    out.push(region({
      id, vi: viName(p.type, p.short_name), en: `${enName(p.type, p.english_name)} (2025)`, short: p.short_name, level: 'province',
      parent: national, gazetteer: `provinces-2025:${p.code}`, from: REFORM, aliases: p.current_name !== p.name ? [p.current_name] : [],
    }));
  }
  d24.forEach((d, i) => {
    const aliases = former.filter((f) => f.level === 'district' && f.change === 'renamed/retyped' && f.code === d.code).map((f) => viName(f.type, f.short_name));
    out.push(region({
      id: d.slug, vi: viName(d.type, d.short_name), en: enName(d.type, d.english_name), short: d.short_name,
      level: d.type === 'thanh-pho' ? 'city' : 'district', parent: lookup(id24, d.province_code, 'districts-2024', i + 2),
      gazetteer: `districts-2024:${d.code}`, until: LAST_DAY_BEFORE, aliases,
    }));
  });
  c25.forEach((c, i) => {
    out.push(region({
      id: `${c.type}-${c.slug}`, vi: viName(c.type, c.short_name), en: enName(c.type, ascii(c.short_name)), short: c.short_name,
      level: 'commune', parent: lookup(id25, c.province_code, 'communes-2025', i + 2), gazetteer: `communes-2025:${c.code}`, from: REFORM,
    }));
  });
  const taken = new Set(out.map((r) => r.id));
  former.forEach((f, i) => {
    if (f.change === 'renamed/retyped') return; // the same unit under its later name: an alias above
    const gone = RELEASES[f.gone_in_release];
    if (!gone) throw new TaxonomyError('data/gazetteer/former-names.csv', i + 2, `unknown release "${f.gone_in_release}"`);
    const id = taken.has(f.slug) ? `${f.slug}-${f.code}` : f.slug;
    taken.add(id);
    out.push(region({
      id, vi: viName(f.type, f.short_name), en: enName(f.type, ascii(f.short_name)), short: f.short_name,
      level: f.type === 'thanh-pho' ? 'city' : 'district', parent: lookup(id24, f.province_code, 'former-names', i + 2),
      gazetteer: `former-names:${f.code}`, until: dayBefore(gone),
    }));
  });
  return out;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The commune types of before 1 July 2025, by the word documents write. */
export const COMMUNE_TYPES: Record<string, 'xa' | 'phuong' | 'thi-tran'> = { xã: 'xa', phường: 'phuong', 'thị trấn': 'thi-tran' };

/**
 * A commune, ward or township of before 1 July 2025, which the gazetteer does not list, as a
 * document names it ("xã Tân Hiệp") inside the district or province it names: a region of its
 * own, so that its plans are neither refused nor given to the district.
 */
export function communeBefore2025(type: 'xa' | 'phuong' | 'thi-tran', short: string, parent: Region): Region {
  const slug = ascii(short).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    id: `${type}-${slug}-${parent.id}`, vi: viName(type, short), en: enName(type, ascii(short)), short, level: 'commune',
    parent: parent.id, mergedInto: null, mergedOn: null, aliases: [], gazetteer: null, from: null, until: LAST_DAY_BEFORE,
  };
}
