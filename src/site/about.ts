// The about page's account of its sources. Up to SPLIT_AT plans it lists every document with
// its source file; past that, a summary whose size does not depend on the number of plans (how
// many documents, from how many provinces, at which levels, over which years), leading to the
// plans list by province and to plans.csv, which name each document and its file.
import { LEVELS, type Level, type PlanRecord } from '../schema.ts';
import { REFORM } from '../taxonomy/gazetteer.ts';
import type { Site } from './model.ts';
import { provinceGroups, splitsByProvince } from './split.ts';

export interface AboutSources {
  plans: number;
  provinces: number;
  /** Plans per issuing level, in LEVELS order; levels with none left out. */
  levels: { level: Level; plans: number }[];
  /** The first and last year dated plans were issued in; null when none is dated. */
  years: { first: number; last: number } | null;
  /** The newest issue date (as partial as the document gives it). */
  newest: string | null;
  /** Plans issued on or after the reform of 1 July 2025, shown within the new boundaries. */
  afterReform: number;
  /** Every plan, to list one by one; null past SPLIT_AT. */
  list: readonly PlanRecord[] | null;
}

/** Whether a (partial) issue date falls wholly on or after the reform: "2025" does not, "2025-07" does. */
export function issuedAfterReform(issued: string | null): boolean {
  if (!issued) return false;
  const [y, m = '01', d = '01'] = issued.split('-');
  return `${y}-${m}-${d}` >= REFORM;
}

export function aboutSources(site: Site): AboutSources {
  const dated = site.plans.map((p) => p.issued).filter((d): d is string => d !== null).sort();
  const years = dated.map((d) => Number(d.slice(0, 4)));
  return {
    plans: site.plans.length,
    provinces: provinceGroups(site).length,
    levels: LEVELS.map((level) => ({ level, plans: site.plans.filter((p) => p.jurisdiction.level === level).length })).filter((l) => l.plans > 0),
    years: years.length ? { first: years[0]!, last: years.at(-1)! } : null,
    newest: dated.at(-1) ?? null,
    afterReform: site.plans.filter((p) => issuedAfterReform(p.issued)).length,
    list: splitsByProvince(site) ? null : site.plans,
  };
}
