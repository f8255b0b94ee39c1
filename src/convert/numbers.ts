// Vietnamese numerals, units and comparator words.
import type { Comparator, Unit } from '../schema.ts';
import { firstLettersChecked } from './matches.ts';

/**
 * A number as Vietnamese documents write it: decimal comma, thousands dot ("1.234,5") or a
 * thousands space (U+0020, U+00A0 or U+202F: "100 000").
 */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])(?:,\d+)?|\d+(?:[.,]\d+)?`;

/**
 * Parse "9,5" → 9.5, "100.000" → 100000, "2.500" → 2500. A dot followed by exactly three digits
 * is a thousands separator; any other dot is a decimal point ("99.9", "75.0" in tables written
 * by spreadsheet software).
 */
export function parseViNumber(s: string): number {
  const t = s.trim().replace(/[ \u00a0\u202f]/g, '');
  if (t.includes(',')) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  return Number(t);
}

/** Per live births, per children or per people, after "/100.000" or "trên 1.000". */
const LIVE_BIRTHS = String.raw`(?:(?:trẻ\s+)?(?:đẻ|sinh|sơ\s+sinh)(?:\s+ra)?\s+sống|ca\s+(?:sinh|đẻ)\s+sống)`;
/**
 * A rate per `base` of `nouns`: "/100.000", "/100.000 dân", "ca/100.000 trẻ đẻ sống", "trẻ/100.000
 * trẻ đẻ sống" (children newly infected), or "trên 100.000 trẻ đẻ sống", where "trên" needs its
 * noun ("trên 1.000 người" alone is a count).
 */
const perRate = (base: string, nouns: string) => String.raw`(?:ca\s*|trẻ\s*(?=\/))?(?:\/\s*${base}(?:\s*(?:${nouns}))?|trên\s+${base}\s*(?:${nouns}))`;
const PER_100000 = perRate(String.raw`100[. \u00a0\u202f]?000`, String.raw`${LIVE_BIRTHS}|trẻ(?:\s+em)?(?!\s+(?:đẻ|sinh|sơ))|dân|người`);
/** "12/1.000 trẻ đẻ sống", "12 trên 1.000 trẻ đẻ sống": a rate per mille in figures. */
const PER_1000 = perRate(String.raw`1[. \u00a0\u202f]?000(?!\d)`, String.raw`${LIVE_BIRTHS}|dân|người`);
/** "25 trẻ sinh sống/1.000 phụ nữ 15-19 tuổi", "25/1.000 phụ nữ": births per 1,000 women (adolescent births). */
const PER_1000_WOMEN = String.raw`(?:(?:trẻ|ca)\s+(?:sinh|đẻ)(?:\s+ra)?(?:\s+sống)?\s*)?(?:\/|trên)\s*1[. \u00a0\u202f]?000\s+phụ\s+nữ`;
/** "25/100 trẻ đẻ sống": a ratio per 100 live births (abortions). */
const PER_100 = String.raw`(?:ca\s*)?\/\s*100\s+(?:trẻ\s+)?(?:sơ\s+sinh|đẻ|ca\s+sinh|trẻ\s+đẻ)\s+sống`;

/** A value with a unit that makes it a target figure: %, ‰, or a rate per 100,000. */
export const VALUE_RE = new RegExp(
  String.raw`(?<![\d.,/])(${NUMBER_SOURCE})\s*(%|‰|điểm\s+phần\s+trăm|${PER_100}|${PER_1000_WOMEN}|${PER_1000}|${PER_100000})`,
  'giu',
);

/**
 * Figures with a unit word rather than a sign ("tổng tỷ suất sinh đạt 2,1 con", "quy mô dân số
 * không quá 2,25 triệu người"): targets only where a comparator word stands right before them,
 * since the same words also count things that are no target ("sinh con thứ 3").
 */
export const WORD_VALUE_RE = new RegExp(String.raw`(?<![\d.,/])(${NUMBER_SOURCE})\s*(con|triệu\s+người|triệu\s+dân|người|tuổi|năm(?!\s*\d)|(?:số\s+)?(?:bé|trẻ)\s+(?:em\s+|sơ\s+sinh\s+)?trai(?:\s*\/\s*100\s+(?:bé|trẻ)\s+(?:em\s+|sơ\s+sinh\s+)?gái)?)(?![\p{L}\d])`, 'giu');

const PER_MILLE = /^(?:ca\s*)?(?:\/|trên)\s*1[. \u00a0\u202f]?000(?!\d)/;

/** The unit of a target figure, from its unit text; `fallback` decides a bare "/100.000". */
export function unitOf(text: string, fallback: Unit | null = null): Unit | null {
  const t = text.toLowerCase();
  if (t === 'con') return 'children_per_woman';
  if (t === 'người') return 'people';
  if (t === 'tuổi' || t === 'năm') return 'years';
  if (t.startsWith('triệu')) return 'million_people';
  if (t.includes('trai')) return 'boys_per_100_girls';
  if (t.includes('phụ nữ') && /1[. \u00a0\u202f]?000/.test(t)) return 'per_1000_women';
  // A rate per 1,000 is of live births unless the indicator counts people (crude birth rate).
  if (t.includes('‰') || PER_MILLE.test(t)) return /dân|người/.test(t) || fallback === 'per_1000_population' ? 'per_1000_population' : 'per_1000_live_births';
  if (t.includes('phần trăm')) return 'percentage_points';
  if (/^(?:ca\s*)?\/\s*100\s/.test(t)) return 'per_100_live_births';
  if (t.includes('%')) return 'percent';
  if (/100[. \u00a0\u202f]?000/.test(t)) {
    if (/dân|người/.test(t)) return 'per_100000_population';
    if (/trẻ(?:\s+em)?$/.test(t)) return 'per_100000_children';
    if (/sống/.test(t)) return 'per_100000_live_births';
    return fallback === 'per_100000_population' ? fallback : 'per_100000_live_births';
  }
  return null;
}

/**
 * Comparator signs and words; a word must stand alone (not end another word). "up" and "down"
 * words ("đạt", "lên"; "xuống", "còn") take the indicator's direction when it has one and
 * otherwise say which bound they set; "from" marks a starting value ("từ 23,7% xuống …").
 */
type Word = Comparator | 'direction' | 'up' | 'down' | 'from' | 'none';
const COMPARATOR_WORDS: readonly (readonly [string, Word])[] = [
  // "sinh con thứ 3 trở lên 0,1%": part of the indicator's name, no bound.
  [String.raw`trở\s+lên|trở\s+xuống`, 'none'],
  [String.raw`≤|<=|không\s+quá|không\s+vượt(?:\s+quá)?|không\s+(?:cao|lớn|nhiều)\s+hơn|bằng\s+hoặc\s+(?:thấp|nhỏ|ít)\s+hơn|tối\s+đa`, 'lte'],
  [String.raw`≥|>=|ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+(?:thấp|nhỏ|ít)\s+hơn|bằng\s+hoặc\s+(?:cao|lớn|nhiều)\s+hơn|đạt\s+(?:và|hoặc)\s+vượt`, 'gte'],
  [String.raw`<|dưới(?:\s+mức)?|(?:thấp|nhỏ|ít)\s+hơn`, 'lt'],
  [String.raw`>|trên(?:\s+mức)?|vượt|(?:cao|lớn|nhiều)\s+hơn|hơn`, 'gt'],
  [String.raw`tăng(?:\s+thêm)?`, 'increase'],
  [String.raw`giảm(?:\s+thêm)?`, 'decrease'],
  // "đạt được 90%", "xuống còn được 1%": "được" adds nothing to the bound.
  [String.raw`(?:đạt|lên)(?:\s+được)?|đạt\s+mức`, 'up'],
  // "suống": a misspelling portals keep.
  [String.raw`(?:còn|xuống|suống)(?:\s+được)?|khống\s+chế(?:\s+ở)?`, 'down'],
  [String.raw`từ`, 'from'],
  // "khoảng 2,1 con", "xấp xỉ 75 tuổi", "trên dưới 70%": about that figure, bound as the indicator goes.
  [String.raw`mức|là|duy\s+trì|bằng|khoảng|xấp\s+xỉ|trên\s+dưới|:`, 'direction'],
];
/**
 * The word lists as one pattern, a group each, so that a tail is scanned once. The match that
 * starts first is the longest phrase that ends the tail ("không quá", not "quá"; "trở lên", not
 * "lên"), as trying the lists in order found it. Only its groups are read, so a word's start is
 * the look back (?<!\p{L}), which runs faster than matching (?:^|[^\p{L}]); before it, a
 * lookahead for the first letters and signs of the words passes over most places at once.
 */
const COMPARATOR_FIRST = '[tkbíđdnvclhgxsm:≤<≥>]';
const COMPARATOR_TAIL = firstLettersChecked(new RegExp(String.raw`(?=${COMPARATOR_FIRST})(?<!\p{L})(?:${COMPARATOR_WORDS.map(([w]) => `(${w})`).join('|')})\s*$`, 'u'));

const ENDS_LIKE_A_COMPARATOR = /^[\p{L}<>=≤≥:]$/u;
const SIGNS: Record<string, Exclude<Word, 'none'>> = { '≤': 'lte', '≥': 'gte', '<': 'lt', '>': 'gt', ':': 'direction', '=': 'direction' };

/** The comparator word or sign written right before a figure, or null when there is none. */
export function comparatorWord(before: string): Exclude<Word, 'none'> | null {
  // Cut before lower-casing: callers pass a whole line's prefix, once per figure.
  const tail = before.slice(-40).toLowerCase();
  // Every comparator word or sign ends in a letter or one of these signs: a tail ending in
  // anything else ("… 1%, 2%") needs no trial of the patterns, which a line of thousands of
  // figures would otherwise run thousands of times.
  const last = tail.trimEnd().slice(-1);
  if (!ENDS_LIKE_A_COMPARATOR.test(last)) return null;
  // A sign needs no word boundary ("sinh: 2,1 con", "lệ<5%"): read it without the patterns.
  const trimmed = tail.trimEnd();
  if (trimmed.endsWith('<=')) return 'lte';
  if (trimmed.endsWith('>=')) return 'gte';
  const sign = SIGNS[last];
  if (sign) return sign;
  const m = COMPARATOR_TAIL.exec(tail);
  if (!m) return null;
  const c = COMPARATOR_WORDS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]![1];
  return c === 'none' ? null : c;
}

/**
 * The comparator written right before a figure. `before` is the text that precedes the number;
 * only its tail counts, so "trên địa bàn … đạt 90%" reads "đạt". A figure with no word, or with
 * "đạt" / "xuống còn" / "duy trì", takes its bound from the indicator's direction; with no
 * direction, "đạt"/"lên" are a lower bound and "xuống"/"còn" an upper one.
 */
export function comparatorBefore(before: string, direction: 'lower' | 'higher' | null): Comparator {
  return comparatorOf(comparatorWord(before), direction);
}

/** The comparator a word found by comparatorWord sets, for an indicator of `direction`. */
export function comparatorOf(w: Exclude<Word, 'none'> | null, direction: 'lower' | 'higher' | null): Comparator {
  if (w === 'up') return direction ? fromDirection(direction) : 'gte';
  // "xuống còn 1,8 con" sets an upper bound even where the indicator is one to raise.
  if (w === 'down') return 'lte';
  if (w === null || w === 'direction' || w === 'from') return fromDirection(direction);
  return w;
}

export function fromDirection(direction: 'lower' | 'higher' | null): Comparator {
  if (direction === 'lower') return 'lte';
  if (direction === 'higher') return 'gte';
  return 'eq';
}

const CELL = new RegExp(String.raw`^\s*(<=|>=|≤|≥|<|>|\p{L}[\p{L} ]{0,24}?)?\s*(${NUMBER_SOURCE})\s*(%|‰)?\s*$`, 'u');

/**
 * A table cell such as "< 32", "> 99", "19.0", "≥ 95%", "Dưới 20", "Không quá 20%": comparator
 * and value, or null. Words before the figure must be a comparator ("Năm 2025" is no value).
 */
export function parseCell(cell: string, direction: 'lower' | 'higher' | null): { comparator: Comparator; value: number } | null {
  const m = CELL.exec(cell);
  if (!m) return null;
  const value = parseViNumber(m[2]!);
  if (!Number.isFinite(value)) return null;
  if (!m[1]) return { comparator: fromDirection(direction), value };
  const word = comparatorWord(`${m[1]} `);
  // The words must be the comparator whole: "Dưới 20", never "Kế hoạch 2025".
  if (word === null || !COMPARATOR_ONLY.test(m[1].trim())) return null;
  return { comparator: comparatorOf(word, direction), value };
}
const COMPARATOR_ONLY = new RegExp(String.raw`^(?:${COMPARATOR_WORDS.filter(([, w]) => w !== 'none' && w !== 'from').map(([w]) => `(?:${w})`).join('|')})$`, 'iu');
