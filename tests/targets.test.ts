// Every target of the five real documents, pinned: indicator, comparator, value, unit, year, baseline.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDoc } from '../src/convert/document.ts';
import { extractTableTargets } from '../src/convert/tables.ts';
import { extractTextTargets } from '../src/convert/targets.ts';
import type { Period, Target } from '../src/schema.ts';
import { sourceDoc, tax, type Slug } from './helpers/sources.ts';

/** The targets of lines under a targets heading. */
const underTargets = (ctx: Parameters<typeof extractTextTargets>[1], ...lines: string[]) => extractTextTargets(toDoc(['I. MỤC TIÊU', ...lines].join('\n')), ctx);
/** A plan for 2021–2030 issued in 2021. */
const PLAN_2021 = { indicators: tax().indicators, period: { start: 2021, end: 2030 }, issuedYear: 2021 };

const P = '%';
const M = '‰';
const L = '/100k births';
const D = '/100k people';
const UNIT = { [P]: 'percent', [M]: 'per_1000_live_births', [L]: 'per_100000_live_births', [D]: 'per_100000_population' } as const;

/** line, indicator, comparator, value, unit, year[, baseline value, baseline year] */
type Row = [number, string | null, Target['comparator'], number, keyof typeof UNIT, number, (number | null)?, number?];

const row = (t: Target): Row => {
  const r: Row = [t.line, t.indicator, t.comparator, t.value, (Object.keys(UNIT) as (keyof typeof UNIT)[]).find((k) => UNIT[k] === t.unit)!, t.year!];
  if (t.baseline) r.push(t.baseline.value, t.baseline.year);
  return r;
};

const PERIODS: Record<Slug, Period | null> = {
  'tp-bac-kan-2021-2025': { start: 2021, end: 2025 },
  'vinh-phuc-2023-2025': { start: 2023, end: 2025 },
  'lang-giang-2024-2025': { start: 2024, end: 2025 },
  'bac-giang-so-y-te-2024': { start: 2024, end: 2024 },
  'bac-kan-chi-thi-06-2024': null,
};

function read(slug: Slug) {
  const ctx = { indicators: tax().indicators, period: PERIODS[slug] };
  const doc = sourceDoc(slug);
  return { text: extractTextTargets(doc, ctx), table: extractTableTargets(doc, ctx) };
}

describe('tp-bac-kan-2021-2025 (decision approving a city plan)', () => {
  const { text, table } = read('tp-bac-kan-2021-2025');
  it('reads its 14 targets', () => {
    expect(text.targets.map(row)).toEqual<Row[]>([
      [76, 'maternal_mortality_ratio', 'lte', 42, L, 2025],
      [77, 'antenatal_care_3_visits', 'gte', 100, P, 2025],
      [78, 'antenatal_care_4_visits', 'gt', 80, P, 2025],
      [80, 'births_attended_by_health_staff', 'gte', 100, P, 2025],
      [81, 'facility_births', 'gt', 100, P, 2025],
      [82, 'postnatal_care', 'gte', 100, P, 2025],
      [83, 'anaemia_pregnant_women', 'lt', 23, P, 2025],
      [87, 'neonatal_mortality_rate', 'lt', 5, M, 2025],
      [88, 'infant_mortality_rate', 'lt', 10, M, 2025],
      [89, 'under5_mortality_rate', 'lt', 15, M, 2025],
      [90, 'underweight_under5', 'lt', 12, P, 2025],
      [91, 'stunting_under5', 'lt', 16, P, 2025],
      [92, 'low_birth_weight', 'lt', 8, P, 2025],
      [93, 'early_essential_newborn_care', 'gte', 100, P, 2025],
    ]);
    expect(table.targets).toEqual([]);
  });
  it('keeps the goal each target sits under', () => {
    expect(text.goals.map((g) => g.line)).toEqual([74, 85]);
    expect(text.targets[0]!.goal).toMatch(/^Mục tiêu 1: Cải thiện tình trạng sức khỏe bà mẹ/);
    expect(text.targets[13]!.goal).toMatch(/^Mục tiêu 2:/);
  });
});

describe('vinh-phuc-2023-2025 (provincial plan)', () => {
  const { text } = read('vinh-phuc-2023-2025');
  it('reads its 22 targets, two of them in one sentence, relative to 2020', () => {
    expect(text.targets.map(row)).toEqual<Row[]>([
      [11, 'maternal_mortality_ratio', 'lt', 18, L, 2025],
      [12, 'antenatal_care_4_visits', 'gt', 95, P, 2025],
      [13, 'facility_births', 'gt', 99, P, 2025],
      [14, 'skilled_birth_attendance', 'gt', 99, P, 2025],
      [15, 'postnatal_home_visit_first_week', 'gte', 70, P, 2025],
      [16, 'anaemia_pregnant_women', 'lt', 20, P, 2025],
      [18, 'neonatal_mortality_rate', 'lt', 2, M, 2025],
      [19, 'infant_mortality_rate', 'lt', 4, M, 2025],
      [20, 'under5_mortality_rate', 'lt', 5, M, 2025],
      [22, 'low_birth_weight', 'lt', 5, P, 2025],
      [23, 'stunting_under5', 'lt', 14.5, P, 2025],
      [24, 'early_essential_newborn_care', 'gt', 90, P, 2025],
      [25, 'full_immunization_under1', 'gt', 98, P, 2025],
      [26, 'pneumonia_antibiotics_under5', 'gte', 95, P, 2025],
      [27, 'injury_mortality_under5', 'lt', 8, D, 2025],
      [29, 'newborn_danger_signs_awareness', 'gte', 70, P, 2025],
      [30, 'early_breastfeeding', 'gte', 80, P, 2025],
      [31, 'exclusive_breastfeeding_6m', 'increase', 15, P, 2025, null, 2020],
      [31, 'continued_breastfeeding_24m', 'increase', 15, P, 2025, null, 2020],
      [32, 'pneumonia_signs_awareness', 'gte', 80, P, 2025],
      [33, 'diarrhoea_ors_awareness', 'gte', 80, P, 2025],
      [34, 'injury_prevention_knowledge', 'gte', 70, P, 2025],
    ]);
    expect(text.goals).toHaveLength(4);
  });
});

describe('lang-giang-2024-2025 (district plan with an appendix table)', () => {
  const { text, table } = read('lang-giang-2024-2025');
  it('reads its 12 text targets for 2025', () => {
    expect(text.targets.map(row)).toEqual<Row[]>([
      [23, 'maternal_mortality_ratio', 'lt', 30, L, 2025],
      [24, 'antenatal_care_4_visits', 'gte', 90, P, 2025],
      [25, 'facility_births', 'gt', 99, P, 2025],
      [26, 'skilled_birth_attendance', 'gt', 95, P, 2025],
      [27, 'postnatal_home_visit_first_week', 'gt', 80, P, 2025],
      [28, 'iron_supplementation_pregnancy', 'gt', 75, P, 2025],
      [32, 'neonatal_mortality_rate', 'lt', 9.5, M, 2025],
      [33, 'infant_mortality_rate', 'lt', 12.5, M, 2025],
      [34, 'under5_mortality_rate', 'lt', 18.5, M, 2025],
      [35, 'low_birth_weight', 'lt', 5, P, 2025],
      [36, 'early_essential_newborn_care', 'gte', 75, P, 2025],
      [37, 'stunting_under5', 'lte', 18.5, P, 2025],
    ]);
  });
  it('reads 24 table targets for 2024 and 2025, each with its 2023 result as baseline', () => {
    expect(table.targets.map(row)).toEqual<Row[]>([
      [224, 'maternal_mortality_ratio', 'lt', 32, L, 2024, 0, 2023],
      [224, 'maternal_mortality_ratio', 'lt', 30, L, 2025, 0, 2023],
      [225, 'antenatal_care_4_visits', 'gte', 88, P, 2024, 85, 2023],
      [225, 'antenatal_care_4_visits', 'gte', 90, P, 2025, 85, 2023],
      [226, 'facility_births', 'gt', 99, P, 2024, 99.9, 2023],
      [226, 'facility_births', 'gt', 99, P, 2025, 99.9, 2023],
      [227, 'skilled_birth_attendance', 'gt', 99, P, 2024, 99, 2023],
      [227, 'skilled_birth_attendance', 'gt', 99, P, 2025, 99, 2023],
      [228, 'postnatal_home_visit_first_week', 'gte', 78, P, 2024, 75, 2023],
      [228, 'postnatal_home_visit_first_week', 'gt', 80, P, 2025, 75, 2023],
      [229, 'iron_supplementation_pregnancy', 'gte', 73, P, 2024, 72, 2023],
      [229, 'iron_supplementation_pregnancy', 'gte', 75, P, 2025, 72, 2023],
      [231, 'neonatal_mortality_rate', 'lt', 9.5, M, 2024, 2.7, 2023],
      [231, 'neonatal_mortality_rate', 'lt', 9.5, M, 2025, 2.7, 2023],
      [232, 'infant_mortality_rate', 'lt', 12.5, M, 2024, 4, 2023],
      [232, 'infant_mortality_rate', 'lt', 12.5, M, 2025, 4, 2023],
      [233, 'under5_mortality_rate', 'lt', 18.5, M, 2024, 6, 2023],
      [233, 'under5_mortality_rate', 'lt', 18.5, M, 2025, 6, 2023],
      [234, 'low_birth_weight', 'lt', 5, P, 2024, 3.4, 2023],
      [234, 'low_birth_weight', 'lt', 5, P, 2025, 3.4, 2023],
      [235, 'early_essential_newborn_care', 'gt', 75, P, 2024, 75, 2023],
      [235, 'early_essential_newborn_care', 'gt', 75, P, 2025, 75, 2023],
      [236, 'stunting_under5', 'lte', 19, P, 2024, 19.4, 2023],
      [236, 'stunting_under5', 'lte', 18.5, P, 2025, 19.4, 2023],
    ]);
    const baselines = new Set(table.targets.map((t) => `${t.indicator}:${t.baseline?.value}`));
    expect(baselines.size).toBe(12);
    expect(table.targets.every((t) => t.source === 'table')).toBe(true);
  });
  it('takes the goal of each table row from the group row above it', () => {
    expect(table.goals.map((g) => g.line)).toEqual([223, 230]);
    expect(table.targets.at(-1)!.goal).toBe('Mục tiêu 2: Cải thiện tình trạng sức khỏe trẻ sơ sinh và trẻ nhỏ');
  });
});

describe('bac-giang-so-y-te-2024 (one-year departmental plan)', () => {
  const { text } = read('bac-giang-so-y-te-2024');
  it('reads its 12 targets for 2024, leaving staff counts and durations alone', () => {
    expect(text.targets.map(row)).toEqual<Row[]>([
      [16, 'maternal_mortality_ratio', 'lt', 32, L, 2024],
      [18, 'antenatal_care_4_visits', 'gte', 88, P, 2024],
      [20, 'births_attended_by_health_staff', 'gt', 99, P, 2024],
      [22, 'skilled_birth_attendance', 'gt', 99, P, 2024],
      [24, 'postnatal_home_visit_first_week', 'gte', 78, P, 2024],
      [26, 'iron_supplementation_pregnancy', 'gte', 73, P, 2024],
      [30, 'neonatal_mortality_rate', 'lt', 9.5, M, 2024],
      [32, 'infant_mortality_rate', 'lt', 12.5, M, 2024],
      [34, 'under5_mortality_rate', 'lt', 18.5, M, 2024],
      [36, 'low_birth_weight', 'lt', 5, P, 2024],
      [38, 'early_essential_newborn_care', 'gt', 75, P, 2024],
      [40, 'stunting_under5', 'lte', 19, P, 2024],
    ]);
    expect(text.unclassified).toEqual([]);
  });
});

describe('bac-kan-chi-thi-06-2024 (directive)', () => {
  it('sets no numeric target', () => {
    const { text, table } = read('bac-kan-chi-thi-06-2024');
    expect(text.targets).toEqual([]);
    expect(table.targets).toEqual([]);
  });
});

describe('sentences and tables beyond the five documents', () => {
  const ctx = { indicators: tax().indicators, period: { start: 2021, end: 2025 } };
  const one = (s: string) => extractTextTargets(toDoc(`II. MỤC TIÊU\n${s}`), ctx).targets;

  it('gives a subgroup target its group and the main indicator', () => {
    const t = one('- Tỷ lệ phụ nữ đẻ được khám thai 4 lần trong 3 thời kỳ đạt 90%, trong đó vùng khó khăn đạt 80%.');
    expect(t.map((x) => [x.indicator, x.value, x.group])).toEqual([
      ['antenatal_care_4_visits', 90, null],
      ['antenatal_care_4_visits', 80, 'vùng khó khăn'],
    ]);
  });
  it('resolves an elliptic second target in one sentence', () => {
    const t = one('- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 4‰ và trẻ em dưới 5 tuổi xuống dưới 5‰.');
    expect(t.map((x) => [x.indicator, x.comparator, x.value])).toEqual([
      ['infant_mortality_rate', 'lt', 4],
      ['under5_mortality_rate', 'lt', 5],
    ]);
  });
  it('reads tỉ/tỷ and thai kỳ/thời kỳ alike, ≤ and ≥ signs, and a year in the sentence', () => {
    const t = one('- Tỉ lệ phụ nữ đẻ được khám thai 3 lần trong 3 thai kỳ ≥ 95% vào năm 2023.\n- Tỉ số tử vong mẹ ≤ 40/100.000 trẻ đẻ sống.');
    expect(t.map((x) => [x.indicator, x.comparator, x.value, x.year])).toEqual([
      ['antenatal_care_3_visits', 'gte', 95, 2023],
      ['maternal_mortality_ratio', 'lte', 40, 2025],
    ]);
  });
  it('keeps a target it cannot classify, with indicator null', () => {
    const t = one('- Tỷ lệ hộ gia đình có nhà tiêu hợp vệ sinh đạt 85%.');
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ indicator: null, comparator: 'gte', value: 85 });
  });
  it('reports, not keeps, an unnamed figure outside the targets part', () => {
    const r = extractTextTargets(toDoc('III. GIẢI PHÁP\n- Phấn đấu 60% trạm y tế có bác sĩ.'), ctx);
    expect(r.targets).toEqual([]);
    expect(r.unclassified).toEqual([{ line: 2, text: '- Phấn đấu 60% trạm y tế có bác sĩ.', reason: expect.any(String) }]);
  });
  it('reads a Markdown pipe table; a plain figure takes its bound from the direction', () => {
    const md = [
      '| TT | Chỉ số | Đơn vị | Thực hiện năm 2023 | Năm 2025 |',
      '|---|---|---|---|---|',
      '| 1 | Tỷ lệ suy dinh dưỡng thể thấp còi | % | 20,1 | 18 |',
      '| 2 | Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ | % | 96 | ≥ 98 |',
    ].join('\n');
    const t = extractTableTargets(toDoc(md), ctx).targets;
    expect(t.map((x) => [x.line, x.indicator, x.comparator, x.value, x.year, x.baseline])).toEqual([
      [3, 'stunting_under5', 'lte', 18, 2025, { value: 20.1, year: 2023 }],
      [4, 'full_immunization_under1', 'gte', 98, 2025, { value: 96, year: 2023 }],
    ]);
  });
});

describe('real plans as legal portals show them (tests/fixtures/realworld-dev)', () => {
  const ctx = { indicators: tax().indicators, period: { start: 2021, end: 2030 }, issuedYear: 2022 };
  const dev = (name: string) =>
    extractTextTargets(toDoc(readFileSync(`tests/fixtures/realworld-dev/${name}`, 'utf8').normalize('NFC')), ctx);
  const rows = (r: ReturnType<typeof dev>) => r.targets.map((t) => [t.line, t.indicator, t.comparator, t.value, t.year]);

  it('joins sentences the portal broke across lines and dates each clause by its own year', () => {
    // "- Giảm tỷ suất tử vong trẻ sơ" / "sinh xuống 10‰ vào năm 2025 và 9‰ vào năm 2030."
    expect(rows(dev('01_ninh-thuan-182-kh-ubnd-2022.txt'))).toEqual([
      [36, 'neonatal_mortality_rate', 'lte', 10, 2025],
      [36, 'neonatal_mortality_rate', 'lte', 9, 2030],
      [38, 'infant_mortality_rate', 'lt', 15, 2025],
      [38, 'infant_mortality_rate', 'lt', 12, 2030],
      [40, 'under5_mortality_rate', 'lt', 20, 2025],
      [40, 'under5_mortality_rate', 'lt', 18, 2030],
    ]);
  });
  it('takes the year of a heading ("a) Đến năm 2025") for the list under it', () => {
    expect(rows(dev('06_dong-thap-107-kh-ubnd-2020.txt')).map((r) => r.slice(1))).toEqual([
      ['stunting_under5', 'lt', 20, 2025],
      ['underweight_under5', 'lt', 11, 2025],
    ]);
  });
  it('keeps targets with units other than % and ‰, and a change per year', () => {
    const t = dev('11_nam-dinh-02-kh-ubnd-2016.txt').targets;
    // The crude birth rate and natural increase are per 1,000 people, not per 1,000 births.
    expect(t.map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ['decrease', 0.1, 'per_1000_population'],
      ['lte', 14.04, 'per_1000_population'],
      ['lte', 10.42, 'percent'],
      ['gte', 2.1, 'children_per_woman'],
      ['lte', 9.09, 'per_1000_population'],
      ['lte', 2.25, 'million_people'],
    ]);
  });
  it('reads no target from a text whose targets are cut off', () => {
    expect(dev('14_ca-mau-202-kh-ubnd-2024.txt').targets).toEqual([]);
  });
  it('reads no target from a sentence the excerpt cuts off, and keeps it for the editor', () => {
    // "- Khống chế tỷ lệ béo phì ở trẻ <5 tuổi dưới 5% ở nông thôn và dưới 10" ends the excerpt.
    const found = extractTextTargets(toDoc(readFileSync('tests/fixtures/realworld-dev/08_ha-nam-362-kh-ubnd-2016.txt', 'utf8')), { ...ctx, period: { start: 2016, end: 2020 }, issuedYear: 2016 });
    expect(found.targets.map((t) => t.value)).toEqual([8, 21.4, 10]);
    expect(found.unclassified.at(-1)?.reason).toMatch(/mid-sentence/);
  });
});

describe('how real plans state targets', () => {
  const ctx = PLAN_2021;
  const read = (...lines: string[]) => extractTextTargets(toDoc(['II. MỤC TIÊU', ...lines].join('\n')), ctx);
  const one = (...lines: string[]) => read(...lines).targets.map((t) => [t.indicator, t.comparator, t.value, t.year, t.group]);

  it('one year per clause, with and without a second comparator', () => {
    expect(one('- Giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 9‰ vào năm 2025 và dưới 8‰ vào năm 2030.')).toEqual([
      ['infant_mortality_rate', 'lt', 9, 2025, null],
      ['infant_mortality_rate', 'lt', 8, 2030, null],
    ]);
    expect(one('- Tỷ lệ trẻ được bú mẹ hoàn toàn trong 6 tháng đầu đạt 80% năm 2025 và 85% năm 2030.')).toEqual([
      ['exclusive_breastfeeding_6m', 'gte', 80, 2025, null],
      ['exclusive_breastfeeding_6m', 'gte', 85, 2030, null],
    ]);
  });
  it('a year in a heading or lead-in governs what follows', () => {
    expect(one('Đến năm 2025:', '- Tỷ suất tử vong trẻ sơ sinh dưới 10‰;', 'Đến năm 2030:', '- Tỷ suất tử vong trẻ sơ sinh dưới 8‰.')).toEqual([
      ['neonatal_mortality_rate', 'lt', 10, 2025, null],
      ['neonatal_mortality_rate', 'lt', 8, 2030, null],
    ]);
    expect(one('- Đến năm 2025: tỷ lệ suy dinh dưỡng thể thấp còi dưới 20%; tỷ lệ suy dinh dưỡng thể nhẹ cân dưới 10%.')).toEqual([
      ['stunting_under5', 'lt', 20, 2025, null],
      ['underweight_under5', 'lt', 10, 2025, null],
    ]);
  });
  it('reads lên, ở mức trên, duy trì … dưới, không quá, tối thiểu', () => {
    expect(one('- Tăng tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ lên 85%.')).toEqual([['full_immunization_under1', 'gte', 85, 2030, null]]);
    expect(one('- Duy trì tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ ở mức trên 97%.')).toEqual([['full_immunization_under1', 'gt', 97, 2030, null]]);
    expect(one('- Duy trì tỷ số tử vong mẹ dưới 46/100.000 trẻ đẻ sống.')).toEqual([['maternal_mortality_ratio', 'lt', 46, 2030, null]]);
    expect(one('- Tỷ suất tử vong trẻ em dưới 5 tuổi không quá 20‰.')).toEqual([['under5_mortality_rate', 'lte', 20, 2030, null]]);
    expect(one('- Tỷ lệ phụ nữ đẻ được khám thai ít nhất 4 lần tối thiểu 70%.')).toEqual([['antenatal_care_4_visits', 'gte', 70, 2030, null]]);
  });
  it('a space as the thousands separator, glued comparators, "%0" for ‰, footnote marks', () => {
    expect(one('- Giảm tỷ số tử vong mẹ xuống còn 42/100 000 trẻ đẻ sống.')).toEqual([['maternal_mortality_ratio', 'lte', 42, 2030, null]]);
    expect(one('- Tỷ suất tử vong trẻ em dưới 5 tuổi dưới18,5‰.')).toEqual([['under5_mortality_rate', 'lt', 18.5, 2030, null]]);
    expect(one('- Tỷ suất tử vong trẻ sơ sinh dưới 12,5%0.')).toEqual([['neonatal_mortality_rate', 'lt', 12.5, 2030, null]]);
    expect(one('- Tỷ lệ suy dinh dưỡng thể thấp còi dưới 24%1.')).toEqual([['stunting_under5', 'lt', 24, 2030, null]]);
    expect(one('- Tỷ lệ suy dinh dưỡng thể thấp còi xuống còn 21.4% năm 2025.')).toEqual([['stunting_under5', 'lte', 21.4, 2025, null]]);
  });
  it('past results are no targets; a "từ … xuống …" start is the baseline', () => {
    const r = read('- Tỷ lệ suy dinh dưỡng thể thấp còi đã giảm xuống còn 23,7% năm 2016.');
    expect(r.targets).toEqual([]);
    expect(r.unclassified[0]!.reason).toMatch(/past result/);
    const t = read('- Giảm tỷ lệ suy dinh dưỡng thể thấp còi từ 23,7% năm 2020 xuống 20% năm 2025.').targets;
    expect(t.map((x) => [x.value, x.year, x.baseline])).toEqual([[20, 2025, { value: 23.7, year: 2020 }]]);
  });
  it('national figures quoted as context in a local plan are no targets', () => {
    const r = read('- Toàn quốc tỷ suất tử vong trẻ em dưới 5 tuổi là 21‰.');
    expect(r.targets).toEqual([]);
    expect(r.unclassified).toHaveLength(1);
  });
  it('subgroup targets get a group, thresholds included', () => {
    expect(one('- Tỷ suất tử vong trẻ em dưới 5 tuổi dưới 20‰, ở vùng khó khăn trên 19‰ giảm còn 25‰.').map((r) => r[4])).toContain('vùng khó khăn');
    expect(one('- Tỷ suất tử vong trẻ em dưới 1 tuổi ở các huyện miền núi dưới 15‰.')).toEqual([['infant_mortality_rate', 'lt', 15, 2030, 'các huyện miền núi']]);
    expect(one('- Khống chế tỷ lệ béo phì dưới 5% ở nông thôn và dưới 10% ở thành thị.').map((r) => r[4])).toEqual(['nông thôn', 'thành thị']);
    expect(one('- Giảm tử vong trẻ em dưới 5 tuổi, đặc biệt ở vùng khó khăn, xuống dưới 20‰.')).toEqual([['under5_mortality_rate', 'lt', 20, 2030, null]]);
  });
});

describe('indicators real plans set, named from their wording', () => {
  const ctx = { indicators: tax().indicators, period: { start: 2021, end: 2025 } };
  const ids = (line: string) => extractTextTargets(toDoc(`II. MỤC TIÊU\n${line}`), ctx).targets.map((t) => t.indicator);
  it.each([
    // "bẩm sinh" is no birth to an adolescent (Hòa Bình's thalassaemia plan, as the province's portal gives it).
    ['- Có 70% vị thành niên/thanh niên được cung cấp kiến thức cơ bản về phòng Bệnh Tan máu bẩm sinh.', null],
    ['- Giảm tỷ suất sinh ở vị thành niên xuống còn 30‰.', 'adolescent_births'],
    // Micronutrients for children, neonatal tetanus, cases of diarrhoea: none of the indicators that share their words.
    ['- Tỷ lệ trẻ em 6-23 tháng tuổi được bổ sung đa vi chất đạt 50%.', null],
    ['- Duy trì loại trừ uốn ván sơ sinh: 100% huyện đạt tiêu chuẩn.', null],
    ['- Giảm tỷ lệ mắc tiêu chảy ở trẻ em dưới 5 tuổi xuống dưới 10%.', null],
    ['- Giảm tỷ lệ thiếu vitamin A tiền lâm sàng ở trẻ em dưới 5 tuổi xuống dưới 10%.', 'vitamin_a_deficiency_under5'],
    ['- Tỷ lệ trẻ dưới 5 tuổi có cân nặng thấp theo tuổi (trẻ sinh ra sau năm 2020) dưới 10%.', 'underweight_under5'],
    ['- Giảm tỷ lệ suy dinh dưỡng thể gầy còm ở trẻ em dưới 5 tuổi xuống dưới 5%.', 'wasting_under5'],
    ['- Tỷ lệ phụ nữ đẻ được khám thai ≥ 4 lần trong thai kỳ đạt 85%.', 'antenatal_care_4_visits'],
    ['- Tỷ lệ trẻ sơ sinh nhẹ cân được chăm sóc bằng phương pháp Kangaroo đạt 50%.', 'kangaroo_mother_care'],
    ['- Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện theo độ tuổi đạt 90% vào năm 2025.', 'early_childhood_development'],
    ['- Tỷ lệ phụ nữ đẻ được khám thai từ 4 lần trở lên đạt 85%.', 'antenatal_care_4_visits'],
    ['- Tỷ lệ phụ nữ đẻ được khám thai đủ 3 lần trong 3 thai kỳ đạt 95%.', 'antenatal_care_3_visits'],
    ['- Khống chế tỷ lệ thừa cân, béo phì ở trẻ em dưới 5 tuổi dưới 10%.', 'overweight_obesity_under5'],
    ['- Giảm tỷ lệ thiếu máu ở trẻ em dưới 5 tuổi xuống dưới 20%.', 'anaemia_children'],
    ['- Giảm tỷ lệ thiếu máu ở phụ nữ tuổi sinh đẻ xuống dưới 25%.', 'anaemia_women_reproductive_age'],
    ['- Giảm tỷ lệ thiếu máu ở phụ nữ có thai xuống dưới 23%.', 'anaemia_pregnant_women'],
    ['- Giảm tỷ lệ thiếu năng lượng trường diễn ở phụ nữ tuổi sinh đẻ xuống dưới 10%.', 'chronic_energy_deficiency_women'],
    ['- Tỷ lệ trẻ từ 6-23 tháng tuổi được ăn bổ sung hợp lý đạt 80%.', 'complementary_feeding'],
    ['- Trên 95% trẻ em 6-59 tháng tuổi được uống vitamin A liều cao.', 'vitamin_a_supplementation'],
    ['- Tăng tỷ lệ phụ nữ mang thai được sàng lọc trước sinh lên 70%.', 'prenatal_screening'],
    ['- Tăng tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh lên 90%.', 'newborn_screening'],
    ['- Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong vòng 24 giờ đầu sau sinh đạt trên 85%.', 'hepatitis_b_birth_dose'],
    ['- 95% phụ nữ mang thai được xét nghiệm HIV.', 'pmtct_hiv_testing'],
    ['- Tỷ lệ phụ nữ mang thai được xét nghiệm giang mai đạt 90%.', 'pmtct_syphilis_testing'],
    ['- Tỷ lệ lây truyền HIV từ mẹ sang con dưới 2%.', 'mother_to_child_hiv_transmission'],
    ['- Tỷ lệ sử dụng biện pháp tránh thai hiện đại đạt 70%.', 'contraceptive_prevalence'],
    ['- Giảm tỷ lệ có thai ở tuổi vị thành niên xuống dưới 3%.', 'adolescent_births'],
    ['- Tỷ lệ bà mẹ cho trẻ bú sữa mẹ trong giờ đầu sau sinh đạt 90%.', 'early_breastfeeding'],
    ['- Tỷ lệ trẻ em có cân nặng sơ sinh thấp (dưới 2.500 gram) dưới 5%.', 'low_birth_weight'],
  ])('%s → %s', (line, id) => expect(ids(line)).toEqual([id]));
});

describe('targets stated as "indicator: value unit"', () => {
  const ctx = { indicators: tax().indicators, period: null };
  it('reads a list of indicators with a colon, in units other than % and ‰, under a dated heading', () => {
    const r = extractTextTargets(toDoc(['I. MỤC TIÊU', '2. Chỉ tiêu kế hoạch năm 2023',
      '- Tỷ số giới tính khi sinh: 111,2 số bé trai/100 bé gái sinh ra sống;', '- Tổng tỷ suất sinh: 2,1 con/phụ nữ.',
      '- Từ 95% trẻ từ đủ 6 tháng đến dưới 9 tháng tuổi được tiêm vắc xin phòng bệnh Sởi.'].join('\n')), ctx);
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['sex_ratio_at_birth', 'lte', 111.2, 'boys_per_100_girls', 2023],
      ['total_fertility_rate', 'gte', 2.1, 'children_per_woman', 2023],
      ['measles_vaccination', 'gte', 95, 'percent', 2023],
    ]);
  });
});

describe('subgroups listed after the main figure (QĐ 2718/QĐ-BYT, 2012)', () => {
  const ctx = { indicators: tax().indicators, period: { start: 2011, end: 2015 } };
  const rows = (line: string) =>
    extractTextTargets(toDoc(`II. MỤC TIÊU\n${line}`), ctx).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.group]);
  it('"trong đó khu vực đồng bằng … và khu vực miền núi …" gives both subgroups', () => {
    expect(rows('+ Giảm tỷ số tử vong mẹ xuống còn 58,3/100.000 sơ sinh sống, trong đó khu vực đồng bằng giảm xuống còn 30/100.000 sơ sinh sống và khu vực miền núi giảm xuống còn 85/100.000 sơ sinh sống.')).toEqual([
      ['maternal_mortality_ratio', 'lte', 58.3, 'per_100000_live_births', null],
      ['maternal_mortality_ratio', 'lte', 30, 'per_100000_live_births', 'khu vực đồng bằng'],
      ['maternal_mortality_ratio', 'lte', 85, 'per_100000_live_births', 'khu vực miền núi'],
    ]);
    expect(rows('+ Tỷ lệ phụ nữ đẻ được nhân viên y tế đã qua đào tạo đỡ đạt 98%, trong đó khu vực đồng bằng đạt 99% và khu vực miền núi đạt 85%.')).toEqual([
      ['births_attended_by_health_staff', 'gte', 98, 'percent', null],
      ['births_attended_by_health_staff', 'gte', 99, 'percent', 'khu vực đồng bằng'],
      ['births_attended_by_health_staff', 'gte', 85, 'percent', 'khu vực miền núi'],
    ]);
  });
  it('a ratio per 100 live births', () => {
    expect(rows('+ Tỷ số phá thai giảm xuống còn 25/100 sơ sinh sống.')).toEqual([['abortion_ratio', 'lte', 25, 'per_100_live_births', null]]);
  });
});

describe('a national programme (QĐ 1493/QĐ-TTg, 2021, as the portal breaks its lines)', () => {
  const text = [
    'I. MỤC TIÊU',
    '- Đến năm 2025: Giảm tỷ suất tử vong',
    'trẻ sơ sinh xuống 9‰ trong toàn quốc và xuống 15‰ ở các tỉnh năm 2020 có tỷ suất tử vong sơ sinh trên 19‰; Giảm tỷ suất tử vong',
    'trẻ dưới 1 tuổi xuống dưới 12,5‰ trong toàn quốc và xuống 19,5‰ ở các tỉnh năm 2020 có tỷ suất tử vong trẻ dưới',
    '1 tuổi trên 21‰; Giảm tỷ suất tử vong trẻ dưới 5 tuổi xuống dưới 18,5‰ trong toàn quốc.',
  ].join('\n');
  const ctx = { indicators: tax().indicators, period: { start: 2021, end: 2030 }, national: true };
  it('reads the national targets, the subgroup targets with their defining threshold, and cites each clause\'s first line', () => {
    const t = extractTextTargets(toDoc(text), ctx).targets;
    expect(t.map((x) => [x.line, x.indicator, x.comparator, x.value, x.year, x.group])).toEqual([
      [2, 'neonatal_mortality_rate', 'lte', 9, 2025, null],
      [2, 'neonatal_mortality_rate', 'lte', 15, 2025, 'các tỉnh năm 2020 có tỷ suất tử vong sơ sinh trên 19‰'],
      [3, 'infant_mortality_rate', 'lt', 12.5, 2025, null],
      [3, 'infant_mortality_rate', 'lte', 19.5, 2025, 'các tỉnh năm 2020 có tỷ suất tử vong trẻ dưới 1 tuổi trên 21‰'],
      [5, 'under5_mortality_rate', 'lt', 18.5, 2025, null],
    ]);
  });
  it('in a provincial plan the same "toàn quốc" sentence is context, not a target', () => {
    const r = extractTextTargets(toDoc(text), { ...ctx, national: false });
    expect(r.targets).toEqual([]);
    expect(r.unclassified.map((u) => u.line)).toEqual([2]);
  });
});

describe('wordings found in the real-world corpus', () => {
  const ctx = { indicators: tax().indicators, period: { start: 2016, end: 2020 }, issuedYear: 2015 };
  const read = (...lines: string[]) => underTargets(ctx, ...lines);
  it('a change against a reference year is relative, and "trở lên" names no bound (Hà Nội 10/KH-UBND, 2017)', () => {
    const t = read('- Giảm tỷ lệ sinh con thứ 3 trở lên 0,1 % so với năm 2016.').targets;
    expect(t.map((x) => [x.indicator, x.comparator, x.value, x.baseline])).toEqual([['third_or_higher_births', 'decrease', 0.1, { value: null, year: 2016 }]]);
  });
  it('past results in a scanned text ("%o" for ‰, "nam" for năm) are no targets (Bộ Y tế 01/CT-BYT, 2015)', () => {
    const r = read('năm 2014 Tử vong trẻ em dưới 1 tuổi đã giảm gần 3 lần từ 44.4%ø vào năm 1990',
      'xuống còn 14,9%o nam 2014, tử vong trẻ em đưới 5 tuổi giảm hơn một nửa tir 58%o vào năm 1990 xuống còn xuống 22,4 %o năm 2014');
    expect(r.targets).toEqual([]);
  });
  it('a heading that dates what follows without "năm" ("a) Chỉ tiêu đến 2025"), and parts and items numbered "II-", "2)" (Hà Nội 237/KH-UBND)', () => {
    const t = underTargets(PLAN_2021, 'a) Chỉ tiêu đến 2025', '- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 20%;', 'b) Chỉ tiêu đến 2030', '- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 18%.').targets;
    expect(t.map((x) => [x.indicator, x.value, x.year])).toEqual([['stunting_under5', 20, 2025], ['stunting_under5', 18, 2030]]);
    // The heading's year holds up to the next part, "III-" as "III.".
    const doc = toDoc(['II- MỤC TIÊU', '2) Chỉ tiêu năm 2023', '- Tỷ lệ sàng lọc sơ sinh đạt 88%.', 'III- NHIỆM VỤ', '- Tỷ lệ sàng lọc trước sinh đạt 83%.'].join('\n'));
    expect(extractTextTargets(doc, PLAN_2021).targets.map((x) => [x.indicator, x.value, x.year])).toEqual([['newborn_screening', 88, 2023], ['prenatal_screening', 83, 2030]]);
  });
  it('a year the page broke onto a line of its own is no numbered item (Quảng Ninh 256/KH-UBND, wrapped at 80)', () => {
    const t = read('- Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 9‰ vào năm 2025 và dưới 8‰ vào năm', '2030.').targets;
    expect(t.map((x) => [x.indicator, x.value, x.year])).toEqual([['neonatal_mortality_rate', 9, 2025], ['neonatal_mortality_rate', 8, 2030]]);
  });
  it('a figure after a stop with nothing but its year keeps the indicator and bound (Thừa Thiên Huế 175/KH-UBND, 2021)', () => {
    const t = read('- Tỷ lệ nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn đạt 70% năm 2025; 90% năm 2030 và giảm', 'tỷ lệ tảo hôn.').targets;
    expect(t.map((x) => [x.indicator, x.comparator, x.value, x.year])).toEqual([
      ['premarital_health_check', 'gte', 70, 2025],
      ['premarital_health_check', 'gte', 90, 2030],
    ]);
  });
  it('a sex ratio cut after "trẻ trai", and a change in percentage points (Hà Nội 78/KH-UBND, 2018; Tổng cục DS-KHHGĐ 207, 2023)', () => {
    const t = read('- Tỷ số giới tính khi sinh: không quá 113,5 trẻ trai', '- Giảm tỷ số giới tính khi sinh (-SRB): -0,2 điểm phần trăm so với năm 2022;').targets;
    expect(t.map((x) => [x.indicator, x.comparator, x.value, x.unit])).toEqual([
      ['sex_ratio_at_birth', 'lte', 113.5, 'boys_per_100_girls'],
      ['sex_ratio_at_birth', 'decrease', 0.2, 'percentage_points'],
    ]);
  });
  it('a diet for children 6–23 months is complementary feeding (Quảng Nam 5729/KH-UBND, 2022)', () => {
    const t = read('- Tỷ lệ trẻ từ 06 - 23 tháng có', 'chế độ ăn đúng, đủ đạt 65% vào năm 2025 và đạt 80% vào năm 2030.').targets;
    expect(t.map((x) => [x.line, x.indicator, x.comparator, x.value, x.year])).toEqual([
      [2, 'complementary_feeding', 'gte', 65, 2025],
      [2, 'complementary_feeding', 'gte', 80, 2030],
    ]);
  });
});

describe('wordings of national and city programmes as portals summarise them', () => {
  // Quyết định 1208/QĐ-TTg (2012) as thuvienphapluat's bulletin quotes it
  // (https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/3549/phai-giam-ty-le-chet-so-sinh-xuong-con-10‰);
  // the Hà Nội "1.000 ngày đầu đời" targets as a school's page quotes them
  // (http://mngiathuong.longbien.edu.vn/dinh-duong-cho-be/trien-khai-chuong-trinh-cham-soc-dinh-duong-1000-ngay-dau-doi/ct/3574/903628).
  const ctx = { indicators: tax().indicators, period: null, issuedYear: 2012 };
  const read = (...lines: string[]) => underTargets(ctx, ...lines).targets;
  const rows = (t: Target[]) => t.map((x) => [x.indicator, x.comparator, x.value, x.year]);
  it('a sentence that opens on its year dates every clause of it; "tỷ số tử vong bà mẹ", "tỷ suất chết sơ sinh"', () => {
    expect(rows(read('Phấn đấu đến năm 2015 giảm tỷ số tử vong bà mẹ xuống còn 58,3/100.000 trẻ đẻ sống, giảm tỷ suất chết sơ sinh xuống còn 10‰, giảm tỷ suất chết trẻ em dưới 1 tuổi xuống còn 14‰.'))).toEqual([
      ['maternal_mortality_ratio', 'lte', 58.3, 2015],
      ['neonatal_mortality_rate', 'lte', 10, 2015],
      ['infant_mortality_rate', 'lte', 14, 2015],
    ]);
    expect(rows(read('Theo Quyết định, phấn đấu đến năm 2015 tỷ lệ phụ nữ đẻ được quản lý thai đạt 96%, tỷ lệ phụ nữ đẻ do cán bộ được đào tạo đỡ đạt 96%, tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc ít nhất 1 lần sau đẻ đạt 85%.'))).toEqual([
      ['antenatal_management', 'gte', 96, 2015],
      ['births_attended_by_health_staff', 'gte', 96, 2015],
      ['postnatal_care', 'gte', 85, 2015],
    ]);
  });
  it('"… và … đều giảm 20%": the figure is each joined indicator\'s', () => {
    // Abortions among adolescents are no abortion ratio of all women: a figure of their own.
    const t = read('Cải thiện sức khỏe sinh sản vị thành niên và thành niên, đến năm 2015 tỷ lệ có thai ở vị thành niên và tỷ lệ phá thai ở vị thành niên đều giảm 20% so với năm 2010.');
    expect(rows(t)).toEqual([['adolescent_births', 'decrease', 20, 2015], ['adolescent_abortion', 'decrease', 20, 2015]]);
    expect(rows(read('- Tỷ lệ phụ nữ mang thai được xét nghiệm HIV, tỷ lệ được xét nghiệm giang mai đều đạt trên 95% vào năm 2015.'))).toEqual([
      ['pmtct_hiv_testing', 'gt', 95, 2015],
      ['pmtct_syphilis_testing', 'gt', 95, 2015],
    ]);
  });
  it('"dưới 10% ở nội thành và 5% ở ngoại thành vào năm 2025": two subgroups sharing the year that closes the clause', () => {
    const t = read('khống chế tỷ lệ thừa cân, béo phì xuống dưới 10% ở nội thành và 5% ở ngoại thành vào năm 2025.');
    expect(t.map((x) => [x.indicator, x.comparator, x.value, x.year, x.group])).toEqual([
      ['overweight_obesity_under5', 'lt', 10, 2025, 'nội thành'],
      ['overweight_obesity_under5', 'lt', 5, 2025, 'ngoại thành'],
    ]);
  });
  it('a bracket that runs on to the next figure dates that figure, not the one before it', () => {
    expect(rows(read('Mục tiêu nâng cao tỷ lệ thực hành, đến năm 2025 tăng tỷ lệ bà mẹ thực hành cho con bú sớm ngay 01 giờ đầu sau sinh lên 80% (năm 2030 là 85% ); tăng tỷ lệ bà mẹ cho con bú hoàn toàn trong 6 tháng đầu lên 25% (năm 2030 là 30%); tăng tỷ lệ bà mẹ tiếp tục cho con bú đến khi được 24 tháng tuổi hoặc lâu hơn lên 60% (năm 2030 là 70%).'))).toEqual([
      ['early_breastfeeding', 'gte', 80, 2025],
      ['early_breastfeeding', 'gte', 85, 2030],
      ['exclusive_breastfeeding_6m', 'gte', 25, 2025],
      ['exclusive_breastfeeding_6m', 'gte', 30, 2030],
      ['continued_breastfeeding_24m', 'gte', 60, 2025],
      ['continued_breastfeeding_24m', 'gte', 70, 2030],
    ]);
  });
  it('a figure that opens its clause is not named by the clause before the ";" (Ninh Hòa, Báo Khánh Hòa, 2015)', () => {
    // https://baokhanhhoa.vn/xa-hoi/yte-suckhoe/201503/ninh-hoa-phan-dau-duy-tri-ty-le-suy-dinh-duong-tre-em-duoi-5-tuoi-duoi-6-2375101
    const t = read('- Truyền thông giáo dục các bà mẹ đưa con em đi tiêm chủng đầy đủ; 95% phụ nữ mang thai và bà mẹ có con dưới 2 tuổi được tư vấn nuôi con bằng sữa mẹ vào năm 2015;');
    expect(rows(t)).toEqual([[null, 'eq', 95, 2015]]);
  });
  it('a fertility rate with no word before it is kept where its clause names it; "sinh đủ 02 con" is none (An Giang 288/KH-UBND, 2024)', () => {
    expect(rows(read('- Tổng tỷ suất sinh 2,1 con vào năm 2015.'))).toEqual([['total_fertility_rate', 'gte', 2.1, 2015]]);
    expect(read('- Mức sinh 1,4 con/phụ nữ vào năm 2015.').map((x) => [x.value, x.unit, x.year])).toEqual([[1.4, 'children_per_woman', 2015]]);
    expect(read('Phấn đấu đạt mức sinh thay thế, thực hiện cuộc vận động mỗi cặp vợ chồng sinh đủ 02 con, kiểm soát tình trạng mất cân bằng giới tính khi sinh.')).toEqual([]);
  });
  it('a count of things set as a target is kept for the editor, not dropped (Ninh Bình 149/KH-UBND, 2021)', () => {
    const r = extractTextTargets(toDoc(['I. MỤC TIÊU', '- 70.000 ngôi nhà thuộc các hộ gia đình có trẻ em đạt tiêu chí Ngôi nhà an toàn vào năm 2025 và 80.000 vào năm 2030.', '- Tổ chức 12 lớp tập huấn trong 3 tháng.'].join('\n')), ctx);
    expect(r.targets).toEqual([]);
    expect(r.unclassified.map((u) => [u.line, u.reason])).toEqual([[2, 'a count of things, which no unit of the record holds: kept for the editor']]);
  });
  it('the size of a change is a relative target; a rate of change is no level of a ratio counted in words', () => {
    // https://www.baokhanhhoa.vn/xa-hoi/202002/cam-lam-phan-dau-giam-ty-le-sinh-con-thu-3-tro-len-con-115-8151459/
    expect(rows(read('Các chỉ tiêu được đưa ra gồm: mức giảm tỷ lệ sinh con thứ 3 trở lên đạt 0,5% trong năm 2015;'))).toEqual([['third_or_higher_births', 'decrease', 0.5, 2015]]);
    // https://tphcm.dangcongsan.vn/tin-tuc/nang-cao-chat-luong-dan-so-cham-soc-suc-khoe-nguoi-cao-tuoi-520304.html
    const t = read('Theo đó, đến năm 2015 Thành phố sẽ duy trì tỷ số giới tính khi sinh (tốc độ tăng tỷ số giới tính khi sinh không quá 0,4%);');
    expect(t.map((x) => [x.indicator, x.comparator, x.value, x.unit])).toEqual([[null, 'lte', 0.4, 'percent']]);
  });
  it('underweight and stunting named by the measure ("theo cân nặng", "theo chiều cao"); "xuống còn … con" is an upper bound', () => {
    expect(rows(read('- Tỷ lệ suy dinh dưỡng theo cân nặng ở trẻ em dưới 5 tuổi dưới 12%, theo chiều cao đạt dưới 22,5% vào năm 2015.'))).toEqual([
      ['underweight_under5', 'lt', 12, 2015],
      ['stunting_under5', 'lt', 22.5, 2015],
    ]);
    expect(rows(read('- Tổng tỷ suất sinh xuống còn 1,8 con vào năm 2015.'))).toEqual([['total_fertility_rate', 'lte', 1.8, 2015]]);
  });
});

describe('listed values in words (Tổng cục DS-KHHGĐ 207/TCDS-KHTC, 2023)', () => {
  const ctx = { indicators: tax().indicators, period: { start: 2023, end: 2023 } };
  const read = (...lines: string[]) => underTargets(ctx, ...lines).targets;
  it('keeps a life expectancy and a head count given as a listed value, never an age', () => {
    expect(read('- Tuổi thọ trung bình (tính từ lúc sinh): 73,8 tuổi;', '- Tổng số người mới sử dụng BPTT hiện đại trong năm: 5.113.387 người;')
      .map((t) => [t.indicator, t.value, t.unit])).toEqual([['life_expectancy', 73.8, 'years'], [null, 5113387, 'people']]);
    expect(read('- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống 20‰.').map((t) => t.value)).toEqual([20]);
  });
});

describe('a table the portal flattened into lines (huyện Mường Chà, 2022)', () => {
  it('keeps a bound whose unit stands apart as unclassified: never a target, never dropped', () => {
    const dir = new URL('./fixtures/realworld/', import.meta.url);
    const name = readdirSync(dir).find((n) => n.startsWith('38_'))!;
    const doc = toDoc(readFileSync(new URL(name, dir), 'utf8'));
    const found = extractTextTargets(doc, { indicators: tax().indicators, period: { start: 2022, end: 2025 } });
    expect(found.targets.map((t) => t.value)).not.toContain(19.5);
    expect(found.unclassified.find((u) => u.text.includes('≤ 19,5 < 20,0'))?.reason).toMatch(/no unit/);
  });
});

describe('wordings of the fourth real-world batch', () => {
  const ctx = PLAN_2021;
  const read = (...lines: string[]) => underTargets(ctx, ...lines).targets;
  const rows = (t: ReturnType<typeof read>) => t.map((x) => [x.indicator, x.comparator, x.value, x.year, x.group]);
  it('a figure takes no indicator from the clause after the next ";", and figures in brackets name their subgroup (Hà Nội 138/KH-UBND, 2021)', () => {
    expect(rows(read('- Giảm tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ em dưới 5 tuổi xuống còn 7,3% vào năm 2025 và 6,8% vào năm 2030; giảm tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi xuống dưới 12% vào năm 2025 và dưới 11,5% vào năm 2030; khống chế tỷ lệ trẻ dưới 5 tuổi thừa cân, béo phì xuống dưới 10% (khu vực nội thành), 5% (khu vực ngoại thành) vào năm 2025 và duy trì đến năm 2030.'))).toEqual([
      ['underweight_under5', 'lte', 7.3, 2025, null],
      ['underweight_under5', 'lte', 6.8, 2030, null],
      ['stunting_under5', 'lt', 12, 2025, null],
      ['stunting_under5', 'lt', 11.5, 2030, null],
      ['overweight_obesity_under5', 'lt', 10, 2025, 'khu vực nội thành'],
      ['overweight_obesity_under5', 'lt', 5, 2025, 'khu vực ngoại thành'],
    ]);
  });
  it('a sex ratio whose unit is in its label, and whose value ends the item (Hà Nội 41/KH-UBND, 2023)', () => {
    expect(read('- Tỷ số giới tính khi sinh (số trẻ', 'trai/100 trẻ gái): không quá 112.').map((x) => [x.indicator, x.comparator, x.value, x.unit]))
      .toEqual([['sex_ratio_at_birth', 'lte', 112, 'boys_per_100_girls']]);
    // A bare figure under an indicator counted in percent is no value: its unit is not known.
    expect(read('- Tỷ lệ trẻ sơ sinh được sàng lọc: đạt 88.')).toEqual([]);
  });
  it('a listed label\'s value on the next line (Bộ Y tế 756/BYT-TCDS, 2022)', () => {
    expect(read('- Tỷ số giới tính khi sinh:', '111,4 số bé trai/100 bé gái sinh ra sống;').map((x) => [x.line, x.indicator, x.value, x.unit]))
      .toEqual([[2, 'sex_ratio_at_birth', 111.4, 'boys_per_100_girls']]);
  });
  it('a heading "a) Chỉ tiêu đến năm 2025" dates the list under it (Hà Nội 237/KH-UBND, 2020)', () => {
    expect(read('a) Chỉ tiêu đến năm 2025', 'Quy mô dân số đạt mức 9,0 triệu người;').map((x) => [x.value, x.unit, x.year])).toEqual([[9, 'million_people', 2025]]);
  });
  it('figures of one clause share the year that closes it (Ninh Bình 22/KH-UBND, 2021)', () => {
    expect(read('c) Người cao tuổi được khám bệnh định kỳ ít nhất một lần/năm đạt 70% và được lập hồ sơ theo dõi sức khỏe đạt 95% năm 2025; 100% năm 2030;').map((x) => [x.value, x.year]))
      .toEqual([[70, 2025], [95, 2025], [100, 2030]]);
  });
});

describe('wordings found by sweeping portal layouts', () => {
  const ctx = PLAN_2021;
  const read = (...lines: string[]) => underTargets(ctx, ...lines).targets;
  it('a bare "năm 2025" in a figure\'s clause is its year (Ninh Bình 149/KH-UBND, 2021)', () => {
    expect(read('- Giảm 10% số trẻ em bị tử vong do đuối nước năm 2025 và 20% vào năm 2030.').map((t) => [t.comparator, t.value, t.year]))
      .toEqual([['decrease', 10, 2025], ['decrease', 20, 2030]]);
  });
  it('a main figure keeps no group of the subgroup named after it (QĐ 1896/QĐ-TTg, 2019)', () => {
    expect(read('- Giảm tỷ lệ thiếu máu ở phụ nữ có thai xuống dưới 23%, riêng ở vùng miền núi dưới 25,5%.').map((t) => [t.value, t.group === null]))
      .toEqual([[23, true], [25.5, false]]);
  });
  it('numbered targets start the targets part where the portal dropped its heading (Hà Nội 138/KH-UBND, 2021)', () => {
    const found = extractTextTargets(toDoc([
      'a) Mục tiêu 1: Về phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em (07 Chỉ tiêu)',
      '- Chỉ tiêu 2: Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện theo độ tuổi đạt 90% vào năm 2025 và 95% vào năm 2030.',
    ].join('\n')), ctx);
    expect(found.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([['early_childhood_development', 90, 2025], ['early_childhood_development', 95, 2030]]);
  });
});

describe('counts and estimates in a population plan', () => {
  const ctx = { indicators: tax().indicators, period: { start: 2024, end: 2024 }, issuedYear: 2024 };
  const read = (...lines: string[]) => underTargets(ctx, ...lines);
  it('an item that counts people and ends on its count is a target (Tổng cục DS-KHHGĐ 66/TCDS-KHTC, 2021)', () => {
    expect(read('- Tổng số người mới sử dụng BPTT hiện đại trong năm 5.605.000 người;').targets.map((t) => [t.indicator, t.value, t.unit]))
      .toEqual([[null, 5605000, 'people']]);
    // Counted people inside a sentence that goes on are no target.
    expect(read('- Tổ chức truyền thông cho 5.000 người dân trong năm.').targets).toEqual([]);
  });
  it('an estimate of the present is kept for the editor, not read as a target (An Giang 288/KH-UBND, 2024)', () => {
    const r = read('- Ước dân số trung bình năm 2024: 1.917.093 người.');
    expect(r.targets).toEqual([]);
    expect(r.unclassified.map((u) => u.reason)).toEqual(['an estimate (1917093 for 2024), not a target']);
  });
});

describe('wordings of the fifth real-world batch', () => {
  const ctx = PLAN_2021;
  const read = (...lines: string[]) => underTargets(ctx, ...lines);
  it('a range is no one figure: kept for the editor, not read as "= 10" (Ninh Bình 149/KH-UBND, 2021)', () => {
    const r = read('- Hằng năm giảm 5-10% số trẻ em bị tử vong và bị thương do tai nạn giao thông đường bộ.');
    expect(r.targets).toEqual([]);
    expect(r.unclassified.map((u) => u.reason)).toEqual(['a range (5–10%), not one figure: not read as a target']);
    // A period before a figure is no range.
    expect(read('- Giai đoạn 2021-2025 giảm 10% số trẻ em bị tử vong do đuối nước.').targets.map((t) => t.value)).toEqual([10]);
  });
  it('a dropped letter does not hide wasting ("suy dinh dưỡng gy còm", Cần Thơ 74/KH-UBND, 2018); injury deaths need the age', () => {
    expect(read('b) Giảm tỷ lệ suy dinh dưỡng gy còm ở trẻ em dưới 5 tuổi xuống dưới 5%;').targets.map((t) => t.indicator)).toEqual(['wasting_under5']);
    // Children of every age: not the under-five indicator, and per 100,000 children, not births.
    expect(read('- Giảm tỷ suất trẻ em bị tử vong do tai nạn, thương tích xuống còn 16/100.000 trẻ em.').targets.map((t) => [t.indicator, t.unit]))
      .toEqual([['injury_mortality_children', 'per_100000_children']]);
  });
  it('rates in words and the statistics office\'s "tỷ suất chết"', () => {
    expect(read('- Giảm tỷ suất chết trẻ em dưới 5 tuổi xuống còn 18 phần nghìn.').targets.map((t) => [t.indicator, t.comparator, t.value, t.unit]))
      .toEqual([['under5_mortality_rate', 'lte', 18, 'per_1000_live_births']]);
    expect(read('- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt 95 phần trăm.').targets.map((t) => [t.indicator, t.value, t.unit]))
      .toEqual([['full_immunization_under1', 95, 'percent']]);
  });
});

describe('population figures of population and reproductive-health plans', () => {
  const ctx = PLAN_2021;
  const read = (...lines: string[]) => underTargets(ctx, ...lines).targets;
  const rows = (t: ReturnType<typeof read>) => t.map((x) => [x.indicator, x.comparator, x.value, x.unit, x.year]);
  it('crude birth rate and natural increase per 1,000 people (Nam Định 02/KH-UBND, 2016)', () => {
    expect(rows(read('+ Giảm tỷ suất sinh thô xuống còn 14,04‰.', '+ Giảm tỷ suất tăng dân số tự nhiên xuống còn 9,09‰.'))).toEqual([
      ['crude_birth_rate', 'lte', 14.04, 'per_1000_population', 2030],
      ['natural_increase_rate', 'lte', 9.09, 'per_1000_population', 2030],
    ]);
  });
  it('"xuống còn được 1%" is a ceiling (Quảng Trị 06/NQ-HĐND, 2010)', () => {
    const of2010 = extractTextTargets(toDoc('2. Nhiệm vụ và chỉ tiêu cụ thể\n- Đến năm 2015: phấn đấu giảm tỷ lệ phát triển dân số tự nhiên xuống còn được 1% và tỷ lệ sinh con thứ 3 trở lên xuống dưới 18%;'), { ...ctx, period: { start: 2011, end: 2015 }, issuedYear: 2010 });
    expect(rows(of2010.targets)).toEqual([
      ['natural_increase_rate', 'lte', 1, 'percent', 2015],
      ['third_or_higher_births', 'lt', 18, 'percent', 2015],
    ]);
  });
  it('a life expectancy set with a word, never the age of the people a sentence names', () => {
    // "trong đó" then another indicator: no subgroup of the first. Years as "năm" only for healthy life years.
    expect(rows(read('- Tuổi thọ trung bình đạt 74,5 tuổi vào năm 2030, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm.'))).toEqual([
      ['life_expectancy', 'gte', 74.5, 'years', 2030],
      ['healthy_life_expectancy', 'gte', 68, 'years', 2030],
    ]);
    expect(rows(read('- Thời gian thực hiện 5 năm, sống khỏe mạnh.'))).toEqual([]);
    expect(rows(read('- Nâng cao tuổi thọ, giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống 20‰ năm 2025.'))).toEqual([
      ['under5_mortality_rate', 'lte', 20, 'per_1000_live_births', 2025],
    ]);
  });
  it('a yearly fall of the birth rate is per 1,000 people; a gap between groups is no value of the indicator', () => {
    expect(rows(read('- Mức giảm tỷ lệ sinh hằng năm 0,2‰.'))).toEqual([['crude_birth_rate', 'decrease', 0.2, 'per_1000_population', 2030]]);
    expect(rows(read('- Giảm 50% chênh lệch về tổng tỷ suất sinh giữa nông thôn và thành thị.'))).toEqual([[null, 'decrease', 50, 'percent', 2030]]);
  });
  it('a second bound whose unit the first stated once', () => {
    expect(rows(read('- Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái sinh ra sống vào năm 2025; dưới 107 vào năm 2030.'))).toEqual([
      ['sex_ratio_at_birth', 'lt', 109, 'boys_per_100_girls', 2025],
      ['sex_ratio_at_birth', 'lt', 107, 'boys_per_100_girls', 2030],
    ]);
    expect(rows(read('- Tổng tỷ suất sinh đạt 2,1 con; tỷ lệ sinh con thứ 3 trở lên dưới 10%.')).map((r) => r[0])).toEqual(['total_fertility_rate', 'third_or_higher_births']);
  });
  it('the national programme\'s screening of pregnant women and newborns for congenital diseases', () => {
    expect(rows(read('- 70% phụ nữ mang thai được tầm soát ít nhất 4 bệnh bẩm sinh phổ biến nhất; 90% trẻ sơ sinh được tầm soát ít nhất 5 bệnh bẩm sinh phổ biến nhất.'))).toEqual([
      ['prenatal_screening', 'gte', 70, 'percent', 2030],
      ['newborn_screening', 'gte', 90, 'percent', 2030],
    ]);
  });
  it('older people\'s periodic health check, and a birth rate listed alone (Hà Nội 41/KH-UBND, An Giang 288/KH-UBND)', () => {
    expect(rows(read('- Tỷ lệ người cao tuổi được khám sức khỏe định kỳ: 87 %.', '- Tỷ suất sinh: 12,80‰.'))).toEqual([
      ['elderly_health_check', 'gte', 87, 'percent', 2030],
      ['crude_birth_rate', 'lte', 12.8, 'per_1000_population', 2030],
    ]);
    // An adjustment either way is no bound of it.
    expect(rows(read('- Điều chỉnh mức sinh (+/-CBR): + 0,1 ‰ so với năm 2022;')).map((r) => r[0])).toEqual([null]);
  });
  it('"so năm 2022", the portals\' shorthand for "so với năm 2022" (Bộ Y tế 756/BYT-TCDS, 2022)', () => {
    const t = read('- Giảm số vị thành niên, thanh niên có thai ngoài muốn: 15% so năm 2021;');
    expect(t.map((x) => [x.indicator, x.comparator, x.value, x.baseline])).toEqual([['adolescent_births', 'decrease', 15, { value: null, year: 2021 }]]);
  });
  it('screening for thalassaemia, not teaching about it', () => {
    expect(rows(read('- Tỷ lệ nam, nữ thanh niên được tư vấn, tầm soát bệnh tan máu bẩm sinh đạt 50% vào năm 2030.'))).toEqual([
      ['thalassaemia_screening', 'gte', 50, 'percent', 2030],
    ]);
  });
});

describe('years written without "năm"', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.value, t.year]);
  it('after a preposition, in brackets, and leading a clause', () => {
    expect(rows('- Tỷ suất tử vong trẻ sơ sinh dưới 8‰ vào 2025.')).toEqual([['neonatal_mortality_rate', 8, 2025]]);
    expect(rows('- Đến 2025, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 18%.')).toEqual([['stunting_under5', 18, 2025]]);
    expect(rows('- Tỷ lệ trẻ sơ sinh được tiêm vitamin K1 đạt 95% (2025) và 98% (2030).')).toEqual([['vitamin_k1_newborns', 95, 2025], ['vitamin_k1_newborns', 98, 2030]]);
    expect(rows('- Tỷ lệ bà mẹ được chăm sóc sau sinh: 2025 đạt 80%, 2027 đạt 90%.')).toEqual([['postnatal_care', 80, 2025], ['postnatal_care', 90, 2027]]);
  });
  it('never a number that is no year, nor a reference year', () => {
    expect(rows('- Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ tăng 2% so với 2020, đạt 95% vào 2025.')).toEqual([['full_immunization_under1', 2, 2025], ['full_immunization_under1', 95, 2025]]);
    expect(rows('- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống 20‰ vào năm 2026.')).toEqual([['under5_mortality_rate', 20, 2026]]);
  });
});

describe('how plans write their targets in short', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year]);
  it('abbreviations and "< 5 tuổi"', () => {
    expect(rows('- Tỷ lệ trẻ dưới 5 tuổi SDD thể nhẹ cân (CN/T) dưới 9,5%.')).toEqual([['underweight_under5', 'lt', 9.5, 'percent', 2030]]);
    expect(rows('- Tỷ lệ TCMR đầy đủ cho trẻ dưới 1 tuổi ≥ 95%.')).toEqual([['full_immunization_under1', 'gte', 95, 'percent', 2030]]);
    expect(rows('- Tỷ lệ PNMT được SLTS đạt 70%.')).toEqual([['prenatal_screening', 'gte', 70, 'percent', 2030]]);
    expect(rows('- Tỷ suất tử vong trẻ em < 1 tuổi: 10‰; < 5 tuổi: 15‰.')).toEqual([
      ['infant_mortality_rate', 'lte', 10, 'per_1000_live_births', 2030],
      ['under5_mortality_rate', 'lte', 15, 'per_1000_live_births', 2030],
    ]);
    // An abbreviation is a whole word: "sdd" inside another word spells out nothing.
    expect(rows('- Tỷ lệ xsddx đạt 50%.')).toEqual([[null, 'gte', 50, 'percent', 2030]]);
  });
  it('a label that states its unit, and a second figure that is only a figure and its year', () => {
    expect(rows('- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ (%): 95.')).toEqual([['full_immunization_under1', 'gte', 95, 'percent', 2030]]);
    expect(rows('- Tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh: 50% (năm 2025); 70% (năm 2030).')).toEqual([
      ['newborn_screening', 'gte', 50, 'percent', 2025],
      ['newborn_screening', 'gte', 70, 'percent', 2030],
    ]);
  });
  it('rates written "ca/100.000", "trên 100.000 …" and "trên 1.000 trẻ đẻ sống", never a count of people', () => {
    expect(rows('- Tỷ suất tử vong mẹ giảm còn dưới 50 ca/100.000 trẻ đẻ sống.')).toEqual([['maternal_mortality_ratio', 'lt', 50, 'per_100000_live_births', 2030]]);
    expect(rows('- Tỷ số tử vong mẹ giảm xuống dưới 46 trên 100.000 trẻ đẻ sống.')).toEqual([['maternal_mortality_ratio', 'lt', 46, 'per_100000_live_births', 2030]]);
    expect(rows('- Tỷ suất tử vong trẻ em dưới 1 tuổi giảm xuống dưới 12 trên 1.000 trẻ đẻ sống.')).toEqual([['infant_mortality_rate', 'lt', 12, 'per_1000_live_births', 2030]]);
    expect(rows('- Giảm tỷ suất sinh thô xuống 14/1.000 dân.')).toEqual([['crude_birth_rate', 'lte', 14, 'per_1000_population', 2030]]);
    expect(rows('- Tổ chức 20 buổi truyền thông cho trên 1.000 người.')).toEqual([]);
  });
  it('a count is no value of the indicator its words name, nor takes its bound', () => {
    expect(rows('- Tổng số người mới sử dụng BPTT hiện đại trong năm 5.605.000 người;')).toEqual([[null, 'eq', 5605000, 'people', 2030]]);
  });
});

describe('a resolution\'s targets under its first article', () => {
  it('"Điều 1. Mục tiêu" opens the targets part, "Điều 2. Nhiệm vụ …" closes it', () => {
    const doc = toDoc(['Điều 1. Mục tiêu', '- Tổng tỷ suất sinh đạt 2,1 con vào năm 2030.', 'Điều 2. Nhiệm vụ và giải pháp', '- Phấn đấu 2 con mỗi gia đình, đạt 2,0 con.'].join('\n'));
    const found = extractTextTargets(doc, { indicators: tax().indicators, period: { start: 2023, end: 2030 }, issuedYear: 2023 });
    expect(found.targets.map((t) => [t.line, t.indicator, t.value, t.unit])).toEqual([[2, 'total_fertility_rate', 2.1, 'children_per_woman']]);
  });
});

describe('wordings of provincial portals (2021–2025)', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year, t.group]);
  it('a figure that opens its clause with its own subject takes no indicator from the clause before', () => {
    expect(rows('- Giảm tỷ suất tử vong do tai nạn thương tích ở trẻ em xuống còn 10/100.000 trẻ vào năm 2025; 90% trẻ em từ 6 - 16 tuổi biết các quy định về an toàn giao thông.')).toEqual([
      ['injury_mortality_children', 'lte', 10, 'per_100000_children', 2025, null],
      [null, 'eq', 90, 'percent', 2025, null],
    ]);
    // A figure with nothing after it but its year still carries on.
    expect(rows('- Tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh đạt 50% năm 2025; 70% năm 2030.').map((r) => r[0])).toEqual(['newborn_screening', 'newborn_screening']);
  });
  it('"xuống 2% so với năm 2024" is a fall against that year; "xuống còn" stays a level', () => {
    expect(rows('- Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống 2% so với năm 2024.')).toEqual([['stunting_under5', 'decrease', 2, 'percent', 2030, null]]);
    expect(rows('- Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống còn 12% năm 2025.')).toEqual([['stunting_under5', 'lte', 12, 'percent', 2025, null]]);
  });
  it('a misspelt "suống", and the poor districts as a subgroup', () => {
    expect(rows('- Tỷ lệ suy dinh dưỡng thể thấp còi suống dưới 15%.').map((r) => r.slice(0, 3))).toEqual([['stunting_under5', 'lt', 15]]);
    expect(rows('- Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi sinh sống trên địa bàn các huyện nghèo giảm xuống dưới 30%.').map((r) => r[5])).toEqual(['các huyện nghèo']);
    // The plan's own place is no subgroup.
    expect(rows('- Tỷ lệ suy dinh dưỡng thể thấp còi trên địa bàn huyện Yên Lạc dưới 15%.').map((r) => r[5])).toEqual([null]);
  });
  it('a lead-in that ends on its colon dates the list after it (huyện Vĩnh Linh, 2024)', () => {
    const ctx2024 = { ...ctx, period: { start: 2024, end: 2024 }, issuedYear: 2024 };
    const found = extractTextTargets(toDoc(['I. MỤC TIÊU', 'Một số chỉ tiêu cụ thể trong năm 2025 cần phấn đấu thực hiện, gồm: giảm tỷ lệ sinh con thứ 3 trở lên 1% so với năm 2023; tỷ lệ sàng lọc trước sinh 52%; tỷ lệ sàng lọc sơ sinh 42%.'].join('\n')), ctx2024);
    expect(found.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([['third_or_higher_births', 1, 2025], ['prenatal_screening', 52, 2025], ['newborn_screening', 42, 2025]]);
  });
  it('"/100.000 trẻ" is per children, "/100.000 trẻ đẻ ra sống" per live births', () => {
    expect(rows('- Tỷ số tử vong mẹ dưới 46/100.000 trẻ đẻ ra sống.').map((r) => r[3])).toEqual(['per_100000_live_births']);
  });
});

describe('school children, vaccines and screening', () => {
  const ctx = PLAN_2021;
  const ids = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => t.indicator);
  it('school children\'s nutrition is no under-five figure (Quảng Nam, 2023)', () => {
    expect(ids('- Tỷ lệ học sinh thừa cân, béo phì dưới 15%.')).toEqual([null]);
    expect(ids('- Tỷ lệ suy dinh dưỡng trẻ học đường từ hơn 5 tuổi đến 16 tuổi thể thấp còi giảm 1% so với năm 2022.')).toEqual([null]);
    expect(ids('- Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể thấp còi giảm 1% so với năm 2022.')).toEqual(['stunting_under5']);
  });
  it('measles vaccination, cervical cancer screening, breastfeeding "bằng sữa mẹ hoàn toàn"', () => {
    expect(ids('- Từ 95% trẻ từ đủ 6 tháng đến dưới 9 tháng tuổi được tiêm 01 mũi vắc xin phòng bệnh Sởi.')).toEqual(['measles_vaccination']);
    expect(ids('- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin, kể cả vắc xin sởi, đạt 95%.')).toEqual(['full_immunization_under1']);
    expect(ids('- Tỷ lệ phụ nữ từ 30 - 54 tuổi được sàng lọc ung thư cổ tử cung đạt 50% vào năm 2025.')).toEqual(['cervical_cancer_screening']);
    expect(ids('- Tỷ lệ bà mẹ nuôi con bằng sữa mẹ hoàn toàn trong 6 tháng đầu đạt 35%.')).toEqual(['exclusive_breastfeeding_6m']);
  });
});

describe('tables as portals write them', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => extractTableTargets(toDoc(lines.join('\n')), ctx).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year]);
  it('a header of bare years, the unit in the label', () => {
    expect(rows('| Chỉ số | 2024 | 2025 |', '| Tỷ lệ suy dinh dưỡng thể thấp còi (%) | 22 | 21 |')).toEqual([
      ['stunting_under5', 'lte', 22, 'percent', 2024],
      ['stunting_under5', 'lte', 21, 'percent', 2025],
    ]);
  });
  it('cells that say their bound in words', () => {
    expect(rows('| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2030 |', '| 1 | Tỷ suất tử vong trẻ em dưới 5 tuổi | ‰ | Dưới 20 | Dưới 18 |', '| 2 | Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ | % | Trên 95 | Không dưới 97 |')).toEqual([
      ['under5_mortality_rate', 'lt', 20, 'per_1000_live_births', 2025],
      ['under5_mortality_rate', 'lt', 18, 'per_1000_live_births', 2030],
      ['full_immunization_under1', 'gt', 95, 'percent', 2025],
      ['full_immunization_under1', 'gte', 97, 'percent', 2030],
    ]);
  });
});

describe('a short clause that names what the one before counted, in place of its last words', () => {
  it('"… được xét nghiệm HIV đạt 95%; giang mai đạt 90%; viêm gan B đạt 90%": each test its own indicator', () => {
    const r = underTargets(PLAN_2021, '- Đến năm 2030, tỷ lệ phụ nữ mang thai được xét nghiệm HIV đạt 95%; giang mai đạt 90%; viêm gan B đạt 90%.');
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['pmtct_hiv_testing', 95],
      ['pmtct_syphilis_testing', 90],
      ['pmtct_hepatitis_b_testing', 90],
    ]);
  });
  it('names nothing where the words put in place name no other indicator, or the clause is no short name', () => {
    const r = underTargets(PLAN_2021, '- Tỷ lệ phụ nữ mang thai được xét nghiệm HIV đạt 95%; tổ chức truyền thông đạt 90%.', '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%; các xã vùng khó khăn đạt 90%.');
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['pmtct_hiv_testing', 95],
      [null, 90],
      ['full_immunization_under1', 95],
      // "các xã vùng khó khăn" names no indicator in place of the last words, but a subgroup.
      ['full_immunization_under1', 90],
    ]);
    expect(r.targets.map((t) => t.group)).toEqual([null, null, null, 'các xã vùng khó khăn']);
  });
});

describe('a clause after a ";" that is only a subgroup\'s name', () => {
  it('"…; miền núi đạt 90%", "…; vùng khó khăn đạt trên 90% vào năm 2025": a subgroup of the figure before', () => {
    const r = underTargets(
      PLAN_2021,
      '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%; miền núi đạt 90%.',
      '- Tỷ lệ phụ nữ đẻ được cán bộ y tế đỡ đạt 98%; vùng khó khăn đạt trên 90% vào năm 2025.',
    );
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.year, t.group])).toEqual([
      ['full_immunization_under1', 'gte', 95, 2030, null],
      ['full_immunization_under1', 'gte', 90, 2030, 'miền núi'],
      ['births_attended_by_health_staff', 'gte', 98, 2030, null],
      ['births_attended_by_health_staff', 'gt', 90, 2025, 'vùng khó khăn'],
    ]);
  });
});

describe('a year that leads the next figure', () => {
  it('"…: năm 2025 đạt 90%, năm 2030 đạt 95%": the year after a comma is the next figure\'s, not this one\'s', () => {
    const r = underTargets(PLAN_2021, '- Tỷ lệ phụ nữ đẻ tại cơ sở y tế: năm 2025 đạt 90%, năm 2030 đạt 95%.');
    expect(r.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['facility_births', 90, 2025],
      ['facility_births', 95, 2030],
    ]);
  });
});

describe('"tỷ số này": the rate of the clause before', () => {
  it('a target after a ";" that names its rate as "this one" takes the indicator of the result before it', () => {
    const r = underTargets(PLAN_2021, '- Tỷ số giới tính khi sinh năm 2020 là 112 bé trai/100 bé gái; phấn đấu đến năm 2025 đưa tỷ số này xuống dưới 110 bé trai/100 bé gái.');
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.year])).toEqual([['sex_ratio_at_birth', 'lt', 110, 2025]]);
    expect(r.unclassified.map((u) => u.reason)).toEqual(['a past result (112 in 2020), not a target']);
  });
});

describe('a table whose every cell is a line of its own, as a portal\'s page gives it as text', () => {
  const table = (...lines: string[]) => toDoc(['I. MỤC TIÊU', ...lines].join('\n'));
  const rows = (doc: ReturnType<typeof toDoc>) => extractTableTargets(doc, PLAN_2021);
  it('reads the header\'s width, then each row: its number, name, unit and figures under the years', () => {
    const doc = table('TT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2024', 'Năm 2025', '1', 'Tỷ lệ phụ nữ mang thai được khám thai ít nhất 4 lần trong 3 thai kỳ', '%', '85', '90', '2', 'Tỷ suất tử vong trẻ em dưới 5 tuổi', '‰', '<20', '<18', 'II. NHIỆM VỤ');
    expect(rows(doc).targets.map((t) => [t.line, t.indicator, t.comparator, t.value, t.unit, t.year])).toEqual([
      [8, 'antenatal_care_4_visits', 'gte', 85, 'percent', 2024],
      [8, 'antenatal_care_4_visits', 'gte', 90, 'percent', 2025],
      [13, 'under5_mortality_rate', 'lt', 20, 'per_1000_live_births', 2024],
      [13, 'under5_mortality_rate', 'lt', 18, 'per_1000_live_births', 2025],
    ]);
    // Its cells are read once: the sentence reader neither reads nor reports them.
    const text = extractTextTargets(doc, PLAN_2021);
    expect([text.targets, text.unclassified]).toEqual([[], []]);
  });
  it('blank lines between cells, a result column as the baseline, and a count kept for the editor', () => {
    const doc = table('Chỉ tiêu', '', 'Đơn vị tính', '', 'Thực hiện năm 2023', '', 'Kế hoạch năm 2024', '', 'Tỷ số giới tính khi sinh', '', 'bé trai/100 bé gái', '', '112', '', '< 111', '', 'Số trạm y tế có bác sĩ', '', 'trạm', '', '20', '', '22');
    const r = rows(doc);
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year, t.baseline])).toEqual([['sex_ratio_at_birth', 'lt', 111, 'boys_per_100_girls', 2024, { value: 112, year: 2023 }]]);
    expect(r.unclassified.map((u) => [u.line, u.reason])).toEqual([[18, 'a count in "trạm", which no unit of the record holds: kept for the editor']]);
  });
  it('ends where a row does not fit, and reads nothing from a list that only looks like a header', () => {
    const doc = table('TT', 'Chỉ tiêu', 'Năm 2025', '1', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', '95', '2', 'Tỷ lệ bà mẹ được chăm sóc sau sinh', 'đạt cao', '3', 'Tỷ lệ sàng lọc sơ sinh', '90');
    expect(rows(doc).targets.map((t) => [t.indicator, t.value])).toEqual([['full_immunization_under1', 95]]);
    // A row the header does not fit, with figures after it, is reported where reading stopped.
    const wrapped = table('TT', 'Chỉ tiêu', 'Năm 2025', '1', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', '95', '2', 'Tỷ lệ phụ nữ mang thai được khám thai', 'ít nhất 4 lần', '90');
    expect(rows(wrapped).targets.map((t) => t.value)).toEqual([95]);
    expect(rows(wrapped).unclassified.map((u) => [u.line, u.reason])).toEqual([[8, 'a row of a table written one cell per line that does not fit its header of 3 cells (TT | Chỉ tiêu | Năm 2025): the table is not read from this line on']]);
    expect(rows(table('Nội dung', 'Tăng cường truyền thông về dinh dưỡng năm 2025', 'Phối hợp liên ngành')).targets).toEqual([]);
  });
});

describe('wordings of the national nutrition strategy and of mothers\' care', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.value, t.group]);
  it('each figure its own subgroup, the cities\' too', () => {
    expect(rows('- Tỷ lệ thừa cân béo phì ở trẻ em dưới 5 tuổi được khống chế ở mức dưới 10% ở nông thôn, dưới 19% ở thành phố vào năm 2030.')).toEqual([
      ['overweight_obesity_under5', 10, 'nông thôn'],
      ['overweight_obesity_under5', 19, 'thành phố'],
    ]);
  });
  it('"tỷ suất chết mẹ"; vitamin A for mothers after birth is their own figure, no child\'s supplement', () => {
    expect(rows('- Tỷ suất chết mẹ giảm xuống 45/100.000 trẻ đẻ sống.').map((r) => r[0])).toEqual(['maternal_mortality_ratio']);
    expect(rows('- Tỷ lệ bà mẹ sau sinh được uống vitamin A trong vòng 1 tháng sau sinh đạt 75%.').map((r) => r[0])).toEqual(['postpartum_vitamin_a']);
  });
});

describe('a result and the target that follows it', () => {
  const ctx = PLAN_2021;
  const read = (...lines: string[]) => underTargets(ctx, ...lines);
  it('a clause of aim, year and bound carries on the indicator of the result before it', () => {
    const r = read('- Năm 2020, tỷ suất tử vong trẻ em dưới 5 tuổi là 22‰; phấn đấu đến năm 2025 giảm xuống dưới 20‰.');
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.year])).toEqual([['under5_mortality_rate', 'lt', 20, 2025]]);
    expect(r.unclassified[0]!.reason).toMatch(/past result/);
  });
  it('"hiện nay chỉ mới đạt 15%" is a result even in a clause that names a "chỉ tiêu"', () => {
    const r = read('- Chỉ tiêu giảm tỷ lệ vị thành niên mang thai ngoài ý muốn hiện nay chỉ mới đạt 15%, trong khi đó kế hoạch đến năm 2025 là đạt 50%.');
    expect(r.targets.map((t) => t.value)).toEqual([50]);
    expect(r.unclassified.map((u) => u.reason)).toEqual(['a past result (15 stated as reached), not a target']);
  });
  it('a change in brackets beside a figure is no target of its own (a results report of Quảng Nam, 2023)', () => {
    const r = read('- Tỷ lệ phụ nữ mang thai được sàng lọc trước sinh năm 2022 là 70% (tăng 54,7% so với 2017); người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm đạt 70% (tăng 48,6% so với năm 2017).');
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ['prenatal_screening', 'gte', 70],
      ['elderly_health_check', 'gte', 70],
    ]);
    expect(r.unclassified.map((u) => u.reason)).toEqual([54.7, 48.6].map((v) => `a change in brackets beside the figure before it (${v}), not a target of its own`));
  });
  it('"hiện nay … đạt 96%" is a result even where the sentence goes on to aim', () => {
    const r = read('- Hiện nay tỷ lệ tiêm chủng đầy đủ đạt 96%, phấn đấu duy trì trên 95%.');
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([['full_immunization_under1', 'gt', 95]]);
  });
});

// The wordings below are quoted from public pages that restate real plans (2010–2024):
// QĐ 1896/QĐ-TTg https://phapluatplus.baophapluat.vn/cham-soc-1000-ngay-dau-doi-phong-chong-suy-dinh-duong-ba-me-tre-em-47598.html
// QĐ 1493/QĐ-TTg https://vanphong.langson.gov.vn/vi/node/67877
// QĐ 1208/QĐ-TTg https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/3549/phai-giam-ty-le-chet-so-sinh-xuong-con-10‰
// QĐ 588/QĐ-TTg https://saostar.vn/sac-mau-cuoc-song/khuyen-khich-nam-nu-ket-hon-truoc-30-tuoi-7441581.html
// QĐ 1679/QĐ-TTg http://vinanet.vn/chinh-sach-viet-nam/muc-tieu-den-nam-2030-chieu-cao-cua-nam-thanh-nien-viet-dat-1685-cm-721675.html
// Gia Lai 247/KH-UBND https://baogialai.com.vn/gia-lai-phan-dau-den-nam-2025-giam-ty-le-suy-dinh-duong-tre-em-duoi-5-tuoi-xuong-duoi-23-post268896.html
// Hà Nội, nutrition https://m.baomoi.com/55-nguoi-dan-thu-do-se-co-kien-thuc-ve-dinh-duong-hop-ly/c/4327602.epi
// Hà Nội, screening https://baogiaothong.vn/ha-noi-danh-160-ty-phat-hien-som-benh-truoc-sinh-192159230.htm
// Quảng Nam, results https://baoquangnam.vn/xa-hoi/ty-so-gioi-tinh-khi-sinh-cua-quang-nam-la-107-be-trai100-be-gai-138052.html
// Hồ Chí Minh City, fertility https://vpub.hochiminhcity.gov.vn/portal/pages/2023-3-2/Chuong-trinh-dieu-chinh-muc-sinh-den-nam-2030-tai-tp02jif3etjo.aspx
describe('a year that opens a list of clauses dates each of them (QĐ 1896/QĐ-TTg, 2019, as the press quotes it)', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.value, t.year]);
  it('"…; đến năm 2030: A; B; C": every clause after the colon, not only the first', () => {
    expect(
      rows('- Đến năm 2025, tỷ lệ trẻ có cân nặng sơ sinh thấp dưới 8%; tỷ lệ thiếu máu ở phụ nữ có thai dưới 23%; đến năm 2030: tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi dưới 19%; tỷ lệ trẻ có cân nặng sơ sinh thấp dưới 7%; tỷ lệ thiếu máu ở phụ nữ có thai xuống dưới 20%.'),
    ).toEqual([
      ['low_birth_weight', 8, 2025],
      ['anaemia_pregnant_women', 23, 2025],
      ['stunting_under5', 19, 2030],
      ['low_birth_weight', 7, 2030],
      ['anaemia_pregnant_women', 20, 2030],
    ]);
  });
  it('"Năm 2025: A; B" and "Riêng năm 2024, A; B": a line that opens on its year', () => {
    expect(rows('- Năm 2025: tỷ lệ suy dinh dưỡng thể nhẹ cân dưới 12%; tỷ lệ trẻ thừa cân dưới 5%.')).toEqual([
      ['underweight_under5', 12, 2025],
      ['overweight_obesity_under5', 5, 2025],
    ]);
    expect(rows('- Riêng năm 2024, phấn đấu giảm tỷ lệ suy dinh dưỡng thể thấp còi xuống 2% so với năm 2023; giảm tỷ lệ thiếu máu ở phụ nữ có thai xuống dưới 22%.')).toEqual([
      ['stunting_under5', 2, 2024],
      ['anaemia_pregnant_women', 22, 2024],
    ]);
  });
});

describe('figures that open their clause with their own subject (QĐ 1493/QĐ-TTg and QĐ 1208/QĐ-TTg as provincial portals quote them)', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.value, t.group]);
  it('a bare subgroup after a comma; subjects joined by a comma; units and bodies no indicator counts', () => {
    expect(
      rows('- Đến năm 2025, tỷ lệ phụ nữ đẻ được người đỡ đẻ có kỹ năng hỗ trợ đạt 95% toàn tỉnh, miền núi đạt 80%, 70% cha mẹ, người chăm sóc trẻ nhận biết được các dấu hiệu nguy hiểm ở trẻ sơ sinh; 100% các huyện đưa mục tiêu giảm tử vong trẻ em dưới 5 tuổi vào kế hoạch phát triển kinh tế - xã hội của địa phương, 80% huyện, thành phố có bố trí ngân sách để thực hiện các mục tiêu của chương trình.'),
    ).toEqual([
      ['skilled_birth_attendance', 95, null],
      ['skilled_birth_attendance', 80, 'miền núi'],
      ['newborn_danger_signs_awareness', 70, null],
      [null, 100, null],
      [null, 80, null],
    ]);
  });
  it('the subject a figure names ends its clause: the next clause names its own indicator', () => {
    expect(rows('- 20% bà mẹ có con dưới 2 tuổi cho con bú sữa mẹ hoàn toàn trong 6 tháng đầu; tỷ lệ suy dinh dưỡng theo cân nặng ở trẻ dưới 5 tuổi đạt dưới 12%, theo chiều cao đạt dưới 22,5%.')).toEqual([
      ['exclusive_breastfeeding_6m', 20, null],
      ['underweight_under5', 12, null],
      ['stunting_under5', 22.5, null],
    ]);
  });
  it('an unnamed subject ends the carrying on of the sentence before it', () => {
    expect(rows('- Giảm tỷ lệ trẻ em tử vong do tai nạn, thương tích xuống còn 10/100.000 trẻ vào năm 2025. 80% ngôi nhà các gia đình có trẻ em đạt tiêu chí “Ngôi nhà an toàn” vào năm 2025 và 90% vào năm 2030.')).toEqual([
      ['injury_mortality_children', 10, null],
      [null, 80, null],
      [null, 90, null],
    ]);
  });
});

describe('indicators told apart by age, by who is screened and for what (press pages quoting plans of Gia Lai, Hà Nội and Quảng Nam)', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.value, t.group]);
  it('stunting of children over five is no under-five figure; "trên địa bàn huyện nghèo" is a subgroup', () => {
    expect(rows('- Giảm tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi thể thấp còi sinh sống trên địa bàn huyện nghèo xuống dưới 23%; giảm tỷ lệ suy dinh dưỡng trẻ em từ trên 5-16 tuổi thể thấp còi sinh sống trên địa bàn huyện nghèo xuống dưới 34%.')).toEqual([
      ['stunting_under5', 23, 'huyện nghèo'],
      [null, 34, 'huyện nghèo'],
    ]);
  });
  it('newborns screened for congenital disease, not for the heart; mothers screened before birth', () => {
    expect(rows('- Đến năm 2025, ít nhất 80% bà mẹ mang thai được sàng lọc trước sinh, 85% trẻ sơ sinh được sàng lọc phát hiện sớm dị tật và 50% trẻ sơ sinh được sàng lọc tim bẩm sinh.')).toEqual([
      ['prenatal_screening', 80, null],
      ['newborn_screening', 85, null],
      [null, 50, null],
    ]);
    expect(rows('- Tỷ lệ trẻ mới sinh ra được sàng lọc bệnh bẩm sinh phổ biến nhất đạt 85% vào năm 2025.').map((r) => r[0])).toEqual(['newborn_screening']);
  });
});

describe('the Population Strategy to 2030 (QĐ 1679/QĐ-TTg, 2019) as the press quotes it', () => {
  const ctx = PLAN_2021;
  const rows = (...lines: string[]) => underTargets(ctx, ...lines).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit]);
  it('healthy years in "tuổi" after "trong đó", and a figure whose people are listed with commas', () => {
    expect(rows('- Nâng cao chất lượng dân số với tuổi thọ bình quân đạt 75 tuổi, trong đó sẽ sống khỏe mạnh tối thiểu 68 tuổi; 90% các cặp nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn;')).toEqual([
      ['life_expectancy', 'gte', 75, 'years'],
      ['healthy_life_expectancy', 'gte', 68, 'years'],
      ['premarital_health_check', 'gte', 90, 'percent'],
    ]);
  });
  it('older people insured and cared for are no periodic health check', () => {
    expect(rows('- 100% người cao tuổi có thẻ bảo hiểm y tế, được quản lý sức khỏe, khám, chữa bệnh, chăm sóc tại gia đình, cộng đồng.').map((r) => r[0])).toEqual([null]);
    expect(rows('- Tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 70%.').map((r) => r[0])).toEqual(['elderly_health_check']);
  });
});

describe('rates in words outside the targets part (Bạc Liêu 09/KH-UBND, 2022; Ninh Bình 197/KH-UBND, 2021)', () => {
  it('are reported to the editor, never dropped unseen and never read as targets', () => {
    const found = extractTextTargets(
      toDoc(['I. SỰ CẦN THIẾT', 'Mức sinh của tỉnh đã đạt dưới mức sinh thay thế (TFR < 2,1 con/bà mẹ).', 'Kết thúc giai đoạn 2016-2020, tỷ số giới tính khi sinh của tỉnh là 114,2 trẻ trai/100 trẻ gái.'].join('\n')),
      PLAN_2021,
    );
    expect(found.targets).toEqual([]);
    expect(found.unclassified.map((u) => [u.line, u.reason.includes('in words outside the targets part')])).toEqual([
      [2, true],
      [3, true],
    ]);
  });
});

describe('groups a plan defines by a condition (QĐ 588/QĐ-TTg, 2020, on adjusting fertility)', () => {
  it('"ở các tỉnh, thành phố có mức sinh thấp (… dưới 2 con)": the group of its figure, and its definition no target', () => {
    const r = underTargets(
      PLAN_2021,
      '- Phấn đấu đến năm 2030, tăng 10% tổng tỷ suất sinh ở các tỉnh, thành phố có mức sinh thấp (bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có dưới 2 con); giảm 10% tổng tỷ suất sinh ở các tỉnh, thành phố có mức sinh cao (bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có trên 2,2 con).',
    );
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.group?.replace(/ \(.*/, '')])).toEqual([
      ['total_fertility_rate', 'increase', 10, 'percent', 'các tỉnh, thành phố có mức sinh thấp'],
      ['total_fertility_rate', 'decrease', 10, 'percent', 'các tỉnh, thành phố có mức sinh cao'],
    ]);
  });
});

describe('a clause after a comma of nothing but aim, year and bound (Hồ Chí Minh City on fertility, 2023)', () => {
  it('"…, hướng tới 2030 là 1,6 con" carries on the indicator before it', () => {
    const r = underTargets(PLAN_2021, '- Tổng tỷ suất sinh đạt 1,4 con/phụ nữ vào năm 2025 (bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có 1,4 con), hướng tới 2030 là 1,6 con.');
    expect(r.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['total_fertility_rate', 1.4, 2025],
      ['total_fertility_rate', 1.6, 2030],
    ]);
  });
});

describe('the national nutrition strategy as the press quotes it (2011–2020 draft; QĐ 02/QĐ-TTg, 2022)', () => {
  // http://tapchigiamcan.com/khong-che-tinh-trang-nguoi-beo-phi-o-thanh-pho-24882.html
  // https://7msportnews.com/fitness/viet-nam-thuc-hien-chien-luoc-dinh-duong-10-nam-tang-chieu-cao-suc-khoe-nguoi-dan-YAYpw907g.htm
  const PLAN_2011 = { indicators: tax().indicators, period: { start: 2011, end: 2030 }, issuedYear: 2011 };
  it('"dưới mức 5% ở nông thôn và dưới 10% ở thành phố lớn đến năm 2020": both groups take the year that closes them', () => {
    const r = underTargets(PLAN_2011, '- Khống chế tỷ lệ béo phì ở trẻ em dưới 5 tuổi dưới mức 5% ở nông thôn và dưới 10% ở thành phố lớn đến năm 2020.');
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.year, t.group])).toEqual([
      ['overweight_obesity_under5', 'lt', 5, 2020, 'nông thôn'],
      ['overweight_obesity_under5', 'lt', 10, 2020, 'thành phố lớn'],
    ]);
  });
  it('obesity in adults is no under-five figure, and its second figure takes no indicator from the sentence before', () => {
    const r = underTargets(
      PLAN_2011,
      '- Khống chế tỷ lệ béo phì ở trẻ em dưới 5 tuổi dưới 10% đến năm 2020. Kiểm soát tình trạng béo phì ở người trưởng thành ở mức dưới 8% vào năm 2015 và duy trì ở mức dưới 12% vào năm 2020.',
    );
    expect(r.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['overweight_obesity_under5', 10, 2020],
      [null, 8, 2015],
      [null, 12, 2020],
    ]);
  });
  it('a subject the taxonomy does not know ends the one before; its subgroup in brackets is a subgroup of it', () => {
    const r = underTargets(
      PLAN_2021,
      '- Tỷ lệ trẻ 6-23 tháng có chế độ ăn đúng, đủ đạt 80% vào năm 2030; tỷ lệ hộ gia đình thiếu an ninh thực phẩm mức độ nặng và vừa giảm dưới 5% (khu vực miền núi dưới 20%) vào năm 2030.',
    );
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value, t.year, t.group])).toEqual([
      ['complementary_feeding', 'gte', 80, 2030, null],
      [null, 'lt', 5, 2030, null],
      [null, 'lt', 20, 2030, 'khu vực miền núi'],
    ]);
  });
});

describe('subjects that figures take in turn ("lần lượt")', () => {
  it('"A và B lần lượt là x và y": x is A\'s and y is B\'s, an elided subject read with the words it shares', () => {
    const r = underTargets(
      PLAN_2021,
      '- Đến năm 2025, tỷ suất tử vong trẻ em dưới 1 tuổi và dưới 5 tuổi lần lượt là 12‰ và 18‰.',
      '- Tỷ lệ suy dinh dưỡng thể nhẹ cân, thể thấp còi ở trẻ em dưới 5 tuổi lần lượt dưới 10% và 20%.',
      '- Tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc sau sinh tại nhà trong tuần đầu và tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ lần lượt đạt 80% và 95%.',
    );
    expect(r.targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ['infant_mortality_rate', 'lte', 12],
      ['under5_mortality_rate', 'lte', 18],
      ['underweight_under5', 'lt', 10],
      ['stunting_under5', 'lt', 20],
      ['postnatal_home_visit_first_week', 'gte', 80],
      ['full_immunization_under1', 'gte', 95],
    ]);
  });
  it('a clause that carries on after a ";" takes the subjects in turn again', () => {
    const r = underTargets(PLAN_2021, '- Năm 2020, tỷ suất tử vong trẻ em dưới 1 tuổi và dưới 5 tuổi lần lượt là 14‰ và 20‰; phấn đấu đến năm 2025 giảm xuống còn 12‰ và 18‰.');
    expect(r.targets.map((t) => [t.indicator, t.value, t.year])).toEqual([
      ['infant_mortality_rate', 12, 2025],
      ['under5_mortality_rate', 18, 2025],
    ]);
    expect(r.unclassified.map((u) => u.reason)).toEqual(['a past result (14 in 2020), not a target', 'a past result (20 in 2020), not a target']);
  });
  it('"… xét nghiệm HIV và giang mai đều đạt 95%": one figure for each, the second named in place of the first\'s last word', () => {
    const r = underTargets(PLAN_2021, '- Tỷ lệ phụ nữ mang thai được xét nghiệm HIV và giang mai đều đạt 95%.');
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['pmtct_hiv_testing', 95],
      ['pmtct_syphilis_testing', 95],
    ]);
  });
  it('"tương ứng" as "lần lượt"', () => {
    const r = underTargets(PLAN_2021, '- Tỷ lệ phụ nữ mang thai được xét nghiệm HIV và giang mai tương ứng đạt 95% và 80%.');
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['pmtct_hiv_testing', 95],
      ['pmtct_syphilis_testing', 80],
    ]);
  });
  it('a figure past the last subject takes none', () => {
    const r = underTargets(PLAN_2021, '- Tỷ lệ sàng lọc trước sinh, sàng lọc sơ sinh lần lượt đạt 50%, 70% và 90%.');
    expect(r.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['prenatal_screening', 50],
      ['newborn_screening', 70],
      [null, 90],
    ]);
  });
});

describe('a period heading and counts of people in a list of targets (Bắc Ninh 325/KH-UBND, 2021; Phú Thọ 722/KH-UBND, 2018)', () => {
  // hethongphapluat.vn/ke-hoach-325-kh-ubnd-nam-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-giai-doan-2021-2030-tren-dia-ban-tinh-bac-ninh.html
  it('dates the targets under "2.1. Giai đoạn 2021 - 2025" to 2025, and those under the next period to its end', () => {
    const found = underTargets(PLAN_2021, '2. Mục tiêu cụ thể', '2.1. Giai đoạn 2021 - 2025',
      '- Đạt 60% số cơ quan, tổ chức, cơ sở trợ giúp xã hội, trường học, bệnh viện, xã, phường, thị trấn và đơn vị liên quan thực hiện phân công, bố trí nhân sự làm công tác xã hội.',
      'b) Giai đoạn từ năm 2026 đến năm 2030:', '- Đạt 80% số cơ quan, tổ chức thực hiện phân công, bố trí nhân sự làm công tác xã hội.');
    expect(found.targets.map((t) => [t.value, t.year])).toEqual([[60, 2025], [80, 2030]]);
    // A period in a sentence is no heading.
    expect(underTargets(PLAN_2021, 'Trong giai đoạn 2021 - 2025 tăng cường truyền thông.', '- Đạt 60% số xã có cộng tác viên.').targets.map((t) => t.year)).toEqual([2030]);
  });
  // vanbanphapluat.co/ke-hoach-722-kh-ubnd-2018-phong-chong-hiv-aids-phu-tho
  it('keeps a list item that opens on a count of people for the editor, and reads no age as a figure', () => {
    const found = underTargets({ ...PLAN_2021, period: { start: 2018, end: 2018 }, issuedYear: 2018 }, '2. Mục tiêu, chỉ tiêu cần đạt được năm 2018:',
      '- 85% người dân trong độ tuổi từ 15 đến 49 tuổi được hiểu biết đầy đủ về HIV/AIDS và không kỳ thị, phân biệt đối xử với người nhiễm HIV;',
      '- 1.100 người nghiện chích ma túy điều trị Methadone hoặc thuốc khác;',
      '- 1.800 người nhiễm HIV được điều trị ARV;',
      '- Có ít nhất 500 cộng tác viên dân số được tập huấn;');
    expect(found.targets.map((t) => [t.value, t.year])).toEqual([[85, 2018]]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([4, 5, 6].map((line) => [line, expect.stringMatching(/count/)]));
    // Outside the targets part, or opening on a year or an age, it is no count.
    expect(extractTextTargets(toDoc('- 1.100 người nghiện chích ma túy điều trị Methadone;'), PLAN_2021).unclassified).toEqual([]);
    expect(underTargets(PLAN_2021, '- 2025 sẽ tập huấn cho cán bộ;', '- 15 tuổi trở lên được tư vấn;').unclassified).toEqual([]);
  });
});

describe('bounds, subgroups and indicators as plans are quoted in the press (hunt of unseen pages)', () => {
  const rows = (lines: string[], ctx = PLAN_2021) => underTargets(ctx, ...lines).targets.map((x) => [x.indicator, x.comparator, x.value, x.year, x.group]);
  // www.baotayninh.vn/tan-chau-keo-giam-ty-le-suy-dinh-duong-o-tre-em-a54012.html
  it('"từ 15% trở xuống" is at most 15, "từ 95% trở lên" at least 95', () => {
    expect(rows(['- Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi từ 15% trở xuống vào năm 2025;', '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ từ 95% trở lên.']))
      .toEqual([['stunting_under5', 'lte', 15, 2025, null], ['full_immunization_under1', 'gte', 95, 2030, null]]);
  });
  // fv88win.com/print/654225.html (a Hà Nội news item on huyện Hoài Đức, 2024)
  it('"giảm … từ 0,15% trở lên so với năm 2023" is a fall against 2023, not a level', () => {
    const [t] = underTargets(PLAN_2021, 'Năm 2024, huyện Hoài Đức phấn đấu giảm tỷ lệ sinh con thứ 3 từ 0,15% trở lên so với năm 2023; tỷ lệ thai phụ được sàng lọc trước sinh 4 bệnh là 81%.').targets;
    expect([t!.indicator, t!.comparator, t!.value, t!.year, t!.baseline?.year]).toEqual(['third_or_higher_births', 'decrease', 0.15, 2024, 2023]);
  });
  // www.nhandan.com.vn/suckhoe/tin-tuc/item/5105502-.html (the Ministry's safe-motherhood programme, 2010)
  it('gives the macro-regions a national plan sets figures for their group', () => {
    expect(rows(['Mục tiêu của chương trình là đến năm 2010, tỷ lệ tử vong mẹ tại khu vực miền núi phía bắc giảm từ 411/100.000 ca đẻ xuống còn 200/100.000 ca đẻ; khu vực Tây Nguyên giảm từ 178/100.000 ca đẻ xuống còn 100/100.000 ca đẻ.'], { ...PLAN_2021, period: { start: 2006, end: 2010 }, issuedYear: 2006 }))
      .toEqual([['maternal_mortality_ratio', 'lte', 200, 2010, 'khu vực miền núi phía bắc'], ['maternal_mortality_ratio', 'lte', 100, 2010, 'khu vực Tây Nguyên']]);
    expect(rows(['- Tỷ suất tử vong trẻ sơ sinh giảm xuống còn 9‰ ở các tỉnh miền núi phía Bắc vào năm 2025;']))
      .toEqual([['neonatal_mortality_rate', 'lte', 9, 2025, 'các tỉnh miền núi phía Bắc']]);
  });
  // hiv.khanhhoa.gov.vn/phong-chong-hivaids; the Lâm Đồng plan on eliminating mother-to-child transmission (2025)
  it('tells the transmission of HIV from mother to child from the treatment of mothers and infants that prevents it', () => {
    expect(rows([
      '- Giảm tỷ lệ trẻ nhiễm HIV từ mẹ xuống dưới 2% vào năm 2025;',
      '- Tỷ lệ phụ nữ mang thai nhiễm HIV được điều trị ARV ≥ 95%.',
      '- Tỷ lệ trẻ sinh ra từ mẹ nhiễm HIV được điều trị dự phòng ARV đạt 95%;',
    ])).toEqual([
      ['mother_to_child_hiv_transmission', 'lt', 2, 2025, null],
      ['pmtct_arv_pregnant_women', 'gte', 95, 2030, null],
      ['hiv_exposed_infant_prophylaxis', 'gte', 95, 2030, null],
    ]);
  });
});

describe('a change by a fraction', () => {
  // The under-five goal of the Millennium Development Goals, as plans and the press wrote it
  // (baomoi.com/vn-co-trien-vong-giam-2-3-ti-le-tu-vong-tre-duoi-5-tuoi/c/1342153.epi).
  it('keeps "giảm 2/3 tỉ lệ tử vong" and "giảm hai phần ba" for the editor, never a target in percent, never dropped', () => {
    const found = underTargets(PLAN_2021, '- Giảm 2/3 tỉ lệ tử vong ở trẻ dưới 5 tuổi so với năm 1990;', '- Giảm hai phần ba tỷ lệ tử vong trẻ em dưới 5 tuổi, giảm tỷ suất tử vong sơ sinh xuống 9‰.');
    expect(found.targets.map((t) => [t.indicator, t.value])).toEqual([['neonatal_mortality_rate', 9]]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([
      [2, 'a change by a fraction ("Giảm 2/3"), which no unit of the record holds: kept for the editor'],
      [3, 'a change by a fraction ("Giảm hai phần ba"), which no unit of the record holds: kept for the editor'],
    ]);
    // A rate per 100 is no fraction.
    expect(underTargets(PLAN_2021, '- Giảm tỷ số phá thai xuống 25/100 trẻ đẻ sống.').unclassified).toEqual([]);
  });
});

describe('the indicators of plans to end mother-to-child transmission of HIV, syphilis and hepatitis B, and of marriage', () => {
  // The Lâm Đồng plan on eliminating mother-to-child transmission (2025) writes "Tỷ lệ phụ nữ mang
  // thai mắc giang mai được điều trị ≥ 95%"; the rest is the wording of the national plan it follows.
  it('tells testing, treatment and transmission apart, for mothers and for their infants', () => {
    const read = (...lines: string[]) => underTargets(PLAN_2021, ...lines).targets.map((t) => [t.indicator, t.comparator, t.value]);
    expect(read(
      '- Tỷ lệ phụ nữ mang thai được xét nghiệm giang mai ≥ 95%;',
      '- Tỷ lệ phụ nữ mang thai mắc giang mai được điều trị ≥ 95%;',
      '- Tỷ lệ lây truyền viêm gan B từ mẹ sang con ≤ 2%;',
      '- Tỷ lệ trẻ phơi nhiễm HIV được xét nghiệm PCR trước 2 tháng tuổi ≥ 90%;',
      '- Tỷ lệ trẻ sơ sinh được tiêm vắc xin viêm gan B trong 24 giờ đầu để dự phòng lây truyền viêm gan B từ mẹ sang con đạt 90%;',
    )).toEqual([
      ['pmtct_syphilis_testing', 'gte', 95],
      ['pmtct_syphilis_treatment', 'gte', 95],
      ['mother_to_child_hepatitis_b_transmission', 'lte', 2],
      ['early_infant_diagnosis', 'gte', 90],
      ['hepatitis_b_birth_dose', 'gte', 90],
    ]);
  });
  it('reads child marriage and consanguineous marriage as indicators of their own, not as adolescent births', () => {
    expect(underTargets(PLAN_2021, '- Giảm 50% số cặp tảo hôn và giảm 60% số cặp kết hôn cận huyết thống so với năm 2020;').targets.map((t) => [t.indicator, t.comparator, t.value, t.baseline?.year ?? null]))
      .toEqual([['child_marriage', 'decrease', 50, 2020], ['consanguineous_marriage', 'decrease', 60, 2020]]);
  });
});

describe('counts set as a listed label\'s value (An Giang 288/KH-UBND, 2024)', () => {
  it('keeps "Số trẻ sinh trong năm là: 24.533 trẻ" and "Số bác sĩ/vạn dân: 10 bác sĩ" for the editor; never an age or a year', () => {
    const found = underTargets(PLAN_2021, '- Số trẻ sinh trong năm là: 24.533 trẻ.', '- Số bác sĩ/vạn dân: 10 bác sĩ;', '- Số giường bệnh/vạn dân đạt 32 giường;', '- Đối tượng: trẻ em dưới 5 tuổi;', '- Thời gian thực hiện: năm 2025.');
    expect(found.targets).toEqual([]);
    expect(found.unclassified.map((u) => u.line)).toEqual([2, 3, 4]);
  });
});

describe('a period that leads each of its figures', () => {
  it('"giai đoạn 2021-2025 dưới 20‰, giai đoạn 2026-2030 dưới 18‰" dates each figure to the end of its period', () => {
    expect(underTargets(PLAN_2021, '- Tỷ suất tử vong trẻ em dưới 5 tuổi giai đoạn 2021-2025 dưới 20‰, giai đoạn 2026-2030 dưới 18‰;').targets.map((t) => [t.value, t.year]))
      .toEqual([[20, 2025], [18, 2030]]);
  });
});

describe('the present given in brackets beside a target', () => {
  it('"lên trên 95% (hiện nay 92%)": 95 is the target, 92 the present', () => {
    const found = underTargets(PLAN_2021, 'b) Nâng tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ lên trên 95% (hiện nay 92%);');
    expect(found.targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([['full_immunization_under1', 'gt', 95]]);
    expect(found.unclassified.map((u) => u.reason)).toEqual(['a past result (92 stated as reached), not a target']);
  });
});

describe('a year that leads the next figure with "phấn đấu"', () => {
  it('"Năm 2023 … đạt 96,5%, năm 2024 phấn đấu đạt trên 97%": 96.5 is 2023\'s, a result when the plan is of 2024', () => {
    const line = '- Năm 2023 tỷ lệ tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi đạt 96,5%, năm 2024 phấn đấu đạt trên 97%;';
    expect(underTargets(PLAN_2021, line).targets.map((t) => [t.value, t.year])).toEqual([[96.5, 2023], [97, 2024]]);
    const of2024 = underTargets({ ...PLAN_2021, period: { start: 2024, end: 2024 }, issuedYear: 2024 }, line);
    expect(of2024.targets.map((t) => [t.value, t.year])).toEqual([[97, 2024]]);
    expect(of2024.unclassified.map((u) => u.reason)).toEqual(['a past result (96.5 in 2023), not a target']);
  });
});

describe("the country's targets beside the plan's own", () => {
  it('reads the plan\'s figure and leaves out the country\'s in brackets or in a clause of its own; a sentence that only contributes to a national target sets none', () => {
    const found = underTargets(PLAN_2021,
      'Góp phần thực hiện mục tiêu quốc gia giảm tỷ suất tử vong trẻ em dưới 5 tuổi xuống 18,5‰ vào năm 2025.',
      '- Tỷ suất tử vong trẻ em dưới 5 tuổi của tỉnh dưới 20‰ (mục tiêu quốc gia là 18,5‰);',
      // baoquangnam.vn/y-te/phan-dau-khong-che-ty-le-nguoi-nhiem-hivaids-duoi-01-8292.html (Quảng Nam's HIV plan, 2013)
      '- Khống chế tỷ lệ hiện nhiễm HIV trong cộng đồng dân cư dưới 0,1% vào năm 2025 (toàn quốc là dưới 0,3%);',
      '- Thực hiện Chương trình mục tiêu quốc gia về y tế, 100% trạm y tế xã có bác sĩ.',
      '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ của tỉnh đạt 97%; toàn quốc đạt 95%.',
      '- Tỷ lệ phụ nữ đẻ tại cơ sở y tế đạt 99%, cao hơn so với cả nước.');
    expect(found.targets.map((t) => [t.indicator, t.value])).toEqual([['under5_mortality_rate', 20], [null, 0.1], [null, 100], ['full_immunization_under1', 97], ['facility_births', 99]]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([
      [2, 'figures for the whole country, quoted as context'],
      [3, 'figures for the whole country, quoted as context'],
      [4, 'figures for the whole country, quoted as context'],
      [6, 'figures for the whole country, quoted as context'],
    ]);
  });
});

describe('indicators in the other words plans use for them', () => {
  it('"tỷ lệ chết", "thăm khám sau sinh", "sinh con tại cơ sở y tế", "cân nặng khi sinh dưới 2500 gram"', () => {
    const found = underTargets(PLAN_2021,
      // thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/thong-bao-van-ban-moi/email/3549/ (QĐ 1208/QĐ-TTg, 2012, as a legal news page titles it)
      'Phải giảm tỷ lệ chết sơ sinh xuống còn 10‰',
      '- Tỷ lệ chết trẻ em dưới 5 tuổi còn 18‰;',
      '- Tỷ lệ bà mẹ được thăm khám sau sinh trong tuần đầu đạt 80%;',
      '- Tỷ lệ phụ nữ dân tộc thiểu số sinh con tại cơ sở y tế đạt 80%;',
      '- Tỷ lệ phụ nữ đẻ tại cơ sở khám bệnh, chữa bệnh đạt 98%;',
      '- Tỷ lệ trẻ có cân nặng khi sinh dưới 2500 gram giảm còn 5%;',
      '- Tỷ lệ trẻ em dưới 2 tuổi bị suy dinh dưỡng được theo dõi biểu đồ tăng trưởng đạt 100%;');
    expect(found.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['neonatal_mortality_rate', 10], ['under5_mortality_rate', 18], ['postnatal_home_visit_first_week', 80],
      ['facility_births', 80], ['facility_births', 98], ['low_birth_weight', 5], ['growth_monitoring', 100],
    ]);
  });
});

describe('sex ratios, continued breastfeeding and heights as the national nutrition and population plans write them', () => {
  it('reads "109 trẻ sơ sinh trai/100 trẻ sơ sinh gái" and "tiếp tục được bú mẹ", and keeps a height in cm for the editor', () => {
    const found = underTargets(PLAN_2021,
      '- Tỷ số giới tính khi sinh ở mức 109 trẻ sơ sinh trai/100 trẻ sơ sinh gái;',
      '- Tỷ lệ trẻ 24 tháng tuổi tiếp tục được bú mẹ đạt 50%;',
      '- Chiều cao trung bình của trẻ em 5 tuổi tăng thêm 1,5 - 2 cm;');
    expect(found.targets.map((t) => [t.indicator, t.value, t.unit])).toEqual([['sex_ratio_at_birth', 109, 'boys_per_100_girls'], ['continued_breastfeeding_24m', 50, 'percent']]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([[4, 'a height in centimetres, which no unit of the record holds: kept for the editor']]);
  });
});

describe('joined subjects and joined figures without "lần lượt"', () => {
  it('take each other in turn when they are as many, and every subject names an indicator', () => {
    const rows = (line: string) => underTargets(PLAN_2021, line).targets.map((t) => [t.indicator, t.value]);
    expect(rows('- Đến năm 2025, giảm tỷ suất tử vong trẻ em dưới 1 tuổi, dưới 5 tuổi xuống còn 10‰ và 15‰;'))
      .toEqual([['infant_mortality_rate', 10], ['under5_mortality_rate', 15]]);
    // One subject, two years: no turns.
    expect(rows('- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 90% năm 2025 và 95% năm 2030;'))
      .toEqual([['full_immunization_under1', 90], ['full_immunization_under1', 95]]);
    // Two subjects, three figures: not in turn.
    expect(rows('- Tỷ lệ suy dinh dưỡng thể nhẹ cân, thể thấp còi ở trẻ em dưới 5 tuổi giảm còn 10%, 9% và 8%;').map(([id]) => id))
      .not.toContain('stunting_under5');
  });
});

describe('a sentence that looks back on the years before the plan', () => {
  it('"Trong những năm qua … đã đạt được nhiều kết quả …; tỷ suất … còn 21‰" is a result; a clause that aims is a target', () => {
    const text = [
      'Trong những năm qua, công tác chăm sóc sức khỏe bà mẹ, trẻ em trên địa bàn tỉnh đã đạt được nhiều kết quả quan trọng; tỷ suất tử vong trẻ em dưới 1 tuổi còn 21‰. Tuy nhiên, vẫn còn cao so với cả nước.',
      'Phát huy kết quả đạt được trong những năm qua, phấn đấu đến năm 2025 giảm tỷ suất tử vong trẻ em dưới 1 tuổi xuống dưới 18‰.',
    ];
    const found = extractTextTargets(toDoc(text.join('\n')), PLAN_2021);
    expect(found.targets.map((t) => [t.line, t.indicator, t.value, t.year])).toEqual([[2, 'infant_mortality_rate', 18, 2025]]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([[1, 'a past result (21 stated as reached), not a target']]);
  });
});

describe('a part on the results before the plan', () => {
  it('"I. KẾT QUẢ THỰC HIỆN NĂM 2023": its figures are reported, not read as targets, whatever their words; the targets part after it is read', () => {
    const text = [
      'I. KẾT QUẢ THỰC HIỆN NĂM 2023',
      'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97,5%, vượt kế hoạch.',
      'Bên cạnh đó, tỷ lệ suy dinh dưỡng thể nhẹ cân còn cao (10,2%).',
      'II. MỤC TIÊU',
      '- Tỷ suất tử vong trẻ em dưới 1 tuổi dưới 8‰.',
      'III. KẾT QUẢ MONG ĐỢI',
      '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 98%.',
    ];
    const found = extractTextTargets(toDoc(text.join('\n')), { ...PLAN_2021, period: { start: 2024, end: 2024 }, issuedYear: 2024 });
    expect(found.targets.map((t) => [t.line, t.indicator, t.value])).toEqual([[5, 'infant_mortality_rate', 8], [7, 'full_immunization_under1', 98]]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([
      [2, 'figures in the part on the situation before the plan ("I. KẾT QUẢ THỰC HIỆN NĂM 2023"): 97,5%, not targets'],
      [3, 'figures in the part on the situation before the plan ("I. KẾT QUẢ THỰC HIỆN NĂM 2023"): 10,2%, not targets'],
    ]);
  });
});

describe('a clause that opens on its verb and names no level', () => {
  it('"- Giảm tỷ lệ sinh: 0,3‰" is a fall of 0.3, "giảm … xuống: 10%" a level', () => {
    const rows = (line: string) => underTargets(PLAN_2021, line).targets.map((t) => [t.indicator, t.comparator, t.value]);
    expect(rows('- Giảm tỷ lệ sinh: 0,3‰;')).toEqual([['crude_birth_rate', 'decrease', 0.3]]);
    expect(rows('- Giảm tỷ lệ sinh 0,3‰;')).toEqual([['crude_birth_rate', 'decrease', 0.3]]);
    expect(rows('- Giảm tỷ lệ sinh con thứ 3 trở lên xuống: 10%;')).toEqual([['third_or_higher_births', 'lte', 10]]);
    expect(rows('- Giảm tỷ suất tử vong trẻ em dưới 5 tuổi còn 18‰;')).toEqual([['under5_mortality_rate', 'lte', 18]]);
  });
});

describe('periods and joined years that date figures in turn', () => {
  it('"Giai đoạn 2021-2025: … 95%; giai đoạn 2026-2030: đạt 97%", and years taken in turn with "lần lượt" or "tương ứng"', () => {
    const rows = (line: string) => underTargets(PLAN_2021, line).targets.map((t) => [t.indicator, t.value, t.year]);
    expect(rows('- Giai đoạn 2021-2025: tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95%; giai đoạn 2026-2030: đạt 97%;'))
      .toEqual([['full_immunization_under1', 95, 2025], ['full_immunization_under1', 97, 2030]]);
    expect(rows('- Đến năm 2025 và 2030, tỷ lệ trẻ sơ sinh được sàng lọc sơ sinh đạt tương ứng 50% và 70%;'))
      .toEqual([['newborn_screening', 50, 2025], ['newborn_screening', 70, 2030]]);
    expect(rows('- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi năm 2025 và năm 2030 lần lượt là 20% và 18%;'))
      .toEqual([['stunting_under5', 20, 2025], ['stunting_under5', 18, 2030]]);
  });
});

describe('a count among clauses with rates', () => {
  it('keeps "số bác sĩ/1 vạn dân đạt 12 bác sĩ" for the editor when other clauses of the line set rates', () => {
    const found = underTargets(PLAN_2021, 'b) Về xã hội: tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%; số bác sĩ/1 vạn dân đạt 12 bác sĩ; tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm còn 18%.');
    expect(found.targets.map((t) => t.value)).toEqual([95.5, 18]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([[2, 'a count of things, which no unit of the record holds: kept for the editor']]);
  });
});

describe('figures given as about so much', () => {
  it('"xấp xỉ 75 tuổi", "khoảng 1,3 triệu người", "trên dưới 70%" are read, bound as the indicator goes', () => {
    const rows = (line: string) => underTargets(PLAN_2021, line).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit]);
    expect(rows('- Tuổi thọ trung bình xấp xỉ 75 tuổi;')).toEqual([['life_expectancy', 'gte', 75, 'years']]);
    expect(rows('- Quy mô dân số khoảng 1,3 triệu người;')).toEqual([[null, 'eq', 1.3, 'million_people']]);
    expect(rows('- Tỷ lệ sử dụng biện pháp tránh thai hiện đại đạt trên dưới 70%;')).toEqual([['contraceptive_prevalence', 'gte', 70, 'percent']]);
  });
});

describe('a figure a higher level assigned, in brackets beside the plan\'s own', () => {
  it('"đạt 95% (chỉ tiêu Bộ Y tế giao là 90%)": 95 is the target, 90 reported as assigned', () => {
    const found = underTargets(PLAN_2021, '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 95% (chỉ tiêu Bộ Y tế giao là 90%);', '- Giao Sở Y tế bảo đảm 100% trạm y tế có bác sĩ (trong đó 50% có bác sĩ sản nhi);');
    expect(found.targets.map((t) => t.value)).toEqual([95, 100, 50]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([[2, "a figure a higher level or another document sets, in brackets beside the plan's own: not the plan's target"]]);
  });
});

describe('a table row that counts what an indicator rates', () => {
  it('"Số ca tử vong mẹ | ca | 3 | 0" is a count kept for the editor, not a maternal mortality ratio of 0', () => {
    const doc = toDoc(['I. MỤC TIÊU', 'TT\tChỉ số\tĐVT\tThực hiện 2023\tKế hoạch 2024', '1\tTỷ suất tử vong trẻ em dưới 1 tuổi\t‰\t9,1\t<9', '2\tSố ca tử vong mẹ\tca\t3\t0'].join('\n'));
    const found = extractTableTargets(doc, { ...PLAN_2021, period: { start: 2024, end: 2024 } });
    expect(found.targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([['infant_mortality_rate', 'lt', 9]]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([[4, 'a count in "ca", which no unit of the record holds: kept for the editor']]);
  });
});

describe('a figure in words outside a targets part, in a clause that aims (a directive has no targets part)', () => {
  it('reads "phấn đấu đến năm 2025 tỷ số giới tính khi sinh dưới 112 trẻ trai/100 trẻ gái", and keeps last year\'s figures for the editor', () => {
    const text = [
      'Năm 2022, tỷ số giới tính khi sinh của tỉnh là 116,6 trẻ trai/100 trẻ gái, tổng tỷ suất sinh 2,3 con/phụ nữ.',
      'Để phấn đấu đến năm 2025 tỷ số giới tính khi sinh dưới 112 trẻ trai/100 trẻ gái, duy trì tổng tỷ suất sinh 2,1 con/phụ nữ, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:',
    ];
    const found = extractTextTargets(toDoc(text.join('\n')), { ...PLAN_2021, period: null, issuedYear: 2023 });
    expect(found.targets.map((t) => [t.line, t.indicator, t.comparator, t.value, t.year])).toEqual([
      [2, 'sex_ratio_at_birth', 'lt', 112, 2025],
      [2, 'total_fertility_rate', 'gte', 2.1, 2025],
    ]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([[1, 'a figure in words outside the targets part (116,6 trẻ trai/100 trẻ gái, 2,3 con): kept for the editor, not read as a target']]);
  });
});

describe('the national nutrition strategy\'s targets as provincial plans copy them (QĐ 02/QĐ-TTg, 2022)', () => {
  const rows = (...lines: string[]) => underTargets(PLAN_2021, ...lines).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year, t.group]);
  it('a subgroup keeps its name for its second year ("… và dưới 23% vào năm 2030")', () => {
    expect(rows('- Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi xuống dưới 19% vào năm 2025 và dưới 17% vào năm 2030; khu vực miền núi giảm xuống dưới 26% vào năm 2025 và dưới 23% vào năm 2030.')).toEqual([
      ['stunting_under5', 'lt', 19, 'percent', 2025, null],
      ['stunting_under5', 'lt', 17, 'percent', 2030, null],
      ['stunting_under5', 'lt', 26, 'percent', 2025, 'khu vực miền núi'],
      ['stunting_under5', 'lt', 23, 'percent', 2030, 'khu vực miền núi'],
    ]);
  });
  it('vitamin A for mothers after birth, its deficiency in children, and the treatment of severe acute malnutrition', () => {
    expect(rows(
      '- 100% bà mẹ sau sinh trong vòng 1 tháng được bổ sung vitamin A.',
      '- Tỷ lệ trẻ em từ 6-36 tháng tuổi được uống vitamin A liều cao 2 lần/năm đạt trên 95%.',
      '- Tỷ lệ thiếu vitamin A tiền lâm sàng ở trẻ em dưới 5 tuổi dưới 8% vào năm 2030.',
      '- Trên 80% trẻ em dưới 5 tuổi bị suy dinh dưỡng cấp tính nặng được điều trị.',
    ).map((r) => r.slice(0, 3))).toEqual([
      ['postpartum_vitamin_a', 'gte', 100],
      ['vitamin_a_supplementation', 'gt', 95],
      ['vitamin_a_deficiency_under5', 'lt', 8],
      ['severe_acute_malnutrition_treatment', 'gt', 80],
    ]);
  });
});

describe('adolescent births per 1,000 women aged 15–19 (SDG 3.7.2)', () => {
  const rows = (...lines: string[]) => underTargets(PLAN_2021, ...lines).targets.map((t) => [t.indicator, t.comparator, t.value, t.unit, t.year]);
  it('is a rate per 1,000 women, not a count of children, however the ages are spaced', () => {
    expect(rows(
      '- Tỷ suất sinh vị thành niên giảm xuống còn 25 trẻ sinh sống/1.000 phụ nữ 15-19 tuổi vào năm 2025.',
      '- Giảm tỷ suất sinh ở phụ nữ 15 - 19 tuổi xuống 20 ca sinh trên 1.000 phụ nữ.',
    )).toEqual([
      ['adolescent_births', 'lte', 25, 'per_1000_women', 2025],
      ['adolescent_births', 'lte', 20, 'per_1000_women', 2030],
    ]);
    // The ages of "15 - 49 tuổi" are the phrasing's "15-49".
    expect(rows('- Tỷ lệ thiếu máu ở phụ nữ 15 - 49 tuổi dưới 20%.')).toEqual([['anaemia_women_reproductive_age', 'lt', 20, 'percent', 2030]]);
  });
});

describe('children\'s rights in child-care plans', () => {
  it('birth registration and health insurance cards for children under 6', () => {
    const found = underTargets(PLAN_2021, '- Tỷ lệ trẻ em được đăng ký khai sinh đúng hạn đạt 98%.', '- Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ BHYT đạt 100%.', '- Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số.');
    expect(found.targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ['birth_registration', 'gte', 98],
      ['child_health_insurance', 'gte', 100],
      [null, 'gt', 95],
    ]);
  });
});

describe('a subgroup named without "ở" or "tại"', () => {
  const rows = (...lines: string[]) => underTargets(PLAN_2021, ...lines).targets.map((t) => [t.indicator, t.value, t.group]);
  it('a kind of place and its trait after the people counted: "trẻ em dưới 5 tuổi vùng đồng bào dân tộc thiểu số"', () => {
    expect(rows(
      '- Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi vùng đồng bào dân tộc thiểu số xuống dưới 28%.',
      '- Tỷ lệ sinh con thứ 3 trở lên của các xã vùng cao giảm xuống dưới 20%.',
      '- Tăng tỷ lệ bà mẹ người dân tộc thiểu số được khám thai ít nhất 4 lần lên 70%.',
    )).toEqual([
      ['stunting_under5', 28, 'vùng đồng bào dân tộc thiểu số'],
      ['third_or_higher_births', 20, 'các xã vùng cao'],
      ['antenatal_care_4_visits', 70, 'người dân tộc thiểu số'],
    ]);
  });
  it('after a comma or a ";", abbreviated or with a kind of place alone', () => {
    expect(rows(
      '- Giảm tỷ lệ SDD thấp còi ở trẻ em dưới 5 tuổi xuống dưới 20%, vùng đồng bào DTTS xuống dưới 28%.',
      '- Tỷ suất tử vong trẻ em dưới 5 tuổi toàn tỉnh dưới 20‰; huyện miền núi dưới 25‰.',
    )).toEqual([
      ['stunting_under5', 20, null],
      ['stunting_under5', 28, 'vùng đồng bào DTTS'],
      ['under5_mortality_rate', 20, null],
      ['under5_mortality_rate', 25, 'huyện miền núi'],
    ]);
  });
  it('never the plan\'s own place, nor a place the plan only stresses', () => {
    expect(rows(
      '- Tỷ lệ suy dinh dưỡng thể thấp còi trẻ em dưới 5 tuổi trên địa bàn thành phố dưới 21,5%.',
      '- Giảm tử vong trẻ em dưới 5 tuổi, đặc biệt ở vùng khó khăn, xuống dưới 20‰.',
      '- Tỷ lệ phụ nữ đẻ tại cơ sở y tế của huyện Yên Lạc đạt 99%.',
    )).toEqual([
      ['stunting_under5', 21.5, null],
      ['under5_mortality_rate', 20, null],
      ['facility_births', 99, null],
    ]);
  });
});

describe('the elimination of mother-to-child transmission of HIV', () => {
  it('"số trẻ mới nhiễm HIV dưới 50 trẻ/100.000 trẻ đẻ sống" is a rate per 100,000 live births, beside the transmission rate', () => {
    const found = underTargets(PLAN_2021, '- Loại trừ lây truyền HIV từ mẹ sang con: tỷ lệ lây truyền dưới 2%, số trẻ mới nhiễm HIV dưới 50 trẻ/100.000 trẻ đẻ sống.', '- Số ca tử vong mẹ dưới 40 ca trên 100.000 trẻ đẻ sống.');
    expect(found.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['lt', 2, 'percent'],
      ['lt', 50, 'per_100000_live_births'],
      ['lt', 40, 'per_100000_live_births'],
    ]);
    expect(found.unclassified).toEqual([]);
  });
});

describe('a count after a comma, beside a figure of its clause', () => {
  it('"dưới 2%, số trẻ nhiễm HIV mới dưới 20 trẻ": the count is kept for the editor, not lost', () => {
    const found = underTargets(PLAN_2021, '- Tỷ lệ lây truyền HIV từ mẹ sang con dưới 2%, số trẻ nhiễm HIV mới dưới 20 trẻ.', '- Tỷ lệ phụ nữ đẻ tại cơ sở y tế đạt 99,5%.');
    expect(found.targets.map((t) => t.value)).toEqual([2, 99.5]);
    expect(found.unclassified.map((u) => [u.line, u.reason])).toEqual([[2, 'a count of things, which no unit of the record holds: kept for the editor']]);
  });
});

describe('a figure another document sets, in brackets beside the plan\'s own', () => {
  it('"đạt 80% (chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh là 75%)": 80 is the target, 75 reported', () => {
    const found = underTargets(PLAN_2021, '- Tỷ lệ trẻ được bú mẹ trong 1 giờ đầu sau sinh đạt 80% (chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX là 75%).', '- Tỷ lệ bú mẹ hoàn toàn đạt 45% (mục tiêu Chiến lược quốc gia về dinh dưỡng là 40%).');
    expect(found.targets.map((t) => [t.indicator, t.value])).toEqual([['early_breastfeeding', 80], ['exclusive_breastfeeding_6m', 45]]);
    expect(found.unclassified.map((u) => u.line)).toEqual([2, 3]);
  });
});

describe('abortions among adolescents', () => {
  it('are a figure of their own, not the abortion ratio nor adolescent births', () => {
    const found = underTargets(PLAN_2021, '- Giảm tỷ lệ phá thai ở tuổi vị thành niên xuống dưới 5% tổng số ca phá thai.', '- Tỷ số phá thai giảm xuống dưới 25/100 trẻ đẻ sống.');
    expect(found.targets.map((t) => [t.indicator, t.comparator, t.value, t.unit])).toEqual([
      ['adolescent_abortion', 'lt', 5, 'percent'],
      ['abortion_ratio', 'lt', 25, 'per_100_live_births'],
    ]);
  });
});

describe('a baseline in brackets after its target', () => {
  it('"giảm còn 20% (năm 2020: 23,5%)": the level of a year before the plan is the baseline, not a result to report', () => {
    const found = underTargets(PLAN_2021,
      '- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm còn 20% (năm 2020: 23,5%).',
      '- Tỷ lệ suy dinh dưỡng thể nhẹ cân giảm xuống 9% (năm 2020 là 11,2%).',
      // A year the plan still runs through is a target of its own.
      '- Tỷ lệ trẻ được tiêm chủng đầy đủ duy trì trên 95% (năm 2023 đạt 96,8%).',
    );
    expect(found.targets.map((t) => [t.indicator, t.value, t.year, t.baseline])).toEqual([
      ['stunting_under5', 20, 2030, { value: 23.5, year: 2020 }],
      ['underweight_under5', 9, 2030, { value: 11.2, year: 2020 }],
      ['full_immunization_under1', 95, 2030, null],
      ['full_immunization_under1', 96.8, 2023, null],
    ]);
    expect(found.unclassified).toEqual([]);
  });
});

describe('the people a whole plan is for', () => {
  const ctx = { ...PLAN_2021, title: 'Hành động phòng chống suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi vùng đồng bào dân tộc thiểu số và miền núi đến năm 2025' };
  it('are no subgroup of its targets; another subgroup, and a macro-region, still are', () => {
    const found = underTargets(ctx,
      '- Giảm tỷ lệ suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi vùng đồng bào DTTS và miền núi xuống dưới 26%.',
      '- Tỷ lệ trẻ em dưới 5 tuổi ở vùng khó khăn được uống vitamin A đạt 95%.',
      '- Tỷ lệ suy dinh dưỡng thấp còi ở khu vực miền núi phía Bắc dưới 28%.',
    );
    expect(found.targets.map((t) => [t.indicator, t.value, t.group])).toEqual([
      ['stunting_under5', 26, null],
      ['vitamin_a_supplementation', 95, 'vùng khó khăn'],
      ['stunting_under5', 28, 'khu vực miền núi phía Bắc'],
    ]);
    // The communes in special difficulty are a part of a plan for the communes in difficulty.
    expect(underTargets({ ...PLAN_2021, title: 'Kế hoạch chăm sóc sức khỏe bà mẹ, trẻ em vùng khó khăn' }, '- Tỷ lệ phụ nữ đẻ tại cơ sở y tế ở các xã đặc biệt khó khăn đạt 80%.').targets[0]!.group).toBe('các xã đặc biệt khó khăn');
    // In a plan for everyone, the same wording names a subgroup.
    expect(underTargets(PLAN_2021, '- Giảm tỷ lệ suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi vùng đồng bào DTTS và miền núi xuống dưới 26%.').targets[0]!.group).toBe('vùng đồng bào DTTS và miền núi');
  });
});

describe('the abbreviations of a health department\'s list of targets', () => {
  it('"PNCT được tiêm UV2+", "TFR", "VGB sơ sinh trong 24h"', () => {
    const found = underTargets(PLAN_2021, '- Tỷ lệ PNCT được tiêm UV2+: ≥ 90%.', '- TFR: 2,1 con/phụ nữ.', '- Tỷ lệ trẻ sơ sinh được tiêm VGB sơ sinh trong 24h: ≥ 85%.', '- Tỷ lệ bà mẹ được CSSS tại nhà tuần đầu: 80%.');
    expect(found.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['tetanus_vaccination_pregnancy', 90],
      ['total_fertility_rate', 2.1],
      ['hepatitis_b_birth_dose', 85],
      ['postnatal_home_visit_first_week', 80],
    ]);
  });
});

describe('perinatal deaths, the treatment of diarrhoea and mothers\' knowledge of nutrition', () => {
  it('are figures of their own', () => {
    const found = underTargets(PLAN_2021,
      '- Tỷ suất tử vong chu sinh giảm xuống dưới 12‰.',
      '- Tỷ lệ trẻ em dưới 5 tuổi bị tiêu chảy được điều trị bằng ORS và kẽm đạt 80%.',
      '- Tỷ lệ cha mẹ biết bù nước, điện giải khi trẻ bị tiêu chảy đạt 70%.',
      '- Tỷ lệ bà mẹ có con dưới 5 tuổi có kiến thức đúng về dinh dưỡng đạt 75%.',
    );
    expect(found.targets.map((t) => [t.indicator, t.value])).toEqual([
      ['perinatal_mortality_rate', 12],
      ['diarrhoea_treatment_ors_zinc', 80],
      ['diarrhoea_ors_awareness', 70],
      ['nutrition_knowledge', 75],
    ]);
  });
});

describe('vaccines by their doses, caesarean sections, breastfeeding right after birth', () => {
  it('are read with their own indicators', () => {
    const found = underTargets(PLAN_2021,
      '- Tỷ lệ trẻ em dưới 1 tuổi được tiêm vắc xin 5 trong 1 (DPT-VGB-Hib) mũi 3 đạt 95%.',
      '- Tỷ lệ trẻ 18 tháng tuổi được tiêm nhắc DPT4 đạt 90%.',
      '- Khống chế tỷ lệ mổ lấy thai dưới 30%.',
      '- Tỷ lệ trẻ sơ sinh được bú sữa mẹ ngay sau sinh đạt 85%.',
    );
    expect(found.targets.map((t) => [t.indicator, t.comparator, t.value])).toEqual([
      ['penta3_vaccination', 'gte', 95],
      ['dpt_booster_vaccination', 'gte', 90],
      ['caesarean_rate', 'lt', 30],
      ['early_breastfeeding', 'gte', 85],
    ]);
  });
});

describe('the national nutrition strategy\'s subgroups, in full', () => {
  const rows = (...lines: string[]) => underTargets(PLAN_2021, ...lines).targets.map((t) => [t.indicator, t.value, t.year, t.group]);
  it('joined macro-regions after a ";", and "ở phụ nữ có thai" in place of the women of reproductive age', () => {
    expect(rows(
      '- Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi giảm xuống dưới 20% vào năm 2025 và dưới 15% vào năm 2030; khu vực miền núi phía Bắc và Tây Nguyên giảm xuống dưới 28% vào năm 2025 và dưới 25% vào năm 2030.',
      '- Tỷ lệ thiếu máu ở phụ nữ tuổi sinh đẻ giảm xuống dưới 25% vào năm 2025, dưới 22% vào năm 2030; ở phụ nữ có thai giảm xuống dưới 23% vào năm 2025 và dưới 20% vào năm 2030.',
    )).toEqual([
      ['stunting_under5', 20, 2025, null],
      ['stunting_under5', 15, 2030, null],
      ['stunting_under5', 28, 2025, 'khu vực miền núi phía Bắc và Tây Nguyên'],
      ['stunting_under5', 25, 2030, 'khu vực miền núi phía Bắc và Tây Nguyên'],
      ['anaemia_women_reproductive_age', 25, 2025, null],
      ['anaemia_women_reproductive_age', 22, 2030, null],
      ['anaemia_pregnant_women', 23, 2025, null],
      ['anaemia_pregnant_women', 20, 2030, null],
    ]);
  });
});
