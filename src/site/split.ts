// Pages that show every plan at once (an indicator's targets, the compare table, the bodies ×
// plans matrix) grow with the corpus. Up to SPLIT_AT plans they show everything; past it they
// summarise one province per row or column and link a page per province with the detail, so
// that a page stays light on a phone whatever the number of plans (bench/README.md, weight).
import type { PlanRecord, Role } from '../schema.ts';
import type { AgencyEntry, Indicator } from '../taxonomy/schemas.ts';
import { ambitionScores } from './compare.ts';
import { ROLE_ORDER } from './agencies.ts';
import { headlineTarget, isComparable } from './indicators.ts';
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

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
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

function headlineValues(plans: readonly PlanRecord[], indicator: Indicator): number[] {
  const out: number[] = [];
  for (const p of plans) {
    const h = headlineTarget(p, indicator.id);
    if (h && isComparable(h, indicator.unit)) out.push(h.value);
  }
  return out;
}

/** An indicator, province by province: the summary an indicator page shows when it splits. */
export function indicatorByProvince(site: Site, indicator: Indicator): ProvinceSpread[] {
  return provinceGroups(site).map(({ province, plans }) => {
    const values = headlineValues(plans, indicator);
    return {
      province,
      plans: plans.length,
      setting: plans.filter((p) => p.targets.some((t) => t.indicator === indicator.id)).length,
      comparable: values.length,
      min: values.length ? Math.min(...values) : null,
      median: median(values),
      max: values.length ? Math.max(...values) : null,
    };
  });
}

export interface ProvinceCell {
  province: string;
  /** The median of the province's comparable headline targets, or null when it has none. */
  median: number | null;
  /** Plans with a comparable headline target, and plans with any target for the indicator. */
  comparable: number;
  setting: number;
  /** 0 … 1 along the row, as in the compare table; null when not comparable. */
  ambition: number | null;
}

export interface ProvinceCompareRow {
  indicator: Indicator;
  cells: ProvinceCell[];
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
      const cells = provinces.map(({ province, plans }) => {
        const values = headlineValues(plans, indicator);
        return {
          province,
          median: median(values),
          comparable: values.length,
          setting: plans.filter((p) => p.targets.some((t) => t.indicator === indicator.id)).length,
          ambition: null as number | null,
        };
      });
      const scores = ambitionScores(cells.map((c) => c.median), indicator.direction);
      cells.forEach((c, i) => (c.ambition = scores[i] ?? null));
      return { indicator, cells };
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
