// Pages that show every plan at once (an indicator's targets, a body's assignments, the compare
// table, the bodies × plans matrix, the plans list) grow with the corpus. Up to SPLIT_AT plans
// they show everything; past it they summarise one province per row or column and link a page
// per province with the detail, so that a page stays light on a phone whatever the number of
// plans (bench/README.md, weight).
import { median as d3median } from 'd3';
import type { PlanRecord, Role } from '../schema.ts';
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
  return provincesWithPlans(site).map((province) => ({ province, plans: plansInProvince(site, province) }));
}

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
