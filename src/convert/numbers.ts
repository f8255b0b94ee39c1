// Vietnamese numerals, units and comparator words.
import type { Comparator, Unit } from '../schema.ts';

/** A number as Vietnamese documents write it: decimal comma, thousands dot ("1.234,5"). */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;

/**
 * Parse "9,5" → 9.5, "100.000" → 100000, "2.500" → 2500. A dot followed by exactly three digits
 * is a thousands separator; any other dot is a decimal point ("99.9", "75.0" in tables written
 * by spreadsheet software).
 */
export function parseViNumber(s: string): number {
  const t = s.trim();
  if (t.includes(',')) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  return Number(t);
}

const PER_100000 = String.raw`\/\s*100\.?000`;

/** A value with a unit that makes it a target figure: %, ‰, or a rate per 100,000. */
export const VALUE_RE = new RegExp(
  String.raw`(?<![\d.,/])(${NUMBER_SOURCE})\s*(%|‰|${PER_100000}(?:\s*(?:trẻ\s+(?:đẻ|sinh)\s+sống|ca\s+sinh\s+sống|dân|người))?)`,
  'giu',
);

/** The unit of a target figure, from its unit text; `fallback` decides a bare "/100.000". */
export function unitOf(text: string, fallback: Unit | null = null): Unit | null {
  const t = text.toLowerCase();
  if (t.includes('‰')) return 'per_1000_live_births';
  if (t.includes('%')) return 'percent';
  if (/100\.?000/.test(t)) {
    if (/dân|người/.test(t)) return 'per_100000_population';
    if (/sống/.test(t)) return 'per_100000_live_births';
    return fallback === 'per_100000_population' ? fallback : 'per_100000_live_births';
  }
  return null;
}

/** Comparator signs and words; a word must stand alone (not end another word). */
const COMPARATOR_WORDS: [RegExp, Comparator | 'direction'][] = (
  [
    [String.raw`≤|<=|không\s+quá|không\s+vượt\s+quá|tối\s+đa`, 'lte'],
    [String.raw`≥|>=|ít\s+nhất|tối\s+thiểu|không\s+dưới|không\s+thấp\s+hơn`, 'gte'],
    [String.raw`<|dưới|thấp\s+hơn`, 'lt'],
    [String.raw`>|trên|vượt|cao\s+hơn|hơn`, 'gt'],
    [String.raw`tăng(?:\s+thêm)?`, 'increase'],
    [String.raw`giảm(?:\s+thêm)?`, 'decrease'],
    [String.raw`đạt|còn|xuống|mức|là|duy\s+trì|bằng|:`, 'direction'],
  ] as const
).map(([words, c]) => [new RegExp(String.raw`(?:^|[^\p{L}])(?:${words})\s*$`, 'u'), c]);

const ENDS_LIKE_A_COMPARATOR = /^[\p{L}<>=≤≥:]$/u;

/**
 * The comparator written right before a figure. `before` is the text that precedes the number;
 * only its tail counts, so "trên địa bàn … đạt 90%" reads "đạt". A figure with no word, or with
 * "đạt" / "xuống còn" / "duy trì", takes its bound from the indicator's direction.
 */
export function comparatorBefore(before: string, direction: 'lower' | 'higher' | null): Comparator {
  // Cut before lower-casing: callers pass a whole line's prefix, once per figure.
  const tail = before.slice(-40).toLowerCase();
  // Every comparator word or sign ends in a letter or one of these signs: a tail ending in
  // anything else ("… 1%, 2%") needs no trial of the patterns, which a line of thousands of
  // figures would otherwise run thousands of times.
  if (!ENDS_LIKE_A_COMPARATOR.test(tail.trimEnd().slice(-1))) return fromDirection(direction);
  for (const [re, c] of COMPARATOR_WORDS) {
    if (re.test(tail)) return c === 'direction' ? fromDirection(direction) : c;
  }
  return fromDirection(direction);
}

export function fromDirection(direction: 'lower' | 'higher' | null): Comparator {
  if (direction === 'lower') return 'lte';
  if (direction === 'higher') return 'gte';
  return 'eq';
}

/** A table cell such as "< 32", "> 99", "19.0", "≥ 95%": comparator and value, or null. */
export function parseCell(cell: string, direction: 'lower' | 'higher' | null): { comparator: Comparator; value: number } | null {
  const m = new RegExp(String.raw`^\s*(<=|>=|≤|≥|<|>)?\s*(${NUMBER_SOURCE})\s*(%|‰)?\s*$`, 'u').exec(cell);
  if (!m) return null;
  const value = parseViNumber(m[2]!);
  if (!Number.isFinite(value)) return null;
  return { comparator: m[1] ? comparatorBefore(m[1], direction) : fromDirection(direction), value };
}
