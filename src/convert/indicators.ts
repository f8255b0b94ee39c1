// Naming the indicator a piece of text speaks of, from the phrasings in data/indicators.yaml.
import type { Indicator } from '../taxonomy/schemas.ts';
import { normalizeForMatch } from './document.ts';
import { PhrasingMatcher } from './phrasings.ts';

/** First indicator (in taxonomy order) whose phrasing matches the text, or null. */
export function classify(text: string, indicators: readonly Indicator[]): Indicator | null {
  const norm = normalizeForMatch(text);
  // "Giảm 50% chênh lệch về tổng tỷ suất sinh giữa nông thôn và thành thị": a gap between two
  // groups is no value of the indicator it names.
  if (norm.includes('chênh lệch')) return null;
  return matcher(indicators).first(norm);
}

/**
 * Whether the text names what an indicator counts among people its exclude words rule out
 * ("béo phì ở người trưởng thành"): a subject of its own, which no indicator is.
 */
export function namesRuledOut(text: string, indicators: readonly Indicator[]): boolean {
  return matcher(indicators).ruledOut(normalizeForMatch(text));
}

const cache = new WeakMap<readonly Indicator[], PhrasingMatcher<Indicator>>();
/** The taxonomy's phrasings, numbered once per taxonomy. */
function matcher(indicators: readonly Indicator[]): PhrasingMatcher<Indicator> {
  let m = cache.get(indicators);
  if (!m) cache.set(indicators, (m = new PhrasingMatcher(indicators.map((indicator) => ({ value: indicator, phrasings: indicator.phrasings, exclude: indicator.exclude })))));
  return m;
}
