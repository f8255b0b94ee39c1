// Naming the indicator a piece of text speaks of, from the phrasings in data/indicators.yaml.
import type { Indicator } from '../taxonomy/schemas.ts';
import { matchesPhrasing, normalizeForMatch, rarestFirst } from './document.ts';

/** First indicator (in taxonomy order) whose phrasing matches the text, or null. */
export function classify(text: string, indicators: readonly Indicator[]): Indicator | null {
  const norm = normalizeForMatch(text);
  // "Giảm 50% chênh lệch về tổng tỷ suất sinh giữa nông thôn và thành thị": a gap between two
  // groups is no value of the indicator it names.
  if (norm.includes('chênh lệch')) return null;
  return matchers(indicators).find((m) => matchesPhrasing(norm, m.phrasings, m.exclude))?.indicator ?? null;
}

const cache = new WeakMap<readonly Indicator[], { indicator: Indicator; phrasings: string[][]; exclude: string[] }[]>();
/** The taxonomy's phrasings with each one's longest word first: once per taxonomy. */
function matchers(indicators: readonly Indicator[]) {
  let m = cache.get(indicators);
  if (!m) cache.set(indicators, (m = indicators.map((indicator) => ({ indicator, phrasings: indicator.phrasings.map(rarestFirst), exclude: indicator.exclude }))));
  return m;
}
