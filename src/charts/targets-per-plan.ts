// How many numeric targets each document sets: horizontal bars, one colour per province,
// the count written at the end of each bar (a zero is written too: silence is news).
import * as Plot from '@observablehq/plot';
import type { Lang } from '../i18n/lang.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/strings.ts';
import type { PlanCount } from '../site/findings.ts';
import { colorOf } from '../site/colors.ts';
import { chartDocument, finishSvg, NARROW, WIDE, type Chart } from './render.ts';

export function targetsPerPlanChart(
  counts: readonly PlanCount[],
  colors: ReadonlyMap<string, string>,
  lang: Lang,
  text: { title: string; source: string },
): Chart | null {
  if (counts.length === 0) return null;
  const s = t(lang);
  const rows = counts.map((c) => ({
    label: c.label,
    targets: c.targets,
    color: colorOf(colors, c.plan.jurisdiction.province),
    text: formatNumber(c.targets, lang),
  }));
  const max = Math.max(1, ...rows.map((r) => r.targets));
  const rowHeight = 50;
  const description = rows.map((r) => `${r.label}: ${r.text}`).join('; ');
  const draw = (width: number) => finishSvg(Plot.plot({
    document: chartDocument(),
    className: 'plot',
    width,
    height: 30 + rows.length * rowHeight,
    marginLeft: 12,
    marginRight: 40,
    marginTop: 8,
    marginBottom: 22,
    x: { domain: [0, max], axis: null },
    y: { domain: rows.map((r) => r.label), axis: null, padding: 0.45 },
    color: { type: 'identity' },
    marks: [
      Plot.barX(rows, { x: 'targets', y: 'label', fill: 'color', dy: 8 }),
      Plot.ruleX([0], { stroke: '#2b2721' }),
      Plot.text(rows, { y: 'label', text: 'label', frameAnchor: 'left', textAnchor: 'start', dy: -12, fill: '#2b2721', fontWeight: 600 }),
      Plot.text(rows, { x: 'targets', y: 'label', text: 'text', dx: 6, dy: 8, textAnchor: 'start', fill: '#2b2721' }),
    ],
  }), { title: text.title, description });
  return {
    svg: draw(WIDE),
    svgNarrow: draw(NARROW),
    title: text.title,
    subtitle: s.findings.targetsPerPlanSubtitle,
    source: s.chartSource(text.source),
    description,
  };
}
