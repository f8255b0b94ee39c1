import { describe, expect, it } from 'vitest';
import {
  compareNames, formatBaseline, formatBaselineCompact, formatCompact, formatNumber, formatPartialDate, formatTarget, formatValue, sortByName,
} from '../../src/i18n/format.ts';
import { href, langItemPaths, langPaths, otherLang, routeOf } from '../../src/i18n/lang.ts';

describe('numbers and units', () => {
  it('uses a decimal comma and thousands dot in Vietnamese, the reverse in English', () => {
    expect(formatNumber(9.5, 'vi')).toBe('9,5');
    expect(formatNumber(9.5, 'en')).toBe('9.5');
    expect(formatNumber(100000, 'vi')).toBe('100.000');
    expect(formatNumber(100000, 'en')).toBe('100,000');
  });
  it('writes each unit as the documents do', () => {
    expect(formatValue(9.5, 'per_1000_live_births', 'vi')).toBe('9,5‰');
    expect(formatValue(42, 'per_100000_live_births', 'vi')).toBe('42/100.000 trẻ đẻ sống');
    expect(formatValue(8, 'per_100000_population', 'vi')).toBe('8/100.000 dân');
    expect(formatValue(14.5, 'percent', 'vi')).toBe('14,5%');
    expect(formatValue(42, 'per_100000_live_births', 'en')).toBe('42 per 100,000 live births');
  });
  it('shows comparators as signs and relative targets as words', () => {
    expect(formatTarget({ comparator: 'lt', value: 9.5, unit: 'per_1000_live_births' }, 'vi')).toBe('< 9,5‰');
    expect(formatTarget({ comparator: 'gte', value: 95, unit: 'percent' }, 'en')).toBe('≥ 95%');
    expect(formatTarget({ comparator: 'increase', value: 15, unit: 'percent' }, 'vi')).toBe('tăng 15%');
    expect(formatTarget({ comparator: 'increase', value: 15, unit: 'percent' }, 'en')).toBe('increase by 15%');
  });
  it('writes compact cells, leaving long units to the row header', () => {
    expect(formatCompact({ comparator: 'lt', value: 30, unit: 'per_100000_live_births' }, 'vi')).toBe('< 30');
    expect(formatCompact({ comparator: 'lt', value: 9.5, unit: 'per_1000_live_births' }, 'vi')).toBe('< 9,5‰');
  });
  it('formats baselines with and without a value', () => {
    expect(formatBaseline({ value: 2.7, year: 2023 }, 'per_1000_live_births', 'vi')).toBe('2,7‰ (2023)');
    expect(formatBaseline({ value: null, year: 2020 }, 'percent', 'vi')).toBe('so với năm 2020');
    expect(formatBaseline(null, 'percent', 'en')).toBe('');
    expect(formatBaselineCompact({ value: 0, year: 2023 }, 'per_100000_live_births', 'vi')).toBe('0 (2023)');
    expect(formatBaselineCompact({ value: 2.7, year: 2023 }, 'per_1000_live_births', 'vi')).toBe('2,7‰ (2023)');
    expect(formatBaselineCompact({ value: null, year: 2020 }, 'percent', 'en')).toBe('relative to 2020');
  });
  it('formats dates at the precision given', () => {
    expect(formatPartialDate('2024-08-09', 'vi')).toBe('9/8/2024');
    expect(formatPartialDate('2021-08', 'vi')).toBe('tháng 8/2021');
    expect(formatPartialDate('2021-08', 'en')).toBe('August 2021');
    expect(formatPartialDate('2024-08-09', 'en')).toBe('9 August 2024');
    expect(formatPartialDate(null, 'en')).toBe('');
  });
});

describe('sorting', () => {
  it('sorts names in Vietnamese order', () => {
    expect(sortByName(['Đ', 'D', 'E', 'Ă', 'A', 'B'], (x) => x)).toEqual(['A', 'Ă', 'B', 'D', 'Đ', 'E']);
    expect(compareNames('Vĩnh Phúc', 'Bắc Kạn')).toBeGreaterThan(0);
  });
});

describe('language paths', () => {
  it('puts Vietnamese at the root and English under /en/', () => {
    expect(href('vi', '/ke-hoach/')).toBe('/ke-hoach/');
    expect(href('en', '/ke-hoach/')).toBe('/en/ke-hoach/');
    expect(href('en', '/')).toBe('/en/');
    expect(routeOf('/en/chi-tieu/x/')).toEqual({ lang: 'en', route: '/chi-tieu/x/' });
    expect(routeOf('/en/')).toEqual({ lang: 'en', route: '/' });
    expect(routeOf('/chi-tieu/')).toEqual({ lang: 'vi', route: '/chi-tieu/' });
    expect(otherLang('vi')).toBe('en');
  });
  it('builds static paths for both languages', () => {
    expect(langPaths().map((p) => p.params.lang)).toEqual([undefined, 'en']);
    const paths = langItemPaths(['a', 'b'], (x) => ({ id: x }));
    expect(paths).toHaveLength(4);
    expect(paths[3]).toEqual({ params: { id: 'b', lang: 'en' }, props: { lang: 'en', item: 'b' } });
  });
});
