// The home page's findings: which charts, in which order, each with its data.
import type { Indicator } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Chart } from '../charts/render.ts';
import { targetsPerPlanChart } from '../charts/targets-per-plan.ts';
import { documentList, hasLevelTargets, indicatorChart, targetsPerPlan, targetsPerPlanFinding } from './findings.ts';
import type { TargetRow } from './indicators.ts';
import type { Site } from './model.ts';

/** The indicators a reporter asks about first; those no plan sets a level target for are skipped. */
export const HOME_INDICATORS = [
  'maternal_mortality_ratio',
  'neonatal_mortality_rate',
  'under5_mortality_rate',
  'stunting_under5',
  'antenatal_care_4_visits',
] as const;

export interface HomeChart {
  chart: Chart;
  indicator: Indicator | null;
  rows: TargetRow[] | null;
}

export function homeCharts(site: Site, colors: ReadonlyMap<string, string>, lang: Lang): HomeChart[] {
  const out: HomeChart[] = [];
  for (const id of HOME_INDICATORS) {
    const indicator = site.indicator(id);
    if (!indicator || !hasLevelTargets(site, id)) continue;
    const { chart, rows } = indicatorChart(site, indicator, colors, lang);
    if (chart) out.push({ chart, indicator, rows });
  }
  const counts = targetsPerPlan(site, lang);
  const perPlan = targetsPerPlanChart(counts, colors, lang, {
    title: targetsPerPlanFinding(counts, lang),
    source: documentList(site, site.plans, lang),
  });
  // Silence leads when some plan sets no target at all; otherwise it closes the list.
  if (perPlan) {
    const silent = counts.some((c) => c.targets === 0);
    const item = { chart: perPlan, indicator: null, rows: null };
    if (silent) out.unshift(item);
    else out.push(item);
  }
  return out;
}
