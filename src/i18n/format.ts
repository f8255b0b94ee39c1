// Numbers, units, comparators and names as readers of each language expect them.
import type { Comparator, Level, Role, Unit } from '../schema.ts';
import { LOCALE, type Lang } from './lang.ts';

const numberFormats = new Map<Lang, Intl.NumberFormat>();

/** 9,5 on Vietnamese pages, 9.5 on English ones; thousands grouped (100.000 / 100,000). */
export function formatNumber(value: number, lang: Lang): string {
  let nf = numberFormats.get(lang);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, nf);
  }
  return nf.format(value);
}

const UNIT_SUFFIX: Record<Unit, Record<Lang, string>> = {
  percent: { vi: '%', en: '%' },
  per_1000_live_births: { vi: '‰', en: '‰' },
  per_100000_live_births: { vi: '/100.000 trẻ đẻ sống', en: ' per 100,000 live births' },
  per_100000_population: { vi: '/100.000 dân', en: ' per 100,000 population' },
  per_1000_population: { vi: '‰', en: '‰' },
  per_100000_children: { vi: '/100.000 trẻ em', en: ' per 100,000 children' },
  per_1000_women: { vi: '/1.000 phụ nữ', en: ' per 1,000 women' },
  children_per_woman: { vi: ' con/phụ nữ', en: ' children per woman' },
  million_people: { vi: ' triệu người', en: ' million people' },
  boys_per_100_girls: { vi: ' trẻ trai/100 trẻ gái', en: ' boys per 100 girls' },
  per_100_live_births: { vi: '/100 trẻ đẻ sống', en: ' per 100 live births' },
  percentage_points: { vi: ' điểm phần trăm', en: ' percentage points' },
  people: { vi: ' người', en: ' people' },
  years: { vi: ' tuổi', en: ' years' },
};

/** Short unit for axes and table headers. */
const UNIT_SHORT: Record<Unit, Record<Lang, string>> = {
  percent: { vi: '%', en: '%' },
  per_1000_live_births: { vi: '‰ (trên 1.000 trẻ đẻ sống)', en: '‰ (per 1,000 live births)' },
  per_100000_live_births: { vi: 'trên 100.000 trẻ đẻ sống', en: 'per 100,000 live births' },
  per_100000_population: { vi: 'trên 100.000 dân', en: 'per 100,000 population' },
  per_1000_population: { vi: '‰ (trên 1.000 dân)', en: '‰ (per 1,000 population)' },
  per_100000_children: { vi: 'trên 100.000 trẻ em', en: 'per 100,000 children' },
  per_1000_women: { vi: 'trên 1.000 phụ nữ', en: 'per 1,000 women' },
  children_per_woman: { vi: 'con/phụ nữ', en: 'children per woman' },
  million_people: { vi: 'triệu người', en: 'million people' },
  boys_per_100_girls: { vi: 'trẻ trai/100 trẻ gái', en: 'boys per 100 girls' },
  per_100_live_births: { vi: 'trên 100 trẻ đẻ sống', en: 'per 100 live births' },
  percentage_points: { vi: 'điểm phần trăm', en: 'percentage points' },
  people: { vi: 'người', en: 'people' },
  years: { vi: 'tuổi', en: 'years' },
};

export function unitSuffix(unit: Unit, lang: Lang): string {
  return UNIT_SUFFIX[unit][lang];
}

export function unitLabel(unit: Unit, lang: Lang): string {
  return UNIT_SHORT[unit][lang];
}

/** A value with its unit: "9,5‰", "42/100.000 trẻ đẻ sống". */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  return formatNumber(value, lang) + unitSuffix(unit, lang);
}

const COMPARATOR: Record<Comparator, Record<Lang, string>> = {
  lt: { vi: '<', en: '<' },
  lte: { vi: '≤', en: '≤' },
  gt: { vi: '>', en: '>' },
  gte: { vi: '≥', en: '≥' },
  eq: { vi: '=', en: '=' },
  increase: { vi: 'tăng', en: 'increase by' },
  decrease: { vi: 'giảm', en: 'decrease by' },
};

export function comparatorSign(c: Comparator, lang: Lang): string {
  return COMPARATOR[c][lang];
}

/** True for targets stated as a change from a baseline rather than a level. */
export function isRelative(c: Comparator): boolean {
  return c === 'increase' || c === 'decrease';
}

/** "< 9,5‰", "≥ 95%", "tăng 15%". */
export function formatTarget(t: { comparator: Comparator; value: number; unit: Unit }, lang: Lang): string {
  return `${comparatorSign(t.comparator, lang)} ${formatValue(t.value, t.unit, lang)}`;
}

export function formatBaseline(
  b: { value: number | null; year: number } | null,
  unit: Unit,
  lang: Lang,
): string {
  if (!b) return '';
  if (b.value === null) return lang === 'vi' ? `so với năm ${b.year}` : `relative to ${b.year}`;
  return `${formatValue(b.value, unit, lang)} (${b.year})`;
}

/** A date at the precision the document gives: "2024-08-09", "2021-08", "2024". */
export function formatPartialDate(date: string | null, lang: Lang): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  if (lang === 'vi') {
    if (d) return `${Number(d)}/${Number(m)}/${y}`;
    if (m) return `tháng ${Number(m)}/${y}`;
    return `${y}`;
  }
  const month = m ? new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }) : '';
  if (d) return `${Number(d)} ${month} ${y}`;
  if (m) return `${month} ${y}`;
  return `${y}`;
}

export function formatPeriod(p: { start: number; end: number } | null): string {
  if (!p) return '';
  return p.start === p.end ? `${p.start}` : `${p.start}–${p.end}`;
}

const LEVEL: Record<Level, Record<Lang, string>> = {
  national: { vi: 'quốc gia', en: 'national' },
  province: { vi: 'tỉnh', en: 'province' },
  city: { vi: 'thành phố', en: 'city' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

export function levelName(level: Level, lang: Lang): string {
  return LEVEL[level][lang];
}

/** The kinds of body that issue plans (src/site/issuer.ts reads them from the record). */
export type IssuerKind = 'committee' | 'chair' | 'council' | 'health_department' | 'health_centre' | 'ministry' | 'prime_minister' | 'other';

/** "Provincial", "District"…: the English adjective of a level, for a committee's name. */
const LEVEL_ADJ: Record<Level, string> = { national: 'National', province: 'Provincial', city: 'City', district: 'District', commune: 'Commune' };

const ISSUER: Record<Exclude<IssuerKind, 'other'>, Record<Lang, (level: Level) => string>> = {
  committee: { vi: (l) => `UBND ${LEVEL[l].vi}`, en: (l) => `${LEVEL_ADJ[l]} People's Committee` },
  chair: { vi: (l) => `Chủ tịch UBND ${LEVEL[l].vi}`, en: (l) => `Chair, ${LEVEL_ADJ[l]} People's Committee` },
  council: { vi: (l) => `HĐND ${LEVEL[l].vi}`, en: (l) => `${LEVEL_ADJ[l]} People's Council` },
  health_department: { vi: () => 'Sở Y tế', en: () => 'Department of Health' },
  health_centre: { vi: () => 'Trung tâm Y tế', en: () => 'Health centre' },
  ministry: { vi: () => 'Bộ Y tế', en: () => 'Ministry of Health' },
  prime_minister: { vi: () => 'Thủ tướng Chính phủ', en: () => 'Prime Minister' },
};

/** "UBND huyện", "Sở Y tế" / "District People's Committee", "Department of Health"; null for a body of another kind. */
export function issuerKindName(kind: IssuerKind, level: Level, lang: Lang): string | null {
  return kind === 'other' ? null : ISSUER[kind][lang](level);
}

const ROLE: Record<Role, Record<Lang, string>> = {
  lead: { vi: 'chủ trì', en: 'lead' },
  coordinate: { vi: 'phối hợp', en: 'coordinate' },
  requested: { vi: 'đề nghị', en: 'requested' },
  assigned: { vi: 'được giao', en: 'assigned' },
};

export function roleName(role: Role, lang: Lang): string {
  return ROLE[role][lang];
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order (a ă â b c d đ …), whatever the page language. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}

/** A value for a table cell whose row names the unit: "9,5‰", "95%", "30" (per 100,000). */
export function formatCompactValue(value: number, unit: Unit, lang: Lang): string {
  const short = unit === 'percent' || unit === 'per_1000_live_births' || unit === 'per_1000_population' ? unitSuffix(unit, lang) : '';
  return `${formatNumber(value, lang)}${short}`;
}

/** A target for a table cell whose row names the unit: "< 9,5‰", "≥ 95%", "< 30". */
export function formatCompact(t: { comparator: Comparator; value: number; unit: Unit }, lang: Lang): string {
  return `${comparatorSign(t.comparator, lang)} ${formatCompactValue(t.value, t.unit, lang)}`;
}

/** A baseline for a table cell whose row or page names the unit: "2,7‰ (2023)", "0 (2023)". */
export function formatBaselineCompact(b: { value: number | null; year: number } | null, unit: Unit, lang: Lang): string {
  if (!b || b.value === null) return formatBaseline(b, unit, lang);
  return `${formatCompactValue(b.value, unit, lang)} (${b.year})`;
}
