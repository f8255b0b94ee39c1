import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { records, taxonomy } from '../fixtures/site/records.ts';
import { createSite } from '../../src/site/model.ts';
import { indicatorTargetRows, type TargetRow } from '../../src/site/indicators.ts';
import { provinceColors } from '../../src/site/colors.ts';
import { alreadyMet, alreadyMetNote, documentList, hasLevelTargets, indicatorChart, indicatorChartRows, indicatorFinding, targetsPerPlan, targetsPerPlanFinding } from '../../src/site/findings.ts';
import { homeCharts } from '../../src/site/home.ts';
import { stripDomain, stripPoints, targetStripChart } from '../../src/charts/target-strip.ts';
import { targetsPerPlanChart } from '../../src/charts/targets-per-plan.ts';

const site = createSite(records, taxonomy);
const colors = provinceColors(taxonomy.regions);

function strip(id: string, lang: 'vi' | 'en') {
  const ind = site.indicator(id)!;
  const rows = indicatorTargetRows(site, id, lang);
  return targetStripChart(ind, rows, colors, lang, {
    title: indicatorFinding(site, ind, lang, rows),
    source: documentList(site, rows.map((r) => r.plan), lang),
  })!;
}

function parse(svg: string) {
  return new JSDOM(`<!doctype html><body>${svg}</body>`).window.document.querySelector('svg')!;
}

describe('findings', () => {
  it('states the spread between plans as the chart title', () => {
    const ind = site.indicator('maternal_mortality_ratio')!;
    expect(indicatorFinding(site, ind, 'vi')).toBe(
      'Mục tiêu chênh nhau 2,1 lần: Vĩnh Phúc đặt < 20/100.000 trẻ đẻ sống, TP Bắc Kạn chỉ đặt ≤ 42/100.000 trẻ đẻ sống',
    );
    expect(indicatorFinding(site, ind, 'en')).toBe(
      'Targets differ 2.1-fold: Vinh Phuc aims for < 20 per 100,000 live births, Bac Kan city only for ≤ 42 per 100,000 live births',
    );
    const anc = site.indicator('antenatal_care_4_visits')!;
    expect(indicatorFinding(site, anc, 'vi')).toBe('Lạng Giang đặt mục tiêu tham vọng nhất (≥ 90%), TP Bắc Kạn kém tham vọng nhất (> 80%)');
    expect(indicatorFinding(site, site.indicator('stunting_under5')!, 'en')).toBe(
      'Bac Kan city sets the most ambitious target (< 16%), Lang Giang district the least (≤ 18.5%)',
    );
    expect(indicatorFinding(site, site.indicator('exclusive_breastfeeding_6m')!, 'vi')).toBe(
      'Chưa kế hoạch nào đặt mục tiêu số cho chỉ tiêu này',
    );
    expect(hasLevelTargets(site, 'exclusive_breastfeeding_6m')).toBe(false);
  });
  it('names silent plans in the targets-per-plan finding', () => {
    expect(targetsPerPlanFinding(targetsPerPlan(site, 'vi'), 'vi')).toBe('Bắc Kạn 2024 không đặt chỉ tiêu số nào');
    const busy = targetsPerPlan(site, 'en').filter((c) => c.targets > 0);
    // Distinct commitments: Lạng Giang's 9 figures are 7 (its annex repeats two of the text's), a tie that keeps site order.
    expect(targetsPerPlanFinding(busy, 'en')).toBe('Bac Kan city 2021–2025 sets the most targets: 7');
  });
  it("calls out a target already met at the plan's own baseline, once per commitment", () => {
    const rows = indicatorTargetRows(site, 'neonatal_mortality_rate', 'vi');
    const met = alreadyMet(rows);
    expect(met.map((m) => [m.row.plan.id, m.row.target.year, m.baseline])).toEqual([['lang-giang-2024-2025', 2024, { value: 2.7, year: 2023 }], ['lang-giang-2024-2025', 2025, { value: 2.7, year: 2023 }]]);
    expect(alreadyMetNote(rows, 'vi')).toContain('Lạng Giang đặt < 9,5‰ cho năm 2024 khi năm 2023 đã là 2,7‰');
    expect(alreadyMetNote(indicatorTargetRows(site, 'neonatal_mortality_rate', 'en'), 'en')).toContain('Lang Giang district sets < 9.5‰ for 2024 with 2.7‰ already in 2023');
    expect(alreadyMetNote(indicatorTargetRows(site, 'maternal_mortality_ratio', 'vi'), 'vi')).not.toMatch(/Bắc Kạn|Vĩnh Phúc/);
    expect(alreadyMetNote([], 'vi')).toBe('');
  });
  it('lists the documents behind a chart', () => {
    expect(documentList(site, [site.plan('bac-kan-chi-thi-06-2024')!], 'vi')).toBe('Chỉ thị 06/CT-UBND (Bắc Kạn 2024)');
  });
});

describe('target strip', () => {
  it('makes one point per plan, year and group, with the comparator and baseline', () => {
    const pts = stripPoints(indicatorTargetRows(site, 'neonatal_mortality_rate', 'vi'), colors, 'vi');
    expect(pts.map((p) => p.rowLabel)).toEqual([
      'huyện Lạng Giang · 2024 · bảng',
      'huyện Lạng Giang · 2025',
      'thành phố Bắc Kạn · 2025',
    ]);
    expect(pts[0]).toMatchObject({ value: 9.5, valueLabel: '< 9,5‰', baseline: 2.7, baselineLabel: 'mốc 2023: 2,7' });
    expect(pts[0]!.description).toBe('huyện Lạng Giang, 2024: < 9,5‰');
    expect(pts[2]!.color).not.toBe(pts[0]!.color);
  });
  it('pads the axis so arrows fit, and never runs past 100%', () => {
    const pts = stripPoints(indicatorTargetRows(site, 'antenatal_care_4_visits', 'vi'), colors, 'vi');
    const [d0, d1] = stripDomain(pts, 'percent');
    expect(d0).toBeLessThan(80);
    expect(d1).toBeLessThanOrEqual(100);
    expect(d1).toBeGreaterThan(90);
  });
  it('is accessible: role, name, title, description', () => {
    const c = strip('maternal_mortality_ratio', 'vi');
    const svg = parse(c.svg);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(c.title);
    expect(svg.querySelector('title')!.textContent).toBe(c.title);
    expect(svg.querySelector('desc')!.textContent).toContain('thành phố Bắc Kạn, 2025: ≤ 42/100.000 trẻ đẻ sống');
    expect(svg.querySelector('style')).toBeNull();
    expect(c.svg).not.toContain(' style=');
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(c.subtitle).toBe('trên 100.000 trẻ đẻ sống · thấp hơn là tốt hơn');
    expect(c.source).toMatch(/^Nguồn: Quyết định \(TP Bắc Kạn 2021–2025\); Kế hoạch \(Lạng Giang 2024–2025\)/);
  });
  it('keeps hostile document text inert', () => {
    const c = strip('maternal_mortality_ratio', 'vi');
    expect(c.svg).not.toContain('<script');
    expect(c.svg).not.toContain('<img');
  });
  it('returns nothing when no plan sets a level target', () => {
    const ind = site.indicator('exclusive_breastfeeding_6m')!;
    expect(targetStripChart(ind, [], colors, 'vi', { title: '', source: '' })).toBeNull();
  });
  it('matches the reviewed SVG files', async () => {
    await expect(strip('maternal_mortality_ratio', 'vi').svg).toMatchFileSnapshot('__snapshots__/strip-maternal-mortality-vi.svg');
    await expect(strip('neonatal_mortality_rate', 'en').svg).toMatchFileSnapshot('__snapshots__/strip-neonatal-mortality-en.svg');
    await expect(strip('antenatal_care_4_visits', 'vi').svg).toMatchFileSnapshot('__snapshots__/strip-antenatal-care-4-vi.svg');
    await expect(strip('maternal_mortality_ratio', 'vi').svgNarrow).toMatchFileSnapshot('__snapshots__/strip-maternal-mortality-vi-narrow.svg');
  });
});

describe('targets per plan', () => {
  it('draws a bar per plan, zero included, and matches the reviewed SVG', async () => {
    const counts = targetsPerPlan(site, 'vi');
    const c = targetsPerPlanChart(counts, colors, 'vi', { title: targetsPerPlanFinding(counts, 'vi'), source: 'x' })!;
    expect(parse(c.svg).querySelectorAll('rect').length).toBeGreaterThanOrEqual(3);
    expect(c.description).toContain('Bắc Kạn 2024: 0');
    await expect(c.svg).toMatchFileSnapshot('__snapshots__/targets-per-plan-vi.svg');
    expect(targetsPerPlanChart([], colors, 'vi', { title: '', source: '' })).toBeNull();
  });
});

describe('home findings', () => {
  it('leads with silence, then the indicators reporters ask about', () => {
    const charts = homeCharts(site, colors, 'vi');
    expect(charts[0]!.indicator).toBeNull();
    expect(charts[0]!.chart.title).toBe('Bắc Kạn 2024 không đặt chỉ tiêu số nào');
    expect(charts.slice(1).map((c) => c.indicator!.id)).toEqual([
      'maternal_mortality_ratio', 'neonatal_mortality_rate', 'under5_mortality_rate', 'stunting_under5', 'antenatal_care_4_visits',
    ]);
    expect(charts[1]!.rows!.length).toBe(5);
  });
  it('closes with the targets per plan when every plan sets some', () => {
    const busy = createSite(records.filter((r) => r.targets.length > 0), taxonomy);
    const charts = homeCharts(busy, colors, 'en');
    expect(charts.at(-1)!.indicator).toBeNull();
    expect(charts.at(-1)!.chart.title).toBe('Bac Kan city 2021–2025 sets the most targets: 7');
  });
  it('gives an indicator without level targets no chart, but its rows', () => {
    const { chart, rows } = indicatorChart(site, site.indicator('exclusive_breastfeeding_6m')!, colors, 'vi');
    expect(chart).toBeNull();
    expect(rows).toEqual([]);
  });
  it('gives a chart’s CSV the rows and benchmarks it draws, without drawing it', () => {
    for (const indicator of site.indicators) {
      const pick = (all: TargetRow[]) => all.slice(1);
      const { chart, ...drawn } = indicatorChart(site, indicator, colors, 'en', pick, site.plans.slice(1));
      expect(indicatorChartRows(site, indicator, 'en', pick, site.plans.slice(1))).toEqual(drawn);
    }
  });
});
