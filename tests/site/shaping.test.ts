import { describe, expect, it } from 'vitest';
import { records, taxonomy } from '../fixtures/site/records.ts';
import { createSite, planLabels, planHeading, provincesWithPlans, regionShort, sortPlans } from '../../src/site/model.ts';
import { agenciesInOrder, citedLines, countBodies, planListRows, targetsByGoal } from '../../src/site/plans.ts';
import {
  chartRows, headlineTarget, indicatorTargetRows, isComparable, indicatorsByTheme, plansWithoutIndicator, sharedYears, targetSpread,
} from '../../src/site/indicators.ts';
import { agencyAssignments, agencyIndex, agencyMatrix } from '../../src/site/agencies.ts';
import { COMPARE_ORDERS, HEAT_LEVELS, ambitionScores, compareTable, compareYearPages, compareYearRoute, compareYears, heatLevel, heatScale } from '../../src/site/compare.ts';
import { bySuccessor, provinceView, provinceViews } from '../../src/site/provinces.ts';
import { colorOf, provinceColors, swatchClass, PALETTE, FALLBACK } from '../../src/site/colors.ts';

const site = createSite(records, taxonomy);
const plan = (id: string) => site.plan(id)!;

describe('model', () => {
  it('orders plans by issue date', () => {
    expect(site.plans.map((p) => p.id)).toEqual([
      'tp-bac-kan-2021-2025', 'lang-giang-2024-2025', 'bac-kan-chi-thi-06-2024', 'xa-thu-nghiem-2025',
    ]);
  });
  it('labels plans by place and years, uniquely', () => {
    const vi = planLabels(site, 'vi');
    expect(vi.get('tp-bac-kan-2021-2025')).toBe('TP Bắc Kạn 2021–2025');
    expect(vi.get('bac-kan-chi-thi-06-2024')).toBe('Bắc Kạn 2024');
    expect(planLabels(site, 'en').get('lang-giang-2024-2025')).toBe('Lang Giang district 2024–2025');
    expect(new Set(vi.values()).size).toBe(site.plans.length);
  });
  it('disambiguates two plans with the same place and years', () => {
    const twin = { ...plan('bac-kan-chi-thi-06-2024'), id: 'bac-kan-twin', number: '07/CT-UBND' };
    const labels = planLabels(createSite([...records, twin], taxonomy), 'vi');
    expect(labels.get('bac-kan-twin')).toBe('Bắc Kạn 2024 (Chỉ thị 07/CT-UBND)');
    expect(labels.get('bac-kan-chi-thi-06-2024')).toBe('Bắc Kạn 2024 (Chỉ thị 06/CT-UBND)');
  });
  it('knows a commune the gazetteer lacks from the plan that names it', () => {
    const base = plan('lang-giang-2024-2025');
    const voi = {
      ...base, id: 'thi-tran-voi-2023',
      jurisdiction: {
        province: base.jurisdiction.province, level: 'commune' as const, name: 'thị trấn Vôi', region: 'thi-tran-voi-lang-giang',
        unit: { vi: 'thị trấn Vôi', en: 'Voi township', short: 'Vôi', parent: base.jurisdiction.region },
      },
    };
    const withVoi = createSite([...records, voi], taxonomy);
    expect(withVoi.region('thi-tran-voi-lang-giang')).toMatchObject({ vi: 'thị trấn Vôi', level: 'commune', parent: base.jurisdiction.region });
    expect([regionShort(withVoi, 'thi-tran-voi-lang-giang', 'vi'), regionShort(withVoi, 'thi-tran-voi-lang-giang', 'en')]).toEqual(['Vôi', 'Voi township']);
    expect(site.region('thi-tran-voi-lang-giang')).toBeUndefined();
  });
  it('sorts plans by province, level and date', () => {
    expect(sortPlans(site, site.plans, 'province').map((p) => p.id)).toEqual([
      'lang-giang-2024-2025', 'bac-kan-chi-thi-06-2024', 'tp-bac-kan-2021-2025', 'xa-thu-nghiem-2025',
    ]);
  });
  it('puts undated plans last', () => {
    const undated = { ...plan('tp-bac-kan-2021-2025'), id: 'a-undated', issued: null };
    expect(createSite([undated, ...records], taxonomy).plans.at(-1)!.id).toBe('a-undated');
  });
  it('describes a plan in one line', () => {
    expect(planHeading(site, plan('bac-kan-chi-thi-06-2024'), 'vi')).toBe('Chỉ thị 06/CT-UBND · tỉnh Bắc Kạn · 2024');
    expect(planHeading(site, plan('tp-bac-kan-2021-2025'), 'en')).toBe('Decision · Bac Kan city · 2021–2025');
  });
  it('lists the provinces plans name, in Vietnamese order', () => {
    expect(provincesWithPlans(site)).toEqual(['bac-giang', 'bac-kan', 'vinh-phuc']);
    expect(regionShort(site, 'nowhere', 'vi')).toBe('nowhere');
  });
});

describe('plans', () => {
  it('summarises each plan for the list', () => {
    const rows = planListRows(site, 'vi');
    const lg = rows.find((r) => r.id === 'lang-giang-2024-2025')!;
    expect(lg).toMatchObject({ level: 'district', years: '2024–2025', targets: 7, bodies: 4, jurisdiction: 'huyện Lạng Giang' }); // 9 figures, 7 commitments
    expect(rows.find((r) => r.id === 'bac-kan-chi-thi-06-2024')!.targets).toBe(0);
  });
  it('counts a body named twice once', () => {
    const a = plan('tp-bac-kan-2021-2025').agencies[0]!;
    expect(countBodies([a, { ...a, line: 999 }])).toBe(1);
  });
  it('groups targets by the plan’s goals in document order', () => {
    const groups = targetsByGoal(plan('lang-giang-2024-2025'));
    expect(groups.map((g) => g.line)).toEqual([21, 30]);
    expect(groups[0]!.targets.map((t) => t.line)).toEqual([23, 224, 224, 225]);
    expect(groups[1]!.targets.map((t) => t.line)).toEqual([32, 34, 37, 231, 231]);
    expect(targetsByGoal(plan('bac-kan-chi-thi-06-2024'))).toEqual([]);
  });
  it('keeps targets outside any goal in a group of their own', () => {
    const p = plan('tp-bac-kan-2021-2025');
    const loose = { ...p, targets: [...p.targets, { ...p.targets[0]!, goal: null, line: 199 }] };
    const groups = targetsByGoal(loose);
    expect(groups.at(-1)).toMatchObject({ goal: null, line: null });
  });
  it('lists bodies in document order', () => {
    expect(agenciesInOrder(plan('lang-giang-2024-2025')).map((a) => a.line)).toEqual([155, 163, 191, 193]);
  });
  it('collects every line a plan page links to', () => {
    expect(citedLines(plan('tp-bac-kan-2021-2025'))).toContain(76);
    expect(citedLines(plan('tp-bac-kan-2021-2025'))).toContain(3);
  });
});

describe('indicators', () => {
  it('groups indicators by theme in fixed order', () => {
    const groups = indicatorsByTheme(site);
    expect(groups.map((g) => g.theme)).toEqual(['mothers', 'children', 'nutrition', 'knowledge', 'population']);
    const mmr = groups[0]!.indicators.find((i) => i.indicator.id === 'maternal_mortality_ratio')!;
    // Lạng Giang's 2025 target is in its text and its annex: one commitment.
    expect(mmr).toMatchObject({ plans: 3, targets: 4 });
  });
  it('lists every target of an indicator and the plans silent on it', () => {
    const rows = indicatorTargetRows(site, 'maternal_mortality_ratio', 'vi');
    // A province's plans sit together: Bắc Giang (Lạng Giang), Bắc Kạn (TP), Vĩnh Phúc.
    expect(rows.map((r) => [r.plan.id, r.target.year, r.target.line])).toEqual([
      ['lang-giang-2024-2025', 2024, 224],
      ['lang-giang-2024-2025', 2025, 23],
      ['lang-giang-2024-2025', 2025, 224],
      ['tp-bac-kan-2021-2025', 2025, 76],
      ['xa-thu-nghiem-2025', 2025, 3],
    ]);
    expect(rows[3]).toMatchObject({ place: 'TP Bắc Kạn', jurisdiction: 'thành phố Bắc Kạn', level: 'city', province: 'bac-kan' });
    expect(plansWithoutIndicator(site, 'maternal_mortality_ratio').map((p) => p.id)).toEqual(['bac-kan-chi-thi-06-2024']);
  });
  it('plots one point when text and appendix agree, and no relative target', () => {
    const rows = indicatorTargetRows(site, 'maternal_mortality_ratio', 'vi');
    expect(chartRows(rows)).toHaveLength(4);
    const rel = { ...rows[0]!, target: { ...rows[0]!.target, comparator: 'decrease' as const } };
    expect(chartRows([rel])).toEqual([]);
  });
  it('picks the headline target: main group, latest year, text first', () => {
    expect(headlineTarget(plan('lang-giang-2024-2025'), 'maternal_mortality_ratio')).toMatchObject({ line: 23, year: 2025 });
    expect(headlineTarget(plan('lang-giang-2024-2025'), 'antenatal_care_4_visits')).toMatchObject({ line: 225, source: 'table' });
    expect(headlineTarget(plan('bac-kan-chi-thi-06-2024'), 'maternal_mortality_ratio')).toBeUndefined();
  });
  it('measures the spread between the most and least ambitious plans', () => {
    const ind = site.indicator('maternal_mortality_ratio')!;
    const s = targetSpread(indicatorTargetRows(site, ind.id, 'vi'), ind)!;
    expect(s.best.value).toBe(20);
    expect(s.worst.value).toBe(42);
    expect(s.plans).toBe(3);
    expect(s.ratio).toBeCloseTo(2.1);
    const higher = site.indicator('antenatal_care_4_visits')!;
    const h = targetSpread(indicatorTargetRows(site, higher.id, 'vi'), higher)!;
    expect([h.best.value, h.worst.value]).toEqual([90, 80]);
    expect(targetSpread([], ind)).toBeNull();
    // TP Bắc Kạn's "> 100%" of births in facilities is impossible: no spread to speak of.
    const fb = site.indicator('facility_births')!;
    expect(targetSpread(indicatorTargetRows(site, fb.id, 'vi'), fb)).toBeNull();
  });
  it('ranks only levels for the whole population, in a possible range', () => {
    const t = plan('tp-bac-kan-2021-2025').targets.find((x) => x.indicator === 'facility_births')!;
    expect(isComparable(t, 'percent')).toBe(false);
    expect(isComparable({ ...t, value: 99 }, 'percent')).toBe(true);
    expect(isComparable({ ...t, value: 99, group: 'vùng khó khăn' }, 'percent')).toBe(false);
    expect(isComparable({ ...t, value: 99, comparator: 'increase' }, 'percent')).toBe(false);
    expect(isComparable({ ...t, value: 99 }, 'per_1000_live_births')).toBe(false);
  });
});

describe('bodies', () => {
  it('indexes bodies by group, most-assigned first', () => {
    const idx = agencyIndex(site);
    expect(idx[0]!.group).toBe('health');
    expect(idx[0]!.agencies[0]).toMatchObject({ plans: 3, roles: ['lead'] });
    const gov = idx.find((g) => g.group === 'government')!.agencies[0]!;
    expect(gov).toMatchObject({ plans: 3, roles: ['lead', 'coordinate', 'assigned'] });
    expect(idx.find((g) => g.group === 'sector')!.agencies[0]!.plans).toBe(0);
  });
  it('lists the plans that assign a body', () => {
    const a = agencyAssignments(site, 'finance');
    expect(a.map((x) => [x.plan.id, x.entries.map((e) => e.role)])).toEqual([
      ['tp-bac-kan-2021-2025', ['coordinate']],
      ['lang-giang-2024-2025', ['assigned']],
      ['bac-kan-chi-thi-06-2024', ['lead']],
    ]);
  });
  it('builds the bodies × plans matrix with roles in the cells', () => {
    const m = agencyMatrix(site);
    expect(m.map((r) => r.agency.id)).toEqual(['finance', 'health_centre', 'womens_union', 'health_department', 'fatherland_front']);
    expect(m[0]!.cells.map((c) => c.roles)).toEqual([['coordinate'], ['assigned'], ['lead'], []]);
    expect(m[0]!.cells[0]!.line).toBe(175);
  });
});

describe('compare', () => {
  it('scores ambition along a row, 1 for the most ambitious', () => {
    expect(ambitionScores([42, 30, null, 20], 'lower')).toEqual([0, 12 / 22, null, 1]);
    expect(ambitionScores([80, 90], 'higher')).toEqual([0, 1]);
    expect(ambitionScores([5, 5], 'lower')).toEqual([0.5, 0.5]);
    expect(ambitionScores([5, null], 'lower')).toEqual([null, null]);
  });
  it('builds indicators × plans in each fixed order', () => {
    const t = compareTable(site, COMPARE_ORDERS[0]!);
    expect(t.columns.map((p) => p.id)).toEqual(site.plans.map((p) => p.id));
    const mmr = t.rows.find((r) => r.indicator.id === 'maternal_mortality_ratio')!;
    expect(mmr.cells.map((c) => c.target?.value ?? null)).toEqual([42, 30, null, 20]);
    expect(mmr.cells[1]!.more).toBe(1); // its 2024 target; the annex's 2025 figure is the same commitment
    expect(mmr.cells[0]!.ambition).toBe(0);
    expect(mmr.cells[3]!.ambition).toBe(1);
    expect(t.rows.every((r) => r.plans > 0)).toBe(true);

    const byName = compareTable(site, COMPARE_ORDERS.find((o) => o.columns === 'name')!);
    expect(byName.columns.map((p) => p.jurisdiction.region)).toEqual(['bac-kan', 'lang-giang', 'thanh-pho-bac-kan', 'vinh-phuc']);
    const byLevel = compareTable(site, COMPARE_ORDERS.find((o) => o.columns === 'level')!);
    expect(byLevel.columns.map((p) => p.jurisdiction.level)).toEqual(['province', 'province', 'city', 'district']);
    const byCount = compareTable(site, COMPARE_ORDERS.find((o) => o.columns === 'targets')!);
    expect(byCount.columns[0]!.id).toBe('tp-bac-kan-2021-2025'); // 7 commitments each: the older first
    const byCoverage = compareTable(site, COMPARE_ORDERS.find((o) => o.rows === 'coverage')!);
    expect(byCoverage.rows[0]!.indicator.id).toBe('maternal_mortality_ratio');
  });
  it('has a page per target year that two plans share, the main year being /so-sanh/ itself', () => {
    // Only Lạng Giang sets 2024 targets: no page for 2024.
    expect(sharedYears(site.plans)).toEqual([2025]);
    expect(compareYearPages(site)).toEqual([]);
    // A second plan with 2024 targets makes 2024 a year to compare.
    const twin = createSite([...records, { ...plan('lang-giang-2024-2025'), id: 'lang-giang-twin' }], taxonomy);
    expect(sharedYears(twin.plans)).toEqual([2024, 2025]);
    expect(compareYears(twin)).toEqual([2024, 2025]);
    expect(compareYearPages(twin)).toEqual([2024]);
    expect(compareYearRoute(twin, 2025)).toBe('/so-sanh/');
    expect(compareYearRoute(twin, 2024)).toBe('/so-sanh/nam-2024/');
    const t = compareTable(twin, COMPARE_ORDERS[0]!, twin.plans, 2024);
    expect(t.year).toBe(2024);
    const mmr = t.rows.find((r) => r.indicator.id === 'maternal_mortality_ratio')!;
    expect(mmr.cells.every((c) => c.target === null || c.target.year === 2024)).toBe(true);
    expect(mmr.cells.some((c) => c.target?.year === 2024)).toBe(true);
  });
  it('shades by value on a linear scale per row, stating its two ends, not by rank', () => {
    // 11 sits near 10, far from 30: nearly the darkest shade, where a rank would put it midway.
    const scores = ambitionScores([10, 11, 30], 'lower');
    expect(scores.map(heatLevel)).toEqual([5, 5, 0]);
    expect(heatScale([10, 11, 30, null], 'lower')).toEqual({ pale: 30, dark: 10 });
    expect(heatScale([80, 95], 'higher')).toEqual({ pale: 80, dark: 95 });
    expect(heatScale([80, null], 'higher')).toBeNull();
    const mmr = compareTable(site, COMPARE_ORDERS[0]!).rows.find((r) => r.indicator.id === 'maternal_mortality_ratio')!;
    expect(mmr.scale).toEqual({ pale: 42, dark: 20 });
  });
  it('has unique page slugs for its orders', () => {
    expect(new Set(COMPARE_ORDERS.map((o) => o.slug)).size).toBe(COMPARE_ORDERS.length);
  });
  it('shades from pale to dark in fixed steps', () => {
    expect(heatLevel(null)).toBeNull();
    expect(heatLevel(0)).toBe(0);
    expect(heatLevel(0.5)).toBe(3);
    expect(heatLevel(1)).toBe(HEAT_LEVELS - 1);
  });
});

describe('provinces', () => {
  it('shows a province’s plans at every level and its merger', () => {
    const v = provinceView(site, 'bac-kan');
    expect(v.plans.map((p) => p.jurisdiction.level)).toEqual(['province', 'city']);
    expect(v.merger).toMatchObject({ intoId: 'thai-nguyen-2025', on: '2025-07-01' });
    expect(v.merger!.into!.vi).toBe('tỉnh Thái Nguyên');
    expect(v.table!.columns).toHaveLength(2);
    expect(v.targets).toBe(7);
    expect(provinceViews(site).map((p) => p.id)).toEqual(['bac-giang', 'bac-kan', 'vinh-phuc']);
  });
  it('finds each plan under the 2025 province that holds its unit now', () => {
    const groups = bySuccessor(site, provinceViews(site));
    expect(groups.map((g) => [g.id, g.from.map((v) => v.id)])).toEqual([['bac-ninh-2025', ['bac-giang']], ['thai-nguyen-2025', ['bac-kan']], ['phu-tho-2025', ['vinh-phuc']]]);
    expect(groups[0]!.region!.vi).toBe('tỉnh Bắc Ninh');
    for (const p of site.plans) expect(groups.map((g) => g.id)).toContain(site.region(p.jurisdiction.province)!.mergedInto);
  });
  it('copes with a province missing from the taxonomy', () => {
    const p = plan('bac-kan-chi-thi-06-2024');
    const stray = { ...p, id: 'stray', jurisdiction: { ...p.jurisdiction, province: 'atlantis', region: 'atlantis' } };
    const v = provinceView(createSite([stray], taxonomy), 'atlantis');
    expect(v.region).toBeUndefined();
    expect(v.merger).toBeNull();
    expect(v.plans).toHaveLength(1);
  });
});

describe('colours', () => {
  it('gives each province a fixed colour in taxonomy order', () => {
    const c = provinceColors(taxonomy.regions);
    expect(colorOf(c, 'bac-kan')).toBe(PALETTE[0]);
    expect(colorOf(c, 'vinh-phuc')).toBe(PALETTE[1]);
    expect(colorOf(c, 'bac-giang')).toBe(PALETTE[2]);
    expect(colorOf(c, 'thanh-pho-bac-kan')).toBe(FALLBACK);
    expect(swatchClass(c, 'bac-giang')).toBe('p2');
    expect(swatchClass(c, 'thanh-pho-bac-kan')).toBe('px');
  });
});
