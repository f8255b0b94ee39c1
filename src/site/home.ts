// The home page's findings: which charts, in which order, each with its data. The home page
// stays the same size whatever the number of plans: each chart draws at most HOME_ROWS rows
// (the extremes), the plans list at most HOME_PLANS plans; titles are computed over all plans.
import type { PlanRecord } from '../schema.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import type { Chart } from '../charts/render.ts';
import { targetsPerPlanChart } from '../charts/targets-per-plan.ts';
import { alreadyMetNote, documentList, findingNote, hasLevelTargets, indicatorChart, targetsPerPlan, targetsPerPlanFinding, type PlanCount } from './findings.ts';
import { comparedYear, headlineTarget, isComparable, type TargetRow } from './indicators.ts';
import type { Site } from './model.ts';
import type { BenchmarkFigure } from './benchmarks.ts';

/** The indicators a reporter asks about first; those no plan sets a level target for are skipped. */
export const HOME_INDICATORS = [
  'maternal_mortality_ratio',
  'neonatal_mortality_rate',
  'under5_mortality_rate',
  'stunting_under5',
  'antenatal_care_4_visits',
] as const;

/** At most this many rows in a home chart and its table. */
export const HOME_ROWS = 10;
/** At most this many plans in the home page's list of plans. */
export const HOME_PLANS = 10;

export interface HomeChart {
  chart: Chart;
  indicator: Indicator | null;
  rows: TargetRow[] | null;
  /** Plans behind the finding: those setting a target for the indicator, or every plan. */
  plans: number;
  /** How many plans of each end the chart draws, when it draws a selection; null when it draws them all. */
  extremes: { most: number; least: number } | null;
  /** The sentence under the chart: how many plans in all, and which ones are drawn. */
  note: string;
  /** The targets already met at their plan's own baseline, said under the chart; empty when none is. */
  met: string;
  /** The benchmark lines drawn (an indicator's chart), and the documents drawn (the targets-per-plan chart): for the chart's CSV. */
  benchmarks: BenchmarkFigure[];
  counts: PlanCount[] | null;
}

/** Split a selection of `limit` into its two ends: the larger half goes to the top. */
function halves(limit: number): [number, number] {
  const top = Math.ceil(limit / 2);
  return [top, limit - top];
}

/**
 * The rows a home chart draws: all of them when they fit in `limit`; otherwise each plan's
 * headline target (see headlineTarget), most ambitious plans first, then the least ambitious,
 * half the limit each. Ties keep the rows' order, so the plans a finding names (the first
 * best and the first worst in that order, see targetSpread) are always among those drawn.
 */
export function extremeRows(rows: readonly TargetRow[], indicator: Indicator, limit = HOME_ROWS): { rows: TargetRow[]; extremes: { most: number; least: number } | null } {
  if (rows.length <= limit) return { rows: [...rows], extremes: null };
  const year = comparedYear([...new Set(rows.map((r) => r.plan))]);
  const heads: TargetRow[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.plan.id)) continue;
    seen.add(r.plan.id);
    const h = headlineTarget(r.plan, indicator.id, year);
    if (!h || !isComparable(h, indicator.unit, r.plan)) continue;
    const row = rows.find((x) => x.target === h);
    if (row) heads.push(row);
  }
  const sign = indicator.direction === 'lower' ? 1 : -1;
  // Array.prototype.sort is stable: equal values keep the rows' order.
  const bestFirst = [...heads].sort((a, b) => sign * (a.target.value - b.target.value));
  const [top, bottom] = halves(Math.min(limit, heads.length));
  if (heads.length <= limit) return { rows: bestFirst, extremes: { most: top, least: bottom } };
  const worstFirst = [...heads].sort((a, b) => sign * (b.target.value - a.target.value));
  const most = bestFirst.slice(0, top);
  const least = worstFirst.slice(0, bottom).reverse();
  return { rows: [...most, ...least], extremes: { most: most.length, least: least.length } };
}

/**
 * The documents a home chart of targets per plan draws: all of them when they fit in `limit`;
 * otherwise those that set the most targets, then those that set the fewest, half the limit
 * each, in decreasing order. Ties keep the site's order, as targetsPerPlanFinding does.
 */
export function extremeCounts(counts: readonly PlanCount[], limit = HOME_ROWS): { counts: PlanCount[]; extremes: { most: number; least: number } | null } {
  if (counts.length <= limit) return { counts: [...counts], extremes: null };
  const [top, bottom] = halves(limit);
  const most = [...counts].sort((a, b) => b.targets - a.targets).slice(0, top);
  const fewest = [...counts].sort((a, b) => a.targets - b.targets).slice(0, bottom).reverse();
  return { counts: [...most, ...fewest], extremes: { most: most.length, least: fewest.length } };
}

/**
 * The plans the home page lists: all of them when they fit in `limit`; otherwise the most
 * recently issued (undated ones only to fill up), in the site's order.
 */
export function recentPlans(site: Site, limit = HOME_PLANS): PlanRecord[] {
  if (site.plans.length <= limit) return [...site.plans];
  const dated = site.plans.filter((p) => p.issued !== null);
  const pick = dated.slice(-limit);
  const undated = site.plans.filter((p) => p.issued === null);
  const ids = new Set([...pick, ...undated.slice(0, limit - pick.length)].map((p) => p.id));
  return site.plans.filter((p) => ids.has(p.id));
}

export function homeCharts(site: Site, colors: ReadonlyMap<string, string>, lang: Lang, limit = HOME_ROWS): HomeChart[] {
  const s = t(lang).home;
  const out: HomeChart[] = [];
  for (const id of HOME_INDICATORS) {
    const indicator = site.indicator(id);
    if (!indicator || !hasLevelTargets(site, id)) continue;
    const picked: { extremes: HomeChart['extremes'] } = { extremes: null };
    const { chart, rows, all, benchmarks } = indicatorChart(site, indicator, colors, lang, (all) => {
      const x = extremeRows(all, indicator, limit);
      picked.extremes = x.extremes;
      return x.rows;
    });
    if (!chart) continue;
    const plans = new Set(all.map((r) => r.plan.id)).size;
    const e = picked.extremes;
    const note = [e ? `${s.indicatorPlans(plans)} ${s.indicatorExtremes(e.most, e.least)}` : s.indicatorPlans(plans), findingNote(site, indicator, lang, all, limit)].filter(Boolean).join(' ');
    out.push({ chart, indicator, rows, plans, extremes: e, note, met: alreadyMetNote(all, lang, limit), benchmarks, counts: null });
  }
  const counts = targetsPerPlan(site, lang);
  const shown = extremeCounts(counts, limit);
  const perPlan = targetsPerPlanChart(shown.counts, colors, lang, {
    title: targetsPerPlanFinding(counts, lang),
    source: documentList(site, shown.counts.map((c) => c.plan), lang),
  });
  // Silence leads when some plan sets no target at all; otherwise it closes the list.
  if (perPlan) {
    const silent = counts.some((c) => c.targets === 0);
    const e = shown.extremes;
    const note = e ? s.documentsExtremes(counts.length, e.most, e.least) : s.documentsAll(counts.length);
    const item: HomeChart = { chart: perPlan, indicator: null, rows: null, plans: counts.length, extremes: e, note, met: '', benchmarks: [], counts: shown.counts };
    if (silent) out.unshift(item);
    else out.push(item);
  }
  return out;
}
