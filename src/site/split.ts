// Pages that show every plan at once (an indicator's targets, a body's assignments, the compare
// table, the bodies × plans matrix, the plans list) grow with the corpus. Up to SPLIT_AT plans
// they show everything; past it they summarise one province per row or column and link a page
// per province with the detail, so that a page stays light on a phone whatever the number of
// plans (bench/README.md, weight).
import { median as d3median } from 'd3';
import type { PlanRecord, Role, Target } from '../schema.ts';
import { compareNames } from '../i18n/format.ts';
import type { AgencyEntry, Indicator } from '../taxonomy/schemas.ts';
import { ambitionScores, heatScale, type HeatScale } from './compare.ts';
import { ROLE_ORDER } from './agencies.ts';
import { comparedYear, headlineTarget, isComparable } from './indicators.ts';
import { plansInProvince, provincesWithPlans, type Site } from './model.ts';

/** Most plans a page lists one by one before it summarises by province. */
export const SPLIT_AT = 80;

/** Whether the site's all-plans pages summarise by province (the same answer for every page). */
export function splitsByProvince(site: Site): boolean {
  return site.plans.length > SPLIT_AT;
}

export interface ProvinceGroup {
  province: string;
  /** The province's plans at every level, in site order. */
  plans: PlanRecord[];
}

/** Provinces with at least one plan, in Vietnamese alphabetical order. */
export function provinceGroups(site: Site): ProvinceGroup[] {
  // Every split page asks: grouped once per site.
  let groups = groupsOf.get(site);
  if (!groups) groupsOf.set(site, (groups = provincesWithPlans(site).map((province) => ({ province, plans: plansInProvince(site, province) }))));
  return groups;
}

const groupsOf = new WeakMap<Site, ProvinceGroup[]>();

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  return d3median(values) ?? null;
}

/** One province's headline targets for an indicator: how many plans set one, and their spread. */
export interface ProvinceSpread {
  province: string;
  plans: number;
  /** Plans with at least one target (of any kind) for the indicator. */
  setting: number;
  /** Headline level targets in the indicator's unit (isComparable): their count, lowest, median and highest. */
  comparable: number;
  min: number | null;
  median: number | null;
  max: number | null;
}

function spreadOf({ province, plans }: ProvinceGroup, indicator: Indicator, year: number | null): ProvinceSpread {
  const values: number[] = [];
  for (const p of plans) {
    const h = headlineTarget(p, indicator.id, year);
    if (h && isComparable(h, indicator.unit, p)) values.push(h.value);
  }
  return {
    province,
    plans: plans.length,
    setting: plans.filter((p) => p.targets.some((t) => t.indicator === indicator.id)).length,
    comparable: values.length,
    min: values.length ? Math.min(...values) : null,
    median: median(values),
    max: values.length ? Math.max(...values) : null,
  };
}

/** An indicator, province by province: the summary an indicator page shows when it splits. */
export function indicatorByProvince(site: Site, indicator: Indicator): ProvinceSpread[] {
  return provinceGroups(site).map((g) => spreadOf(g, indicator, comparedYear(site.plans)));
}

/** A compare cell: the province's spread, its median shaded 0 … 1 along the row as in the compare table (null when not comparable). */
export interface ProvinceCell extends ProvinceSpread {
  ambition: number | null;
}

export interface ProvinceCompareRow {
  indicator: Indicator;
  cells: ProvinceCell[];
  scale: HeatScale | null;
}

/**
 * Indicators × provinces: the compare table when it splits. Each cell is the median of the
 * province's headline targets (one per plan), shaded by ambition along the row. Rows in
 * taxonomy order, only indicators some plan sets.
 */
export function compareByProvince(site: Site): { provinces: ProvinceGroup[]; rows: ProvinceCompareRow[] } {
  const provinces = provinceGroups(site);
  const rows = site.indicators
    .map((indicator) => {
      const spreads = provinces.map((g) => spreadOf(g, indicator, comparedYear(site.plans)));
      const scores = ambitionScores(spreads.map((c) => c.median), indicator.direction);
      return { indicator, cells: spreads.map((c, i) => ({ ...c, ambition: scores[i] ?? null })), scale: heatScale(spreads.map((c) => c.median), indicator.direction) };
    })
    .filter((r) => r.cells.some((c) => c.setting > 0));
  return { provinces, rows };
}

export interface ProvinceMatrixRow {
  agency: AgencyEntry;
  /** Per province: how many of its plans assign the body, of how many. */
  cells: { province: string; assigning: number; plans: number }[];
}

/** Bodies × provinces: the matrix when it splits; rows in the order given (agencyMatrix's). */
export function agencyMatrixByProvince(site: Site, order: readonly AgencyEntry[]): { provinces: ProvinceGroup[]; rows: ProvinceMatrixRow[] } {
  const provinces = provinceGroups(site);
  const rows = order.map((agency) => ({
    agency,
    cells: provinces.map(({ province, plans }) => ({
      province,
      assigning: plans.filter((p) => p.agencies.some((a) => a.agency === agency.id)).length,
      plans: plans.length,
    })),
  }));
  return { provinces, rows };
}

export interface ProvinceAssignments {
  province: string;
  /** The province's plans, and those that give the body work. */
  plans: number;
  assigning: PlanRecord[];
  /** The roles those plans give it, in ROLE_ORDER. */
  roles: Role[];
}

/** A body's page when it splits: the provinces where some plan gives it work. */
export function agencyByProvince(site: Site, agencyId: string): ProvinceAssignments[] {
  return provinceGroups(site)
    .map(({ province, plans }) => {
      const assigning = plans.filter((p) => p.agencies.some((a) => a.agency === agencyId));
      const roles = ROLE_ORDER.filter((r) => assigning.some((p) => p.agencies.some((a) => a.agency === agencyId && a.role === r)));
      return { province, plans: plans.length, assigning, roles };
    })
    .filter((x) => x.assigning.length > 0);
}

// A province can itself have more plans than a page lists: every commune of a 2025 province
// issuing one. Its own pages (an indicator, a body or the bodies × plans matrix in the province,
// and the province's page) then summarise one row per unit that issued plans — the province
// itself, each district or city before July 2025, each commune after — and link each unit's
// plans, whose pages hold every target and assignment. No page per unit and indicator: their
// number would be indicators × communes.

/** Whether one province's pages summarise by unit rather than list its plans one by one. */
export function splitsByUnit(plans: readonly PlanRecord[]): boolean {
  return plans.length > SPLIT_AT;
}

export interface UnitGroup {
  /** The issuing unit's region id (the province's own id for its own plans). */
  unit: string;
  level: PlanRecord['jurisdiction']['level'];
  /** Its plans, in site order. */
  plans: PlanRecord[];
}

const UNIT_RANK: Record<PlanRecord['jurisdiction']['level'], number> = { national: 0, province: 1, city: 2, district: 2, commune: 3 };

/** A province's plans by issuing unit: provinces first, then districts and cities, then communes, each in alphabetical order. */
export function unitGroups(site: Site, plans: readonly PlanRecord[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const p of plans) {
    const g = groups.get(p.jurisdiction.region);
    if (g) g.plans.push(p);
    else groups.set(p.jurisdiction.region, { unit: p.jurisdiction.region, level: p.jurisdiction.level, plans: [p] });
  }
  const name = (id: string) => site.region(id)?.short ?? id;
  return [...groups.values()].sort((a, b) => UNIT_RANK[a.level] - UNIT_RANK[b.level] || compareNames(name(a.unit), name(b.unit)) || a.unit.localeCompare(b.unit));
}

/** One unit's row on an indicator's page for a province: each plan's headline target for the indicator. */
export interface UnitTargets {
  unit: string;
  level: PlanRecord['jurisdiction']['level'];
  /** Plans of the unit that set a target for the indicator, with the one a row shows (its headline) and how many it has. */
  plans: { plan: PlanRecord; headline: Target; targets: number }[];
  /** Plans of the unit that set none. */
  silent: number;
}

/**
 * An indicator in a province that splits by unit: a row per unit with a plan that sets a target
 * for it. Each plan shows its headline target (the compared year's, else its latest) and links
 * its page, where all its targets are.
 */
export function indicatorByUnit(site: Site, indicator: Indicator, plans: readonly PlanRecord[]): UnitTargets[] {
  const year = comparedYear(site.plans);
  return unitGroups(site, plans)
    .map(({ unit, level, plans: ps }) => {
      const setting = ps.flatMap((plan) => {
        const headline = headlineTarget(plan, indicator.id, year) ?? headlineTarget(plan, indicator.id);
        return headline ? [{ plan, headline, targets: plan.targets.filter((t) => t.indicator === indicator.id).length }] : [];
      });
      return { unit, level, plans: setting, silent: ps.length - setting.length };
    })
    .filter((u) => u.plans.length > 0);
}

/** One unit's row on a body's page for a province: the plans that give the body work, each with its roles and first line. */
export interface UnitAssignments {
  unit: string;
  level: PlanRecord['jurisdiction']['level'];
  plans: { plan: PlanRecord; roles: Role[]; line: number }[];
}

/** A body in a province that splits by unit: a row per unit where some plan gives it work. */
export function agencyByUnit(site: Site, agencyId: string, plans: readonly PlanRecord[]): UnitAssignments[] {
  return unitGroups(site, plans)
    .map(({ unit, level, plans: ps }) => ({
      unit,
      level,
      plans: ps.flatMap((plan) => {
        const es = plan.agencies.filter((a) => a.agency === agencyId);
        if (!es.length) return [];
        return [{ plan, roles: ROLE_ORDER.filter((r) => es.some((e) => e.role === r)), line: Math.min(...es.map((e) => e.line)) }];
      }),
    }))
    .filter((u) => u.plans.length > 0);
}

/** Bodies in a province that splits by unit: how many of its plans and units give each work, most first. */
export function agencyCountsInProvince(site: Site, plans: readonly PlanRecord[], order: readonly AgencyEntry[]): { agency: AgencyEntry; plans: number; units: number }[] {
  return order
    .map((agency) => {
      const assigning = plans.filter((p) => p.agencies.some((a) => a.agency === agency.id));
      return { agency, plans: assigning.length, units: new Set(assigning.map((p) => p.jurisdiction.region)).size };
    })
    .filter((x) => x.plans > 0);
}

/** A province's spread for each indicator some plan of it sets: the province's page when it splits by unit. */
export function indicatorSpreads(site: Site, group: ProvinceGroup): (ProvinceSpread & { indicator: Indicator })[] {
  const year = comparedYear(site.plans);
  return site.indicators.map((indicator) => ({ indicator, ...spreadOf(group, indicator, year) })).filter((x) => x.setting > 0);
}
