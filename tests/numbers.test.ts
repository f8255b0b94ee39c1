import { describe, expect, it } from 'vitest';
import { comparatorBefore, parseCell, parseViNumber, unitOf, VALUE_RE } from '../src/convert/numbers.ts';

describe('parseViNumber', () => {
  it.each([
    ['9,5', 9.5], ['14,5', 14.5], ['100.000', 100000], ['2.500', 2500], ['1.234,5', 1234.5],
    ['99.9', 99.9], ['75.0', 75], ['4.0', 4], ['42', 42], ['0', 0],
  ])('%s → %d', (s, n) => expect(parseViNumber(s)).toBe(n));
});

describe('VALUE_RE finds only figures with a target unit', () => {
  const figures = (s: string) => [...s.matchAll(VALUE_RE)].map((m) => m[0]);
  it('reads %, ‰ and rates per 100,000', () => {
    expect(figures('Giảm tỷ số tử vong mẹ xuống còn 42/100.000 trẻ đẻ sống.')).toEqual(['42/100.000 trẻ đẻ sống']);
    expect(figures('dưới 8/100.000 dân.')).toEqual(['8/100.000 dân']);
    expect(figures('xuống dưới 9,5‰')).toEqual(['9,5‰']);
    expect(figures('xuống < 12 %.')).toEqual(['12 %']);
  });
  it('leaves ages, weights, durations and counts alone', () => {
    expect(figures('trẻ em dưới 5 tuổi, 0-59 tháng, cân nặng dưới 2500 gam, 42 ngày sau sinh, 02 bác sỹ')).toEqual([]);
    expect(figures('Quyết định số 1175/QĐ-UBND ngày 09/7/2021')).toEqual([]);
  });
});

describe('comparatorBefore', () => {
  it.each([
    ['Tỷ suất tử vong trẻ sơ sinh < ', 'lt'],
    ['đạt > ', 'gt'],
    ['còn dưới ', 'lt'],
    ['Duy trì tỷ lệ phụ nữ đẻ tại cơ sở y tế trên ', 'gt'],
    ['Tăng ', 'increase'],
    ['không quá ', 'lte'],
    ['ít nhất ', 'gte'],
    ['≥ ', 'gte'],
    ['≤ ', 'lte'],
    // Negated and compared: never the bound of "cao hơn", "vượt", "hơn" alone.
    ['không cao hơn ', 'lte'],
    ['không vượt ', 'lte'],
    ['bằng hoặc thấp hơn ', 'lte'],
    ['không ít hơn ', 'gte'],
    ['đạt và vượt ', 'gte'],
    ['dưới mức ', 'lt'],
    ['ít hơn ', 'lt'],
    ['trên mức ', 'gt'],
    ['nhiều hơn ', 'gt'],
  ] as const)('"%s" → %s', (before, c) => expect(comparatorBefore(before, 'higher')).toBe(c));

  it('takes "đạt", "xuống còn" and a bare figure from the direction', () => {
    expect(comparatorBefore('Tỷ lệ … đạt ', 'higher')).toBe('gte');
    expect(comparatorBefore('giảm … xuống còn ', 'lower')).toBe('lte');
    expect(comparatorBefore('', null)).toBe('eq');
  });
  it('does not read a comparator inside another word', () => {
    expect(comparatorBefore('Thanh ', 'higher')).toBe('gte');
  });
});

describe('unitOf and parseCell', () => {
  it('units', () => {
    expect(unitOf('%')).toBe('percent');
    expect(unitOf('‰')).toBe('per_1000_live_births');
    expect(unitOf('TVM/100.000 trẻ sinh sống')).toBe('per_100000_live_births');
    expect(unitOf('/100.000 dân')).toBe('per_100000_population');
    expect(unitOf('lần')).toBeNull();
  });
  it('cells', () => {
    expect(parseCell('< 32', 'lower')).toEqual({ comparator: 'lt', value: 32 });
    expect(parseCell('> 75.0', 'higher')).toEqual({ comparator: 'gt', value: 75 });
    expect(parseCell('19.0', 'lower')).toEqual({ comparator: 'lte', value: 19 });
    expect(parseCell('88', 'higher')).toEqual({ comparator: 'gte', value: 88 });
    expect(parseCell('< 9,5', 'lower')).toEqual({ comparator: 'lt', value: 9.5 });
    expect(parseCell('Năm 2024', null)).toBeNull();
    // A comparator in words, whole: what portals' tables write.
    expect(parseCell('Dưới 20', 'lower')).toEqual({ comparator: 'lt', value: 20 });
    expect(parseCell('Không quá 20%', 'lower')).toEqual({ comparator: 'lte', value: 20 });
    expect(parseCell('Không dưới 97', 'higher')).toEqual({ comparator: 'gte', value: 97 });
    expect(parseCell('Đạt 95', 'higher')).toEqual({ comparator: 'gte', value: 95 });
    expect(parseCell('Kế hoạch 2025', null)).toBeNull();
    expect(parseCell('Tăng dưới 5', null)).toBeNull();
    expect(parseCell('', null)).toBeNull();
  });
});

describe('comparator signs need no word boundary', () => {
  it.each([
    ['Tỷ lệ<', 'lt'], ['Tỷ lệ<=', 'lte'], ['Tỷ lệ >= ', 'gte'], ['Tỷ lệ≥', 'gte'], ['Tổng tỷ suất sinh: ', 'gte'], ['trở lên ', 'gte'],
  ] as const)('"%s" → %s', (before, c) => expect(comparatorBefore(before, 'higher')).toBe(c));
});
