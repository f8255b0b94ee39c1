// Sentences a reporter could quote, computed from the records: chart titles state the finding.
import type { PlanRecord } from '../schema.ts';
import { commitmentOf, countCommitments, metAtBaseline } from './commitments.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber, formatTarget, formatValue, isRelative } from '../i18n/format.ts';
import { t } from '../i18n/strings.ts';
import type { Chart } from '../charts/render.ts';
import { targetStripChart } from '../charts/target-strip.ts';
import { indicatorTargetRows, targetSpread, type TargetRow } from './indicators.ts';
import { docTypeName, planLabels, type Site } from './model.ts';
import { benchmarkFigures, benchmarkLabel, benchmarkName, chartBenchmarks, type BenchmarkFigure } from './benchmarks.ts';

/** The finding an indicator's chart states in its title. */
export function indicatorFinding(site: Site, indicator: Indicator, lang: Lang, rows?: readonly TargetRow[]): string {
  const s = t(lang).findings;
  const all = rows ?? indicatorTargetRows(site, indicator.id, lang);
  if (all.length === 0) return s.nothing;
  const spread = targetSpread(all, indicator);
  if (!spread) return s.onlyRelative(new Set(all.map((r) => r.plan.id)).size);
  const fmt = (r: TargetRow) => formatTarget(r.target, lang);
  const { best, worst } = spread;
  if (spread.plans === 1) return s.only(best.row.place, fmt(best.row));
  if (best.value === worst.value) return s.same(spread.plans, fmt(best.row));
  if (spread.ratio !== null && spread.ratio >= 1.5) {
    const ratio = formatNumber(Math.round(spread.ratio * 10) / 10, lang);
    return s.spread(ratio, fmt(best.row), best.row.place, fmt(worst.row), worst.row.place);
  }
  return s.range(fmt(best.row), best.row.place, fmt(worst.row), worst.row.place);
}

/**
 * The line under a finding: the year compared, and which plans' targets are left out and why
 * ("Lạng Giang (> 95%, > 99%: text and appendix disagree)"). Empty when nothing is compared.
 */
export function findingNote(site: Site, indicator: Indicator, lang: Lang, rows?: readonly TargetRow[], limit = Infinity): string {
  const s = t(lang).findings;
  const all = rows ?? indicatorTargetRows(site, indicator.id, lang);
  const spread = targetSpread(all, indicator);
  if (!spread) return '';
  const left = spread.excluded.map(({ row, problem }) => {
    const figures = commitmentOf(row.plan, row.target).targets.map((x) => formatTarget(x, lang));
    return `${row.place} (${[...new Set(figures)].join(', ')}: ${s.problem[problem]})`;
  });
  return [spread.year !== null ? s.compared(spread.year) : '', left.length ? s.excluded(boundedList(left, limit, lang)) : ''].filter(Boolean).join(' ');
}

/** Each commitment among the rows that the plan's own baseline already meets (one row per commitment), with that baseline. */
export function alreadyMet(rows: readonly TargetRow[]): { row: TargetRow; baseline: { value: number; year: number } }[] {
  const seen = new Set<string>();
  const out: { row: TargetRow; baseline: { value: number; year: number } }[] = [];
  for (const row of rows) {
    const c = commitmentOf(row.plan, row.target);
    const key = [row.plan.id, c.indicator, c.year, c.group].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const baseline = metAtBaseline(c);
    if (baseline) out.push({ row, baseline });
  }
  return out;
}

/** "Already met at the plan's own baseline: Lạng Giang sets < 9.5‰ for 2025 with 2.7‰ already in 2023." Empty when none is. */
export function alreadyMetNote(rows: readonly TargetRow[], lang: Lang, limit = Infinity): string {
  const s = t(lang).findings;
  const met = alreadyMet(rows);
  if (met.length === 0) return '';
  const items = met.map(({ row, baseline }) =>
    s.metItem(row.place, formatTarget(row.target, lang), row.target.year === null ? '' : `${row.target.year}`, formatValue(baseline.value, row.target.unit, lang), baseline.year),
  );
  return s.alreadyMet(boundedList(items, limit, lang));
}

/**
 * Items joined by "; ", at most `limit` of them and then how many more: a page that summarises
 * (the home page) cannot list every plan of a site of thousands within its budget.
 */
function boundedList(items: readonly string[], limit: number, lang: Lang): string {
  if (items.length <= limit) return items.join('; ');
  return `${items.slice(0, limit).join('; ')}; ${t(lang).findings.andMore(items.length - limit)}`;
}

/** "Quyết định (TP Bắc Kạn 2021–2025); Kế hoạch (Lạng Giang 2024–2025)": the documents behind a chart. */
export function documentList(site: Site, plans: readonly PlanRecord[], lang: Lang): string {
  const labels = planLabels(site, lang);
  const ids = new Set(plans.map((p) => p.id));
  return site.plans
    .filter((p) => ids.has(p.id))
    .map((p) => `${docTypeName(p.docType, lang)}${p.number ? ` ${p.number}` : ''} (${labels.get(p.id)})`)
    .join('; ');
}

export interface PlanCount {
  plan: PlanRecord;
  label: string;
  targets: number;
}

export function targetsPerPlan(site: Site, lang: Lang): PlanCount[] {
  const labels = planLabels(site, lang);
  return site.plans.map((plan) => ({ plan, label: labels.get(plan.id)!, targets: countCommitments(plan) }));
}

/** The documents behind a chart, then the benchmarks it draws. */
function chartSources(site: Site, rows: readonly TargetRow[], drawn: readonly BenchmarkFigure[], lang: Lang): string {
  const docs = documentList(site, rows.map((r) => r.plan), lang);
  const names = [...new Set(drawn.map((f) => benchmarkName(f.doc, lang)))];
  return names.length === 0 ? docs : `${docs}; ${t(lang).benchmarks.sourceLine(names.join(', '))}`;
}

/** Up to this many silent documents are named in a title; more are counted. */
export const SILENT_NAMED = 3;

/** The finding of the targets-per-plan chart: who sets none, else who sets the most. */
export function targetsPerPlanFinding(counts: readonly PlanCount[], lang: Lang): string {
  const s = t(lang).findings;
  const silent = counts.filter((c) => c.targets === 0);
  const conj = lang === 'vi' ? ' và ' : ' and ';
  if (silent.length > SILENT_NAMED) return s.targetsPerPlanSilent(silent.length);
  if (silent.length > 0) return s.targetsPerPlan(silent.map((c) => c.label).join(conj));
  const most = [...counts].sort((a, b) => b.targets - a.targets)[0];
  return most ? s.targetsPerPlanAll(most.label, most.targets) : s.nothing;
}

/** Indicators with at least one level target, for charts; relative-only indicators are left out. */
export function hasLevelTargets(site: Site, indicatorId: string, scope: readonly PlanRecord[] = site.plans): boolean {
  return scope.some((p) => p.targets.some((x) => x.indicator === indicatorId && !isRelative(x.comparator)));
}

/** What indicatorChart draws, without drawing it (a chart's CSV needs no more). */
export function indicatorChartRows(
  site: Site,
  indicator: Indicator,
  lang: Lang,
  pick: (rows: TargetRow[]) => TargetRow[] = (rows) => rows,
  scope: readonly PlanRecord[] = site.plans,
): { rows: TargetRow[]; all: TargetRow[]; benchmarks: BenchmarkFigure[] } {
  const all = indicatorTargetRows(site, indicator.id, lang, scope);
  const rows = pick(all);
  return { rows, all, benchmarks: chartBenchmarks(benchmarkFigures(site.benchmarks, indicator.id), rows.map((r) => r.target.year)) };
}

/**
 * The strip chart of one indicator, titled with its finding over the plans in `scope` (every
 * plan by default, or a province's) and sourced to the documents it draws. `pick` chooses the
 * rows drawn (all by default); `rows` are those rows, `all` every row of the indicator in scope.
 */
export function indicatorChart(
  site: Site,
  indicator: Indicator,
  colors: ReadonlyMap<string, string>,
  lang: Lang,
  pick: (rows: TargetRow[]) => TargetRow[] = (rows) => rows,
  scope: readonly PlanRecord[] = site.plans,
): { chart: Chart | null; rows: TargetRow[]; all: TargetRow[]; benchmarks: BenchmarkFigure[] } {
  const { all, rows, benchmarks: drawn } = indicatorChartRows(site, indicator, lang, pick, scope);
  const chart = targetStripChart(
    indicator,
    rows,
    colors,
    lang,
    { title: indicatorFinding(site, indicator, lang, all), source: chartSources(site, rows, drawn, lang) },
    drawn.map((f) => ({ value: f.value, label: benchmarkLabel(f, lang) })),
  );
  return { chart, rows, all, benchmarks: drawn };
}
