// Shaping for the indicators index and an indicator's page: every plan's targets on one axis.
import { isImpossible } from '../convert/flags.ts';
import { commitmentOf, commitmentsOf, type Problem } from './commitments.ts';
import type { PlanRecord, Target } from '../schema.ts';
import { THEMES, type Indicator, type Theme } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { isRelative } from '../i18n/format.ts';
import { issuerKind, issuerType, planKind } from './issuer.ts';
import { type Site, planLabels, regionName, regionShort, sortPlans } from './model.ts';

export interface IndicatorSummary {
  indicator: Indicator;
  /** Plans with at least one target for the indicator. */
  plans: number;
  targets: number;
}

export interface ThemeGroup {
  theme: Theme;
  indicators: IndicatorSummary[];
}

/** The index: themes in fixed order, indicators in taxonomy order within each. */
export function indicatorsByTheme(site: Site): ThemeGroup[] {
  return THEMES.map((theme) => ({
    theme,
    indicators: site.indicators
      .filter((i) => i.theme === theme)
      .map((indicator) => {
        const cs = site.plans.flatMap((p) => commitmentsOf(p).filter((c) => c.indicator === indicator.id).map(() => p.id));
        return { indicator, plans: new Set(cs).size, targets: cs.length };
      }),
  })).filter((g) => g.indicators.length > 0);
}

export interface TargetRow {
  plan: PlanRecord;
  target: Target;
  /** Short label of the plan ("Vĩnh Phúc 2023–2025"). */
  planLabel: string;
  /** Short name of the jurisdiction ("TP Bắc Kạn"). */
  place: string;
  /** Full name with its level word ("thành phố Bắc Kạn" / "Bac Kan city"). */
  jurisdiction: string;
  level: PlanRecord['jurisdiction']['level'];
  /** Level and issuer type ("cấp tỉnh · Sở Y tế"). */
  kind: string;
  /**
   * The issuer type when it is not the people's committee of the jurisdiction ("Sở Y tế",
   * "Chủ tịch UBND tỉnh"), said beside the jurisdiction where space is short (chart rows); null otherwise.
   */
  issuer: string | null;
  province: string;
}

/**
 * Every target for an indicator across plans (all, or a province's), grouped so that a
 * province's plans sit together (province, then its cities and districts), then by year and line.
 */
export function indicatorTargetRows(site: Site, indicatorId: string, lang: Lang, scope: readonly PlanRecord[] = site.plans): TargetRow[] {
  const labels = planLabels(site, lang);
  const plans = sortPlans(site, scope, 'province');
  return plans.flatMap((plan) =>
    plan.targets
      .filter((t) => t.indicator === indicatorId)
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || a.line - b.line)
      .map((target) => ({
        plan,
        target,
        planLabel: labels.get(plan.id)!,
        place: regionShort(site, plan.jurisdiction.region, lang),
        jurisdiction: regionName(site, plan.jurisdiction.region, lang),
        level: plan.jurisdiction.level,
        kind: planKind(plan, lang),
        issuer: issuerKind(plan.issuer) === 'committee' ? null : issuerType(plan, lang),
        province: plan.jurisdiction.province,
      })),
  );
}

/** Plans that set no target for the indicator: silence is news too. */
export function plansWithoutIndicator(site: Site, indicatorId: string, scope: readonly PlanRecord[] = site.plans): PlanRecord[] {
  return scope.filter((p) => !p.targets.some((t) => t.indicator === indicatorId));
}

/**
 * Rows for the chart: absolute targets only (a change from a baseline has no place on a level
 * axis), and one point when the text and the appendix give the same figure for the same year.
 */
export function chartRows(rows: readonly TargetRow[]): TargetRow[] {
  const seen = new Set<string>();
  const out: TargetRow[] = [];
  for (const r of rows) {
    if (isRelative(r.target.comparator)) continue;
    const t = r.target;
    const key = [r.plan.id, t.year, t.group, t.comparator, t.value].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

/**
 * The year plans are compared in: the target year most plans set targets for (the latest of
 * equals), so that a 2024 target is never ranked beside a 2025 one. Null when no target has a year.
 */
export function comparedYear(plans: readonly PlanRecord[]): number | null {
  // Asked of the site's plans for every province and indicator of a split page: counted once per list.
  if (comparedYears.has(plans)) return comparedYears.get(plans)!;
  const year = countComparedYear(plans);
  comparedYears.set(plans, year);
  return year;
}

const comparedYears = new WeakMap<readonly PlanRecord[], number | null>();

function countComparedYear(plans: readonly PlanRecord[]): number | null {
  const count = plansPerYear(plans);
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && y > best)) best = y;
  return best;
}

/** How many plans set targets for each target year. */
function plansPerYear(plans: readonly PlanRecord[]): Map<number, number> {
  const count = new Map<number, number>();
  for (const p of plans) for (const y of new Set(p.targets.map((t) => t.year))) if (y !== null) count.set(y, (count.get(y) ?? 0) + 1);
  return count;
}

/** Target years that at least two plans set targets for, in order: each has a compare page of its own. */
export function sharedYears(plans: readonly PlanRecord[]): number[] {
  return [...plansPerYear(plans)].filter(([, n]) => n >= 2).map(([y]) => y).sort((a, b) => a - b);
}

/**
 * The plan's headline target for an indicator: the main (not subgroup) level target for the
 * year given (or the latest year), the text's before the appendix's; a relative or subgroup
 * target only when the plan has nothing else.
 */
export function headlineTarget(plan: PlanRecord, indicatorId: string, year?: number | null): Target | undefined {
  const ts = plan.targets.filter((t) => t.indicator === indicatorId && (year === undefined || t.year === year));
  const rank = (t: Target) => [t.group === null ? 0 : 1, isRelative(t.comparator) ? 1 : 0, -(t.year ?? 0), t.source === 'text' ? 0 : 1, t.line];
  return ts.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return 0;
  })[0];
}

/**
 * Whether a target can be ranked against others: a level (not a change) for the whole
 * population, in a possible range (a percentage above 100 is flagged, not celebrated).
 */
export function isComparable(t: Target, unit: Indicator['unit'], plan?: PlanRecord): boolean {
  if (isRelative(t.comparator) || t.group !== null || t.unit !== unit || isImpossible(t)) return false;
  return !plan || commitmentOf(plan, t).problem === null;
}

/** Why a plan's headline target is left out of rankings, when it is: an impossible figure or a text/annex conflict. */
export function problemOf(plan: PlanRecord, t: Target): Problem | null {
  return commitmentOf(plan, t).problem;
}

export interface Spread {
  /** The most ambitious headline target (lowest when lower is better). */
  best: { row: TargetRow; value: number };
  /** The least ambitious one. */
  worst: { row: TargetRow; value: number };
  plans: number;
  /** worst / best, when both are positive. */
  ratio: number | null;
  /** The year compared (see comparedYear). */
  year: number | null;
  /** Plans whose target for the year is left out, and why. */
  excluded: { row: TargetRow; problem: Problem }[];
}

/**
 * How far apart the plans' headline targets are. Only level targets for the whole population
 * count, one per plan.
 */
export function targetSpread(rows: readonly TargetRow[], indicator: Indicator, year: number | null = comparedYear([...new Set(rows.map((r) => r.plan))])): Spread | null {
  const perPlan = new Map<string, TargetRow>();
  const excluded: Spread['excluded'] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.plan.id)) continue;
    seen.add(r.plan.id);
    const h = headlineTarget(r.plan, indicator.id, year);
    if (!h) continue;
    const row = rows.find((x) => x.target === h) ?? r;
    const problem = problemOf(r.plan, h);
    if (problem) excluded.push({ row, problem });
    if (!isComparable(h, indicator.unit, r.plan)) continue;
    perPlan.set(r.plan.id, row);
  }
  const heads = [...perPlan.values()];
  if (heads.length === 0) return null;
  const better = (a: number, b: number) => (indicator.direction === 'lower' ? a < b : a > b);
  let best = heads[0]!;
  let worst = heads[0]!;
  for (const r of heads) {
    if (better(r.target.value, best.target.value)) best = r;
    if (better(worst.target.value, r.target.value)) worst = r;
  }
  const [lo, hi] = [best.target.value, worst.target.value].sort((a, b) => a - b) as [number, number];
  return {
    best: { row: best, value: best.target.value },
    worst: { row: worst, value: worst.target.value },
    plans: heads.length,
    ratio: lo > 0 ? hi / lo : null,
    year,
    excluded,
  };
}
