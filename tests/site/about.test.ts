// The about page's sources (src/site/about.ts): every document up to SPLIT_AT plans; past it a
// summary that holds nothing per plan, so the page weighs the same at 5,000 plans as at 81.
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/model.ts';
import { aboutSources, issuedAfterReform } from '../../src/site/about.ts';
import { SPLIT_AT } from '../../src/site/split.ts';
import { PROVINCES, real, synthetic, tax } from '../helpers/synthetic-site.ts';

describe('issuedAfterReform', () => {
  it('holds for a date wholly on or after 1 July 2025', () => {
    expect(issuedAfterReform(null)).toBe(false);
    expect(issuedAfterReform('2025')).toBe(false);
    expect(issuedAfterReform('2025-06')).toBe(false);
    expect(issuedAfterReform('2025-06-30')).toBe(false);
    expect(issuedAfterReform('2025-07')).toBe(true);
    expect(issuedAfterReform('2025-07-01')).toBe(true);
    expect(issuedAfterReform('2026')).toBe(true);
  });
});

describe('aboutSources', () => {
  it('lists every real document, all issued before the reform', () => {
    const site = createSite(real, tax);
    expect(aboutSources(site)).toEqual({
      plans: 5,
      provinces: 3,
      levels: [{ level: 'province', plans: 3 }, { level: 'city', plans: 1 }, { level: 'district', plans: 1 }],
      years: { first: 2021, last: 2024 },
      newest: '2024-08-09',
      afterReform: 0,
      list: site.plans,
    });
  });

  it('lists SPLIT_AT documents one by one', () => {
    expect(aboutSources(synthetic(SPLIT_AT).site).list).toHaveLength(SPLIT_AT);
  });

  it('summarises 5,000 documents without a line per document', () => {
    const { site } = synthetic(5000);
    const after = site.plans.filter((p) => p.issued !== null && p.issued >= '2025-07').length;
    expect(after).toBeGreaterThan(0);
    expect(aboutSources(site)).toEqual({
      plans: 5000,
      provinces: PROVINCES,
      levels: [{ level: 'district', plans: 5000 }],
      years: { first: 2015, last: 2029 },
      newest: '2029-12',
      afterReform: after,
      list: null,
    });
  });
});
