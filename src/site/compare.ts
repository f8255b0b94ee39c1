// Indicators × plans: each plan's headline target per indicator, shaded by ambition along the
// row, in fixed orders that are pre-rendered as separate pages (no JavaScript needed).
import { commitmentsOf } from './commitments.ts';
import type { PlanRecord, Target } from '../schema.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import { comparedYear, headlineTarget, isComparable, sharedYears } from './indicators.ts';
import { sortPlans, type ColumnOrder, type Site } from './model.ts';

export type { ColumnOrder };
export type RowOrder = 'theme' | 'coverage';

export interface CompareOrder {
  /** URL segment under /so-sanh/; '' for the default page. */
  slug: string;
  columns: ColumnOrder;
  rows: RowOrder;
}

export const COMPARE_ORDERS: readonly CompareOrder[] = [
  { slug: '', columns: 'issued', rows: 'theme' },
  { slug: 'theo-ten', columns: 'name', rows: 'theme' },
  { slug: 'theo-cap', columns: 'level', rows: 'theme' },
  { slug: 'theo-so-chi-tieu', columns: 'targets', rows: 'theme' },
  { slug: 'chi-tieu-pho-bien', columns: 'issued', rows: 'coverage' },
];

export interface CompareCell {
  planId: string;
  target: Target | null;
  /** Other commitments the plan makes for the indicator (other years, subgroups). */
  more: number;
  /** 0 (least ambitious in the row) … 1 (most); null when not comparable. */
  ambition: number | null;
}

export interface CompareRow {
  indicator: Indicator;
  cells: CompareCell[];
  plans: number;
  /** The row's shading scale: the value shaded palest and the one shaded darkest; null when nothing is shaded. */
  scale: HeatScale | null;
}

/** A row's linear shading scale: `pale` (the least ambitious value, shade 0) to `dark` (the most ambitious, the darkest shade). */
export interface HeatScale {
  pale: number;
  dark: number;
}

/** The two ends of a row's scale (see ambitionScores); null when fewer than two values are comparable. */
export function heatScale(values: readonly (number | null)[], direction: Indicator['direction']): HeatScale | null {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 2) return null;
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return direction === 'lower' ? { pale: hi, dark: lo } : { pale: lo, dark: hi };
}

export interface CompareTable {
  /** The target year every cell is for. */
  year: number | null;
  columns: PlanRecord[];
  rows: CompareRow[];
}

/** The site path of the compare page for a target year: the default year's is /so-sanh/ itself. */
export function compareYearRoute(site: Site, year: number): string {
  return year === comparedYear(site.plans) ? '/so-sanh/' : `/so-sanh/nam-${year}/`;
}

/** The target years the compare pages offer: every year two plans share, and the default year. */
export function compareYears(site: Site): number[] {
  const main = comparedYear(site.plans);
  return [...new Set([...sharedYears(site.plans), ...(main === null ? [] : [main])])].sort((a, b) => a - b);
}

/** The years with a compare page of their own (besides the default year's, /so-sanh/). */
export function compareYearPages(site: Site): number[] {
  const main = comparedYear(site.plans);
  return compareYears(site).filter((y) => y !== main);
}

/**
 * Ambition of each value along a row, linear in the value: 0 for the least ambitious, 1 for the
 * most (lowest when lower is better), so that a shade stands for a range of values, not a rank.
 * Values in another unit than the indicator's, relative targets and lone values get null.
 */
export function ambitionScores(values: readonly (number | null)[], direction: Indicator['direction']): (number | null)[] {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length < 2) return values.map(() => null);
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  if (hi === lo) return values.map((v) => (v === null ? null : 0.5));
  return values.map((v) => (v === null ? null : direction === 'lower' ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo)));
}

export function compareTable(
  site: Site,
  order: CompareOrder,
  plans: readonly PlanRecord[] = site.plans,
  /** Like with like: every cell is a target for this year (by default the year most plans share). */
  year: number | null = comparedYear(site.plans),
): CompareTable {
  const columns = sortPlans(site, plans, order.columns);
  const rows = site.indicators
    .map((indicator) => {
      const heads = columns.map((p) => headlineTarget(p, indicator.id, year) ?? null);
      const comparable = heads.map((t, i) => (t && isComparable(t, indicator.unit, columns[i]) ? t.value : null));
      const scores = ambitionScores(comparable, indicator.direction);
      const cells = columns.map((p, i) => ({
        planId: p.id,
        target: heads[i] ?? null,
        more: commitmentsOf(p).filter((c) => c.indicator === indicator.id).length - (heads[i] ? 1 : 0),
        ambition: scores[i] ?? null,
      }));
      return { indicator, cells, plans: cells.filter((c) => c.target).length, scale: heatScale(comparable, indicator.direction) };
    })
    .filter((r) => r.plans > 0);
  if (order.rows === 'coverage') {
    const pos = new Map(site.indicators.map((x, i) => [x.id, i]));
    rows.sort((a, b) => b.plans - a.plans || pos.get(a.indicator.id)! - pos.get(b.indicator.id)!);
  }
  return { year, columns, rows };
}

/** Number of shades on the heat scale; the stylesheet defines .heat-0 … .heat-5. */
export const HEAT_LEVELS = 6;

/**
 * The shade of an ambition score, 0 (pale) … HEAT_LEVELS-1 (dark), or null when not comparable.
 * Classes rather than inline colours keep the Content-Security-Policy free of inline styles.
 */
export function heatLevel(score: number | null): number | null {
  if (score === null) return null;
  return Math.min(HEAT_LEVELS - 1, Math.floor(score * HEAT_LEVELS));
}
