// Pages that list every plan summarise by province past SPLIT_AT plans (src/site/split.ts):
// the summaries on the real plans, and on synthetic sites on both sides of the threshold.
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/model.ts';
import { agencyMatrix } from '../../src/site/agencies.ts';
import {
  SPLIT_AT, agencyByProvince, agencyByUnit, agencyCountsInProvince, agencyMatrixByProvince, compareByProvince, indicatorByProvince, indicatorByUnit,
  indicatorSpreads, median, provinceGroups, splitsByProvince, splitsByUnit, unitGroups,
} from '../../src/site/split.ts';
import { PROVINCES, real, synthetic, tax } from '../helpers/synthetic-site.ts';

const site = createSite(real, tax);
const indicator = (id: string) => site.indicator(id)!;

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('when to split', () => {
  it('splits only past SPLIT_AT plans', () => {
    expect(splitsByProvince(site)).toBe(false);
    expect(splitsByProvince(synthetic(SPLIT_AT).site)).toBe(false);
    expect(splitsByProvince(synthetic(SPLIT_AT + 1).site)).toBe(true);
  });
});

describe('province groups on the real plans', () => {
  it('lists provinces in Vietnamese order, each with all its plans', () => {
    const groups = provinceGroups(site);
    expect(groups.map((g) => [g.province, g.plans.map((p) => p.id).sort()])).toEqual([
      ['bac-giang', ['bac-giang-so-y-te-2024', 'lang-giang-2024-2025']],
      ['bac-kan', ['bac-kan-chi-thi-06-2024', 'tp-bac-kan-2021-2025']],
      ['vinh-phuc', ['vinh-phuc-2023-2025']],
    ]);
  });
});

describe('an indicator by province on the real plans', () => {
  it('gives each province its plans, those setting a target and the spread of their main targets', () => {
    // Maternal mortality per 100,000 live births, 2025 targets only: Bắc Giang's two plans say 30
    // (Lạng Giang) and 32 (the Sở Y tế, for 2024: not compared), TP Bắc Kạn 42 (the Bắc Kạn
    // directive sets none), Vĩnh Phúc 18.
    expect(indicatorByProvince(site, indicator('maternal_mortality_ratio'))).toEqual([
      { province: 'bac-giang', plans: 2, setting: 2, comparable: 1, min: 30, median: 30, max: 30 },
      { province: 'bac-kan', plans: 2, setting: 1, comparable: 1, min: 42, median: 42, max: 42 },
      { province: 'vinh-phuc', plans: 1, setting: 1, comparable: 1, min: 18, median: 18, max: 18 },
    ]);
  });
  it('counts a plan that sets only a change as setting, not as comparable', () => {
    for (const i of site.indicators) {
      for (const p of indicatorByProvince(site, i)) {
        expect(p.comparable).toBeLessThanOrEqual(p.setting);
        expect(p.setting).toBeLessThanOrEqual(p.plans);
        if (p.comparable === 0) expect([p.min, p.median, p.max]).toEqual([null, null, null]);
        else expect(p.min! <= p.median! && p.median! <= p.max!).toBe(true);
      }
    }
  });
});

describe('compare by province on the real plans', () => {
  const { provinces, rows } = compareByProvince(site);
  it('has a column per province and a row per indicator some plan sets', () => {
    expect(provinces.map((p) => p.province)).toEqual(['bac-giang', 'bac-kan', 'vinh-phuc']);
    const set = new Set(site.plans.flatMap((p) => p.targets.map((t) => t.indicator)));
    expect(rows.map((r) => r.indicator.id)).toEqual(site.indicators.filter((i) => set.has(i.id)).map((i) => i.id));
  });
  it('shades the province medians along the row by the indicator’s direction', () => {
    // Stunting, lower is better: Vĩnh Phúc 14.5% is the most ambitious, Bắc Giang 18.5% the least: its
    // only 2025 target is Lạng Giang's (the Sở Y tế's plan sets 19% for 2024, not compared with 2025).
    const row = rows.find((r) => r.indicator.id === 'stunting_under5')!;
    expect(row.cells.map((c) => [c.province, c.median, c.ambition])).toEqual([
      ['bac-giang', 18.5, 0],
      ['bac-kan', 16, (18.5 - 16) / (18.5 - 14.5)],
      ['vinh-phuc', 14.5, 1],
    ]);
    // Antenatal care, higher is better: Vĩnh Phúc 95% leads, Bắc Kạn 80% trails; Bắc Giang's 2025 target is 90%.
    const anc = rows.find((r) => r.indicator.id === 'antenatal_care_4_visits')!;
    expect(anc.cells.map((c) => c.ambition)).toEqual([(90 - 80) / 15, 0, 1]);
  });
});

describe('bodies × provinces', () => {
  it('counts, per province, the plans that assign each body, and agrees with the full matrix', () => {
    const full = agencyMatrix(site);
    const { provinces, rows } = agencyMatrixByProvince(site, full.map((r) => r.agency));
    expect(rows.map((r) => r.agency.id)).toEqual(full.map((r) => r.agency.id));
    for (const [i, row] of rows.entries()) {
      const assigning = full[i]!.cells.filter((c) => c.roles.length > 0).map((c) => site.plan(c.planId)!.jurisdiction.province);
      expect(row.cells.map((c) => c.assigning)).toEqual(provinces.map((p) => assigning.filter((x) => x === p.province).length));
      expect(row.cells.map((c) => c.plans)).toEqual(provinces.map((p) => p.plans.length));
    }
  });
});

describe('a body by province on the real plans', () => {
  it('lists only the provinces where some plan gives the body work, with the roles they give', () => {
    const rows = (id: string) => agencyByProvince(site, id).map((x) => [x.province, x.plans, x.assigning.map((p) => p.id).sort(), x.roles]);
    // The district health centre leads in Lạng Giang and TP Bắc Kạn, and is assigned work by the
    // Bắc Giang health department's plan; no Vĩnh Phúc plan names it.
    expect(rows('health_centre')).toEqual([
      ['bac-giang', 2, ['bac-giang-so-y-te-2024', 'lang-giang-2024-2025'], ['lead', 'assigned']],
      ['bac-kan', 2, ['tp-bac-kan-2021-2025'], ['lead']],
    ]);
    expect(rows('womens_union')).toEqual([
      ['bac-giang', 2, ['lang-giang-2024-2025'], ['requested']],
      ['vinh-phuc', 1, ['vinh-phuc-2023-2025'], ['coordinate']],
    ]);
  });
  it('accounts for every plan that assigns each body, once', () => {
    for (const a of site.agencies) {
      const assigning = site.plans.filter((p) => p.agencies.some((x) => x.agency === a.id)).map((p) => p.id).sort();
      expect(agencyByProvince(site, a.id).flatMap((x) => x.assigning.map((p) => p.id)).sort()).toEqual(assigning);
    }
  });
});

describe('a synthetic site past the threshold', () => {
  const big = synthetic(400).site;
  it('keeps every plan in exactly one province group', () => {
    const groups = provinceGroups(big);
    expect(groups).toHaveLength(PROVINCES);
    expect(groups.flatMap((g) => g.plans.map((p) => p.id)).sort()).toEqual(big.plans.map((p) => p.id).sort());
  });
  it('summarises an indicator with as many rows as provinces, whatever the number of plans', () => {
    const rows = indicatorByProvince(big, big.indicator('maternal_mortality_ratio')!);
    expect(rows).toHaveLength(PROVINCES);
    const setting = big.plans.filter((p) => p.targets.some((t) => t.indicator === 'maternal_mortality_ratio')).length;
    expect(rows.reduce((n, r) => n + r.setting, 0)).toBe(setting);
  });
});

describe('a province with more plans than a page lists', () => {
  // 400 plans in 40 provinces: 10 each; 4,000 plans: 100 each, past SPLIT_AT.
  const crowded = synthetic(40 * (SPLIT_AT + 20)).site;
  const group = provinceGroups(crowded)[0]!;
  const few = provinceGroups(synthetic(400).site)[0]!;

  it('splits by unit only past SPLIT_AT plans in the province', () => {
    expect(splitsByUnit(few.plans)).toBe(false);
    expect(group.plans.length).toBeGreaterThan(SPLIT_AT);
    expect(splitsByUnit(group.plans)).toBe(true);
  });

  it('groups its plans by the unit that issued them, each plan once', () => {
    const units = unitGroups(crowded, group.plans);
    expect(units.flatMap((u) => u.plans.map((p) => p.id)).sort()).toEqual(group.plans.map((p) => p.id).sort());
    for (const u of units) for (const p of u.plans) expect(p.jurisdiction.region).toBe(u.unit);
  });

  it('puts the province’s own plans first, then districts, then communes', () => {
    const p = group.plans[0]!;
    const mk = (id: string, region: string, level: 'province' | 'district' | 'commune') => ({ ...p, id, jurisdiction: { ...p.jurisdiction, region, level } });
    const plans = [mk('c', 'xa-b', 'commune'), mk('d', 'huyen-b', 'district'), mk('p', group.province, 'province'), mk('d2', 'huyen-a', 'district')];
    expect(unitGroups(crowded, plans).map((u) => u.unit)).toEqual([group.province, 'huyen-a', 'huyen-b', 'xa-b']);
  });

  it('gives each plan that sets an indicator a row with its headline target, and counts the silent ones', () => {
    const ind = crowded.indicator('maternal_mortality_ratio')!;
    const rows = indicatorByUnit(crowded, ind, group.plans);
    const setting = group.plans.filter((p) => p.targets.some((t) => t.indicator === ind.id));
    expect(rows.flatMap((r) => r.plans.map((x) => x.plan.id)).sort()).toEqual(setting.map((p) => p.id).sort());
    for (const r of rows) for (const x of r.plans) {
      expect(x.headline.indicator).toBe(ind.id);
      expect(x.targets).toBe(x.plan.targets.filter((t) => t.indicator === ind.id).length);
    }
  });

  it('lists every plan that gives a body work, at its first assigning line, and counts them by body', () => {
    const id = 'health_centre';
    const assigning = group.plans.filter((p) => p.agencies.some((a) => a.agency === id));
    expect(assigning.length).toBeGreaterThan(0);
    const rows = agencyByUnit(crowded, id, group.plans);
    const listed = rows.flatMap((r) => r.plans);
    expect(listed.map((x) => x.plan.id).sort()).toEqual(assigning.map((p) => p.id).sort());
    for (const x of listed) expect(x.line).toBe(Math.min(...x.plan.agencies.filter((a) => a.agency === id).map((a) => a.line)));
    const counts = agencyCountsInProvince(crowded, group.plans, crowded.agencies);
    expect(counts.find((c) => c.agency.id === id)?.plans).toBe(assigning.length);
  });

  it('summarises each indicator over the province’s plans, as the indicator’s page does for every province', () => {
    const spreads = indicatorSpreads(crowded, group);
    const ind = crowded.indicator('maternal_mortality_ratio')!;
    const row = indicatorByProvince(crowded, ind).find((r) => r.province === group.province)!;
    const { indicator: _, ...spread } = spreads.find((x) => x.indicator.id === ind.id)!;
    expect(spread).toEqual(row);
  });
});
