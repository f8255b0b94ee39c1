// Shaping for the provinces index and a province's page.
import { countCommitments } from './commitments.ts';
import type { PlanRecord } from '../schema.ts';
import type { Region } from '../taxonomy/schemas.ts';
import { compareTable, type CompareTable } from './compare.ts';
import { plansInProvince, provincesWithPlans, sortPlans, type Site } from './model.ts';
import { splitsByUnit } from './split.ts';

export interface ProvinceView {
  id: string;
  region: Region | undefined;
  /** The province it became part of, with the date, when the taxonomy records a merger. */
  merger: { into: Region | undefined; intoId: string; on: string } | null;
  /** Plans at every level (province, its cities and districts), province first. */
  plans: PlanRecord[];
  /**
   * The plans' targets side by side, computed when asked (the provinces index does not); null
   * when the province has more plans than a page lists (split.ts, splitsByUnit).
   */
  readonly table: CompareTable | null;
  targets: number;
}

export function provinceView(site: Site, id: string): ProvinceView {
  const region = site.region(id);
  const plans = sortPlans(site, plansInProvince(site, id), 'level');
  const merger =
    region?.mergedInto && region.mergedOn
      ? { into: site.region(region.mergedInto), intoId: region.mergedInto, on: region.mergedOn }
      : null;
  let table: CompareTable | null | undefined;
  return {
    id,
    region,
    merger,
    plans,
    get table() {
      table ??= splitsByUnit(plans) ? null : compareTable(site, { slug: '', columns: 'level', rows: 'theme' }, plans);
      return table;
    },
    targets: plans.reduce((n, p) => n + countCommitments(p), 0),
  };
}

export function provinceViews(site: Site): ProvinceView[] {
  return provincesWithPlans(site).map((id) => provinceView(site, id));
}

export interface SuccessorGroup {
  /** The 2025 province. */
  id: string;
  region: Region | undefined;
  /** Provinces with plans that became part of it. */
  from: ProvinceView[];
}

/**
 * The provinces with plans grouped by the 2025 province each became part of, so that a plan of
 * a unit that no longer exists is found under the one that holds it now.
 */
export function bySuccessor(site: Site, views: readonly ProvinceView[]): SuccessorGroup[] {
  const groups = new Map<string, ProvinceView[]>();
  for (const v of views) if (v.merger) groups.set(v.merger.intoId, [...(groups.get(v.merger.intoId) ?? []), v]);
  return [...groups].map(([id, from]) => ({ id, region: site.region(id), from }));
}
