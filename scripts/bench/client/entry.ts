// The client-rendered alternative: the indicator page without its inline SVG, which fetches
// the chart's data and draws it with Plot in the browser, the way client-rendered data apps do.
import { targetStripChart } from '../../../src/charts/target-strip.ts';
import { NARROW, WIDE } from '../../../src/charts/render.ts';
import type { TargetRow } from '../../../src/site/indicators.ts';
import type { PlanRecord, Target } from '../../../src/schema.ts';
import type { Indicator } from '../../../src/taxonomy/schemas.ts';
import type { Lang } from '../../../src/i18n/lang.ts';

export interface ChartData {
  indicator: Indicator;
  /** Each plan's id and its targets for the indicator. */
  plans: { id: string; targets: Target[] }[];
  /** The chart's rows, each naming its plan by id and its target by position among the plan's. */
  rows: (Omit<TargetRow, 'plan' | 'target'> & { plan: string; target: number })[];
  colors: [string, string][];
  lang: Lang;
  text: { title: string; source: string };
}

// The same breakpoint as site.css (36rem at the default 16 px).
const wide = !matchMedia('(max-width: 36rem)').matches;
window.chartWidth = wide ? WIDE : NARROW;
const data = (await (await fetch('/_bench/data.json')).json()) as ChartData;
const plans = new Map(data.plans.map((p) => [p.id, p as PlanRecord]));
const rows: TargetRow[] = data.rows.map((r) => {
  const plan = plans.get(r.plan)!;
  return { ...r, plan, target: plan.targets[r.target]! };
});
const chart = targetStripChart(data.indicator, rows, new Map(data.colors), data.lang, data.text);
const slot = document.querySelector(wide ? '#bieu-do .chart-wide' : '#bieu-do .chart-narrow');
if (chart && slot) slot.innerHTML = wide ? chart.svg : chart.svgNarrow;
