// One indicator, every plan's target on one axis: a row per plan and year, the comparator
// drawn (open circle for a strict bound, filled for an inclusive one or an exact value, an
// arrow for the side the target allows), the baseline marked, everything labelled in place.
import * as Plot from '@observablehq/plot';
import type { Comparator } from '../schema.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatCompact, formatNumber, formatTarget, unitLabel } from '../i18n/format.ts';
import { t } from '../i18n/strings.ts';
import { chartRows, type TargetRow } from '../site/indicators.ts';
import { colorOf } from '../site/colors.ts';
import { commitmentOf, type Problem } from '../site/commitments.ts';
import { chartDocument, finishSvg, NARROW, WIDE, type Chart } from './render.ts';

export interface StripPoint {
  key: string;
  rowLabel: string;
  value: number;
  comparator: Comparator;
  /** Compact, for the chart: the unit is on the axis. */
  valueLabel: string;
  color: string;
  baseline: number | null;
  baselineLabel: string | null;
  description: string;
  /** Why the figure is left out of comparisons (impossible, text/annex conflict): marked, not ranked. */
  problem: Problem | null;
}

const ARROW_LEFT: ReadonlySet<Comparator> = new Set(['lt', 'lte']);
const ARROW_RIGHT: ReadonlySet<Comparator> = new Set(['gt', 'gte']);
const STRICT: ReadonlySet<Comparator> = new Set(['lt', 'gt']);

/** Chart points from an indicator's target rows: level targets only, one per plan, year and group. */
export function stripPoints(rows: readonly TargetRow[], colors: ReadonlyMap<string, string>, lang: Lang): StripPoint[] {
  const s = t(lang);
  return chartRows(rows).map((r, i) => {
    const tg = r.target;
    const year = tg.year === null ? '' : `${tg.year}`;
    const parts = [r.issuer ? `${r.jurisdiction} (${r.issuer})` : r.jurisdiction, year];
    if (tg.group) parts.push(s.plan.group(tg.group));
    if (tg.source === 'table') parts.push(s.plan.fromTable);
    const problem = commitmentOf(r.plan, tg).problem;
    if (problem) parts.push(`⚠ ${s.findings.problem[problem]}`);
    const valueLabel = formatCompact(tg, lang);
    const b = tg.baseline?.value ?? null;
    return {
      key: `${i}`,
      problem,
      rowLabel: parts.filter(Boolean).join(' · '),
      value: tg.value,
      comparator: tg.comparator,
      valueLabel,
      color: colorOf(colors, r.province),
      baseline: b,
      baselineLabel: b === null ? null : `${s.chart.baseline} ${tg.baseline!.year}: ${formatNumber(b, lang)}`,
      description: s.chart.describeTarget(r.jurisdiction, year, formatTarget(tg, lang)) + (problem ? ` (${s.findings.problem[problem]})` : ''),
    };
  });
}

/** A reference line across the chart: a national or international target, labelled. */
export interface Reference {
  value: number;
  label: string;
}

/** The x domain: every value, baseline and reference, padded so arrows and labels fit inside the frame. */
export function stripDomain(points: readonly StripPoint[], unit: Indicator['unit'], extra: readonly number[] = []): [number, number] {
  const xs = [...points.flatMap((p) => (p.baseline === null ? [p.value] : [p.value, p.baseline])), ...extra];
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  const span = hi - lo || Math.abs(hi) || 1;
  let d0 = lo - span * 0.35;
  let d1 = hi + span * 0.35;
  if (lo >= 0) d0 = Math.max(0, d0);
  if (unit === 'percent' && hi <= 100) d1 = Math.min(100, d1);
  if (d1 - d0 < span * 1.2) {
    // Clamped on both sides: widen towards whichever side has room.
    d0 = Math.max(0, d1 - span * 1.6);
  }
  return [d0, d1];
}

export function targetStripChart(
  indicator: Indicator,
  rows: readonly TargetRow[],
  colors: ReadonlyMap<string, string>,
  lang: Lang,
  text: { title: string; source: string },
  references: readonly Reference[] = [],
): Chart | null {
  const points = stripPoints(rows, colors, lang);
  if (points.length === 0) return null;
  const s = t(lang);
  const direction = indicator.direction === 'lower' ? s.chart.lowerBetter : s.chart.higherBetter;
  const subtitle = `${unitLabel(indicator.unit, lang)} · ${direction}`;
  const [d0, d1] = stripDomain(points, indicator.unit, references.map((r) => r.value));
  // Each reference's label on its own line above the frame, anchored away from the nearer edge.
  const refs = references.map((r, i) => ({ ...r, row: references.length - 1 - i, left: r.value > (d0 + d1) / 2 }));
  const refLines = refs.length * 15;
  const arrow = (d1 - d0) * 0.08;
  // A flagged figure gets a warning cross, not an arrow pointing past what can be reached.
  const left = points.filter((p) => ARROW_LEFT.has(p.comparator) && !p.problem);
  const right = points.filter((p) => ARROW_RIGHT.has(p.comparator) && !p.problem);
  const flagged = points.filter((p) => p.problem);
  const better = indicator.direction === 'lower' ? `← ${s.chart.better}` : `${s.chart.better} →`;
  const rowHeight = 52;
  const description = [...points.map((p) => p.description), ...references.map((r) => r.label)].join('; ');
  const draw = (width: number) => finishSvg(Plot.plot({
    document: chartDocument(),
    className: 'plot',
    width,
    height: 28 + refLines + 44 + points.length * rowHeight,
    marginLeft: 12,
    marginRight: 16,
    marginTop: 28 + refLines,
    marginBottom: 44,
    x: {
      domain: [d0, d1],
      label: `${unitLabel(indicator.unit, lang)} · ${better}`,
      labelAnchor: indicator.direction === 'lower' ? 'left' : 'right',
      tickFormat: (d: number) => formatNumber(d, lang),
      ticks: 5,
      grid: true,
    },
    y: { domain: points.map((p) => p.key), axis: null, padding: 0.5 },
    color: { type: 'identity' },
    marks: [
      Plot.ruleY(points, { y: 'key', stroke: '#d9d3c7' }),
      Plot.ruleX(refs, { x: 'value', stroke: '#8c2d19', strokeWidth: 1.5, strokeDasharray: '6,3', className: 'benchmark' }),
      // Plot's dx, dy and anchor are one per mark: a mark per label.
      ...refs.map((r) => Plot.text([r], {
        x: 'value', text: 'label', frameAnchor: 'top', dy: -26 - r.row * 15, dx: r.left ? 4 : -4,
        textAnchor: r.left ? 'end' : 'start', fill: '#8c2d19', fontSize: 11, fontWeight: 600, className: 'benchmark-label',
      })),
      Plot.link(points.filter((p) => p.baseline !== null), {
        x1: 'baseline', x2: 'value', y1: 'key', y2: 'key', stroke: '#8a8378', strokeDasharray: '2,3',
      }),
      Plot.dot(points.filter((p) => p.baseline !== null), {
        x: 'baseline', y: 'key', symbol: 'diamond', r: 5, fill: 'white', stroke: '#6b6458', strokeWidth: 1.5,
      }),
      Plot.text(points.filter((p) => p.baselineLabel !== null), {
        x: 'baseline', y: 'key', text: 'baselineLabel', dy: 16, dx: -6, textAnchor: 'start', fill: '#5f594f', fontSize: 11,
      }),
      Plot.arrow(left, { x1: 'value', x2: (p: StripPoint) => p.value - arrow, y1: 'key', y2: 'key', stroke: 'color', strokeWidth: 2.5, headLength: 9, insetStart: 6 }),
      Plot.arrow(right, { x1: 'value', x2: (p: StripPoint) => p.value + arrow, y1: 'key', y2: 'key', stroke: 'color', strokeWidth: 2.5, headLength: 9, insetStart: 6 }),
      Plot.dot(points, {
        x: 'value', y: 'key', r: 6, stroke: 'color', strokeWidth: 2.5,
        fill: (p: StripPoint) => (STRICT.has(p.comparator) ? 'white' : p.color),
      }),
      Plot.dot(flagged, { x: 'value', y: 'key', symbol: 'times', r: 11, stroke: '#8a3b12', strokeWidth: 2 }),
      Plot.text(points, { y: 'key', text: 'rowLabel', frameAnchor: 'left', textAnchor: 'start', dy: -18, fill: (p: StripPoint) => (p.problem ? '#8a3b12' : '#2b2721'), fontWeight: 600 }),
      // The value's label goes past the baseline when the baseline sits on the label's side.
      Plot.text(points.filter((p) => !right.includes(p)), {
        x: (p: StripPoint) => Math.max(p.value, p.baseline ?? p.value), y: 'key', text: 'valueLabel', dx: 12, textAnchor: 'start', fill: '#2b2721',
      }),
      Plot.text(right, {
        x: (p: StripPoint) => Math.min(p.value, p.baseline ?? p.value), y: 'key', text: 'valueLabel', dx: -12, textAnchor: 'end', fill: '#2b2721',
      }),
    ],
  }), { title: text.title, description });
  return {
    svg: draw(WIDE),
    svgNarrow: draw(NARROW),
    title: text.title,
    subtitle,
    source: s.chartSource(text.source),
    description,
  };
}
