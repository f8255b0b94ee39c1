// The site's view of the data: plan records plus the taxonomies, with lookups and the labels
// every page uses for a plan. Pure: built from values, no file access.
import { countCommitments } from './commitments.ts';
import type { DocType, PlanRecord } from '../schema.ts';
import type { AgencyEntry, Benchmark, Indicator, Region } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatPeriod, compareNames } from '../i18n/format.ts';

export interface Site {
  /** Plans in a stable reading order: by issue date (undated last), then id. */
  plans: PlanRecord[];
  indicators: Indicator[];
  agencies: AgencyEntry[];
  regions: Region[];
  /** National and international targets (data/benchmarks.yaml). */
  benchmarks: Benchmark[];
  plan(id: string): PlanRecord | undefined;
  indicator(id: string | null): Indicator | undefined;
  agency(id: string | null): AgencyEntry | undefined;
  region(id: string): Region | undefined;
}

export interface TaxonomyInput {
  indicators: Indicator[];
  agencies: AgencyEntry[];
  regions: Region[];
  benchmarks?: Benchmark[];
}

export function createSite(records: readonly PlanRecord[], tax: TaxonomyInput): Site {
  // Undated documents go last: a date is what readers scan this order by.
  const plans = [...records].sort(
    (a, b) => (a.issued ?? '9999').localeCompare(b.issued ?? '9999') || a.id.localeCompare(b.id),
  );
  const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));
  const planMap = byId(plans);
  const indicatorMap = byId(tax.indicators);
  const agencyMap = byId(tax.agencies);
  const regions = [...tax.regions, ...unitsReadFromPlans(plans, tax.regions)];
  const regionMap = byId(regions);
  return {
    plans,
    indicators: tax.indicators,
    agencies: tax.agencies,
    regions,
    benchmarks: tax.benchmarks ?? [],
    plan: (id) => planMap.get(id),
    indicator: (id) => (id === null ? undefined : indicatorMap.get(id)),
    agency: (id) => (id === null ? undefined : agencyMap.get(id)),
    region: (id) => regionMap.get(id),
  };
}

/** Units the gazetteer does not list (communes before 2025), as the plans that name them give them. */
function unitsReadFromPlans(plans: readonly PlanRecord[], known: readonly Region[]): Region[] {
  const ids = new Set(known.map((r) => r.id));
  const out: Region[] = [];
  for (const { jurisdiction: j } of plans) {
    if (!j.unit || ids.has(j.region)) continue;
    ids.add(j.region);
    out.push({ id: j.region, ...j.unit, level: j.level, mergedInto: null, mergedOn: null, aliases: [], gazetteer: null, from: null, until: '2025-06-30' });
  }
  return out;
}

const DOC_TYPE: Record<DocType, Record<Lang, string>> = {
  decision: { vi: 'Quyết định', en: 'Decision' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  directive: { vi: 'Chỉ thị', en: 'Directive' },
  official_letter: { vi: 'Công văn', en: 'Official letter' },
  resolution: { vi: 'Nghị quyết', en: 'Resolution' },
  other: { vi: 'Văn bản', en: 'Document' },
};

export function docTypeName(t: DocType, lang: Lang): string {
  return DOC_TYPE[t][lang];
}

/** A region's name with its level word: "tỉnh Vĩnh Phúc" / "Vinh Phuc province". */
export function regionName(site: Site, id: string, lang: Lang): string {
  const r = site.region(id);
  if (!r) return id;
  return lang === 'vi' ? r.vi : r.en;
}

/** A region's short name: "Vĩnh Phúc", "TP Bắc Kạn" / "Vinh Phuc", "Bac Kan city". */
export function regionShort(site: Site, id: string, lang: Lang): string {
  const r = site.region(id);
  if (!r) return id;
  if (lang === 'vi') return r.short;
  return r.level === 'province' ? r.en.replace(/ province$/, '') : r.en;
}

/** The years a plan covers, or the year it was issued. */
export function planYears(p: PlanRecord): string {
  return p.period ? formatPeriod(p.period) : (p.issued?.slice(0, 4) ?? '');
}

/**
 * Short labels for charts and table headers, unique across the site:
 * "TP Bắc Kạn 2021–2025"; a second plan with the same place and years adds its document type.
 */
export function planLabels(site: Site, lang: Lang): ReadonlyMap<string, string> {
  // Every page asks, and a split site has thousands of pages: compute once per site and language.
  const cached = labelCache.get(site)?.[lang];
  if (cached) return cached;
  const labels = computePlanLabels(site, lang);
  labelCache.set(site, { ...labelCache.get(site), [lang]: labels });
  return labels;
}

const labelCache = new WeakMap<Site, Partial<Record<Lang, ReadonlyMap<string, string>>>>();

function computePlanLabels(site: Site, lang: Lang): Map<string, string> {
  const base = new Map(site.plans.map((p) => [p.id, `${regionShort(site, p.jurisdiction.region, lang)} ${planYears(p)}`.trim()]));
  const counts = new Map<string, number>();
  for (const l of base.values()) counts.set(l, (counts.get(l) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const p of site.plans) {
    const l = base.get(p.id)!;
    out.set(p.id, counts.get(l)! > 1 ? `${l} (${docTypeName(p.docType, lang)}${p.number ? ` ${p.number}` : ''})` : l);
  }
  // Still equal (same type, no number): fall back to the id, which is unique.
  const seen = new Map<string, number>();
  for (const l of out.values()) seen.set(l, (seen.get(l) ?? 0) + 1);
  for (const [id, l] of out) if (seen.get(l)! > 1) out.set(id, `${l} · ${id}`);
  return out;
}

/** A one-line description of a plan: "Kế hoạch · tỉnh Vĩnh Phúc · 2023–2025". */
export function planHeading(site: Site, p: PlanRecord, lang: Lang): string {
  const parts = [
    `${docTypeName(p.docType, lang)}${p.number ? ` ${p.number}` : ''}`,
    regionName(site, p.jurisdiction.region, lang),
    planYears(p),
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The plans of a province at every level (the province itself, its cities and districts). */
export function plansInProvince(site: Site, provinceId: string): PlanRecord[] {
  return site.plans.filter((p) => p.jurisdiction.province === provinceId);
}

/** Provinces named by at least one plan, in Vietnamese alphabetical order. */
export function provincesWithPlans(site: Site): string[] {
  const ids = [...new Set(site.plans.map((p) => p.jurisdiction.province))];
  return ids.sort((a, b) => compareNames(site.region(a)?.short ?? a, site.region(b)?.short ?? b));
}

export type ColumnOrder = 'issued' | 'name' | 'level' | 'targets' | 'province';

const LEVEL_RANK: Record<PlanRecord['jurisdiction']['level'], number> = {
  national: 0, province: 1, city: 2, district: 3, commune: 4,
};

/** Plans in one of the site's fixed orders. */
export function sortPlans(site: Site, plans: readonly PlanRecord[], order: ColumnOrder): PlanRecord[] {
  const name = (p: PlanRecord) => site.region(p.jurisdiction.region)?.short ?? p.jurisdiction.name;
  const byIssued = (a: PlanRecord, b: PlanRecord) => (a.issued ?? '9999').localeCompare(b.issued ?? '9999') || a.id.localeCompare(b.id);
  const cmp: Record<ColumnOrder, (a: PlanRecord, b: PlanRecord) => number> = {
    issued: byIssued,
    name: (a, b) => compareNames(name(a), name(b)) || byIssued(a, b),
    level: (a, b) => LEVEL_RANK[a.jurisdiction.level] - LEVEL_RANK[b.jurisdiction.level] || compareNames(name(a), name(b)) || byIssued(a, b),
    targets: (a, b) => countCommitments(b) - countCommitments(a) || byIssued(a, b),
    province: (a, b) =>
      compareNames(site.region(a.jurisdiction.province)?.short ?? a.jurisdiction.province, site.region(b.jurisdiction.province)?.short ?? b.jurisdiction.province) ||
      LEVEL_RANK[a.jurisdiction.level] - LEVEL_RANK[b.jurisdiction.level] || byIssued(a, b),
  };
  return [...plans].sort(cmp[order]);
}

