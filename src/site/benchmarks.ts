// National and international benchmarks beside the plans: which to draw on a chart, and which
// plan targets are looser than the national target for the same indicator and year.
import type { Target } from '../schema.ts';
import type { Benchmark, BenchmarkTarget, Indicator } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber, formatTarget, comparatorSign, isRelative } from '../i18n/format.ts';
import { isComparable } from './indicators.ts';

/** One figure of one benchmark document. */
export interface BenchmarkFigure extends BenchmarkTarget {
  doc: Benchmark;
  /** Where it was read: the figure's own `read`, else the document's. */
  source: Benchmark['read'];
}

/** Every figure for an indicator, national before international, then by year. */
export function benchmarkFigures(benchmarks: readonly Benchmark[], indicatorId: string): BenchmarkFigure[] {
  return benchmarks
    .flatMap((doc) => doc.targets.filter((t) => t.indicator === indicatorId).map((t) => ({ ...t, doc, source: t.read ?? doc.read })))
    .sort((a, b) => (a.doc.kind === b.doc.kind ? 0 : a.doc.kind === 'national' ? -1 : 1) || a.year - b.year);
}

/**
 * The figures a chart draws: the national ones for the years its targets are set for, and the
 * international ones (one reference whatever the years).
 */
export function chartBenchmarks(figures: readonly BenchmarkFigure[], years: Iterable<number | null>): BenchmarkFigure[] {
  const ys = new Set(years);
  return figures.filter((f) => f.doc.kind === 'international' || ys.has(f.year));
}

/** "QĐ 1493/QĐ-TTg" for a national document, "SDG" for the international one. */
export function benchmarkName(doc: Benchmark, lang: Lang): string {
  if (doc.kind === 'international') return 'SDG';
  return `${lang === 'vi' ? 'QĐ' : 'Decision'} ${doc.number}`;
}

/** The label beside a benchmark line: "QĐ 1493/QĐ-TTg 2025: < 12,5". */
export function benchmarkLabel(f: BenchmarkFigure, lang: Lang): string {
  return `${benchmarkName(f.doc, lang)} ${f.year}: ${comparatorSign(f.comparator, lang)} ${formatNumber(f.value, lang)}`;
}

/** The figure in full, with its unit: "< 12,5‰". */
export function benchmarkTarget(f: BenchmarkFigure, indicator: Indicator, lang: Lang): string {
  return formatTarget({ comparator: f.comparator, value: f.value, unit: indicator.unit }, lang);
}

/**
 * The national figures a plan's target is looser than: same indicator and year, a level target
 * for the whole population in the indicator's unit, and a figure on the wrong side of the
 * national one (higher when lower is better). An equal figure is not looser, whatever the
 * comparator words: "xuống 9‰" and "dưới 9‰" are read as the same ambition.
 */
export function looserThan(target: Target, indicator: Indicator, figures: readonly BenchmarkFigure[]): BenchmarkFigure[] {
  if (target.indicator !== indicator.id || target.year === null || isRelative(target.comparator)) return [];
  if (!isComparable(target, indicator.unit)) return [];
  return figures.filter(
    (f) =>
      f.doc.kind === 'national' &&
      f.indicator === indicator.id &&
      f.year === target.year &&
      (indicator.direction === 'lower' ? target.value > f.value : target.value < f.value),
  );
}

/**
 * Every target of `rows` looser than a national figure, with that figure; the text and its
 * appendix often repeat a target, so one per plan, year, value and document.
 */
export function looserTargets<R extends { plan: { id: string }; target: Target }>(
  rows: readonly R[],
  indicator: Indicator,
  figures: readonly BenchmarkFigure[],
): { row: R; figure: BenchmarkFigure }[] {
  const seen = new Set<string>();
  return rows
    .flatMap((row) => looserThan(row.target, indicator, figures).map((figure) => ({ row, figure })))
    .filter(({ row, figure }) => {
      const key = `${row.plan.id}|${row.target.year}|${row.target.value}|${figure.doc.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
