// The home page stays bounded whatever the number of plans: 1,000 synthetic records made from
// the real ones (tests/helpers/synthetic-site.ts).
import { describe, expect, it } from 'vitest';
import { createSite, type Site } from '../../src/site/model.ts';
import { provinceColors } from '../../src/site/colors.ts';
import { real, synthetic, tax } from '../helpers/synthetic-site.ts';
import { comparedYear, headlineTarget, indicatorTargetRows, isComparable } from '../../src/site/indicators.ts';
import { indicatorFinding, targetsPerPlan, targetsPerPlanFinding } from '../../src/site/findings.ts';
import { extremeCounts, extremeRows, HOME_PLANS, HOME_ROWS, homeCharts, recentPlans } from '../../src/site/home.ts';

const big = synthetic(1000);
const charts = homeCharts(big.site, big.colors, 'vi');
const count = (text: string) => text.split('; ').length;

describe('home at 1,000 plans', () => {
  it('draws at most HOME_ROWS rows per chart and table, and lists as few documents', () => {
    expect(charts.length).toBe(6);
    for (const c of charts) {
      expect(count(c.chart.description)).toBeLessThanOrEqual(HOME_ROWS);
      expect(count(c.chart.source)).toBeLessThanOrEqual(HOME_ROWS);
      if (c.rows) expect(c.rows.length).toBeLessThanOrEqual(HOME_ROWS);
      expect(c.extremes).toEqual({ most: 5, least: 5 });
    }
  });

  it('names at most HOME_ROWS plans in the notes under a chart (already met, left out), then how many more', () => {
    const notes = charts.flatMap((c) => [c.met, c.note]).filter((n) => n !== '');
    // Of 1,000 plans many already meet their target at their own baseline: every one of them
    // listed made the home page 78 KB of gzip HTML (the budget is 50).
    const met = charts.map((c) => c.met).filter((m) => m !== '');
    expect(met.length).toBeGreaterThan(0);
    for (const m of met) expect(m).toMatch(/; và [\d.]+ chỉ tiêu khác \(xem trang chỉ tiêu\)\.$/);
    for (const n of notes) expect(count(n)).toBeLessThanOrEqual(HOME_ROWS + 1);
    expect(notes.join('').length).toBeLessThan(12_000);
  });

  it('shows the most and the least ambitious headline targets, best first, titled over every plan', () => {
    for (const c of charts.filter((x) => x.indicator)) {
      const ind = c.indicator!;
      const better = (a: number, b: number) => (ind.direction === 'lower' ? a - b : b - a);
      // Like with like: each plan's headline for the year the plans share.
      const year = comparedYear(big.site.plans);
      const heads = big.site.plans
        .map((p) => [p, headlineTarget(p, ind.id, year)] as const)
        .filter(([p, h]) => h !== undefined && isComparable(h, ind.unit, p))
        .map(([, h]) => h)
        .map((h) => h!.value)
        .sort(better);
      const shown = c.rows!.map((r) => r.target.value);
      expect(shown).toEqual([...heads.slice(0, 5), ...heads.slice(-5)]);
      // The title is the finding over all plans, and names plans the chart draws.
      expect(c.chart.title).toBe(indicatorFinding(big.site, ind, 'vi'));
      const places = new Set(c.rows!.map((r) => r.place));
      const all = indicatorTargetRows(big.site, ind.id, 'vi');
      const named = [...new Set(all.map((r) => r.place))].filter((p) => c.chart.title.includes(`${p} `) || c.chart.title.endsWith(p));
      expect(named.length).toBeGreaterThan(0);
      for (const p of named) expect(places.has(p) || [...places].some((q) => q.includes(p))).toBe(true);
      const plans = new Set(all.map((r) => r.plan.id)).size;
      expect(c.plans).toBe(plans);
      expect(c.note).toContain(`${plans.toLocaleString('vi-VN')} kế hoạch`);
    }
  });

  it('shows the documents with the most and the fewest targets, and counts the silent ones in the title', () => {
    const perPlan = charts.find((c) => !c.indicator)!;
    const counts = targetsPerPlan(big.site, 'vi');
    const silent = counts.filter((c) => c.targets === 0).length;
    expect(silent).toBe(200);
    expect(perPlan.chart.title).toBe(targetsPerPlanFinding(counts, 'vi'));
    expect(perPlan.chart.title).toBe('200 văn bản không đặt chỉ tiêu số nào');
    expect(charts[0]).toBe(perPlan);
    const shown = extremeCounts(counts).counts.map((c) => c.targets);
    const sorted = counts.map((c) => c.targets).sort((a, b) => b - a);
    expect(shown).toEqual([...sorted.slice(0, 5), ...sorted.slice(-5)]);
    expect(perPlan.note).toBe('1.000 văn bản; biểu đồ chỉ gồm 5 văn bản đặt nhiều chỉ tiêu nhất và 5 văn bản đặt ít nhất.');
  });

  it('names the plan with the most targets when no plan is silent', () => {
    const counts = targetsPerPlan(big.site, 'en').filter((c) => c.targets > 0);
    const { counts: shown } = extremeCounts(counts);
    const most = Math.max(...counts.map((c) => c.targets));
    expect(targetsPerPlanFinding(counts, 'en')).toBe(`${shown[0]!.label} sets the most targets: ${most}`);
  });

  it('lists the most recent plans only', () => {
    const recent = recentPlans(big.site);
    expect(recent.length).toBe(HOME_PLANS);
    const dates = big.site.plans.map((p) => p.issued).filter((d): d is string => d !== null).sort();
    expect(recent.every((p) => p.issued !== null && p.issued >= dates.at(-HOME_PLANS)!)).toBe(true);
  });

  it('stays the same size from 100 to 1,000 plans', () => {
    const size = (s: { site: Site; colors: Map<string, string> }) =>
      homeCharts(s.site, s.colors, 'en').reduce((n, c) => n + c.chart.svg.length + c.chart.svgNarrow.length + c.chart.source.length, 0);
    const small = size(synthetic(100));
    const large = size(synthetic(1000));
    expect(large).toBeLessThan(small * 1.2);
    expect(large).toBeLessThan(400_000);
  });
});

describe('home at 5 plans', () => {
  const site = createSite(real, tax);
  const colors = provinceColors(tax.regions);
  it('draws every row and lists every plan', () => {
    for (const c of homeCharts(site, colors, 'en')) {
      expect(c.extremes).toBeNull();
      if (c.indicator) expect(c.rows).toEqual(indicatorTargetRows(site, c.indicator.id, 'en'));
      else expect(count(c.chart.description)).toBe(site.plans.length);
    }
    expect(recentPlans(site)).toEqual(site.plans);
  });
  it('counts the plans behind each finding', () => {
    const mmr = homeCharts(site, colors, 'en').find((c) => c.indicator?.id === 'maternal_mortality_ratio')!;
    expect(mmr.note).toBe('4 plans set a target for this indicator. Targets for 2025 are compared, the year most plans set targets for.');
  });
});

describe('extremeRows', () => {
  it('keeps rows that fit, and takes one headline row per plan otherwise', () => {
    const { site } = synthetic(30);
    const ind = site.indicator('maternal_mortality_ratio')!;
    const rows = indicatorTargetRows(site, ind.id, 'vi');
    expect(extremeRows(rows.slice(0, 4), ind, 4).rows).toEqual(rows.slice(0, 4));
    const picked = extremeRows(rows, ind, 4);
    expect(picked.rows.length).toBe(4);
    expect(new Set(picked.rows.map((r) => r.plan.id)).size).toBe(4);
    expect(picked.extremes).toEqual({ most: 2, least: 2 });
    // Every row drawn is a target for the year compared: no 2024 target beside a 2025 one.
    const year = comparedYear([...new Set(rows.map((r) => r.plan))]);
    expect(picked.rows.every((r) => r.target.year === year)).toBe(true);
    // More rows than the limit but fewer plans: each plan's headline, best first.
    const five = rows.filter((r) => Number(r.plan.id.split('-').at(-1)) < 5);
    expect(five.length).toBe(6);
    const few = extremeRows(five, ind, 5);
    const fiveYear = comparedYear([...new Set(five.map((r) => r.plan))]);
    expect(few.rows.length).toBe(new Set(five.filter((r) => r.target.year === fiveYear).map((r) => r.plan.id)).size);
    const values = few.rows.map((r) => r.target.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });
});
