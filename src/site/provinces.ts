// Shaping for the provinces index and a province's page.
import { countCommitments } from './commitments.ts';
import type { PlanRecord } from '../schema.ts';
import type { Region } from '../taxonomy/schemas.ts';
import { compareTable, type CompareTable } from './compare.ts';
import { plansInProvince, provincesWithPlans, sortPlans, type Site } from './model.ts';

export interface ProvinceView {
  id: string;
  region: Region | undefined;
  /** The province it became part of, with the date, when the taxonomy records a merger. */
  merger: { into: Region | undefined; intoId: string; on: string } | null;
  /** Plans at every level (province, its cities and districts), province first. */
  plans: PlanRecord[];
  /** The plans' targets side by side. */
  table: CompareTable;
  targets: number;
}

export function provinceView(site: Site, id: string): ProvinceView {
  const region = site.region(id);
  const plans = sortPlans(site, plansInProvince(site, id), 'level');
  const merger =
    region?.mergedInto && region.mergedOn
      ? { into: site.region(region.mergedInto), intoId: region.mergedInto, on: region.mergedOn }
      : null;
  return {
    id,
    region,
    merger,
    plans,
    table: compareTable(site, { slug: '', columns: 'level', rows: 'theme' }, plans),
    targets: plans.reduce((n, p) => n + countCommitments(p), 0),
  };
}

export function provinceViews(site: Site): ProvinceView[] {
  return provincesWithPlans(site).map((id) => provinceView(site, id));
}
