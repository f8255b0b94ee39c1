// Naming the indicator a piece of text speaks of, from the phrasings in data/indicators.yaml.
import type { Indicator } from '../taxonomy/schemas.ts';
import { matchesPhrasing, normalizeForMatch } from './document.ts';

/** First indicator (in taxonomy order) whose phrasing matches the text, or null. */
export function classify(text: string, indicators: readonly Indicator[]): Indicator | null {
  const norm = normalizeForMatch(text);
  return indicators.find((i) => matchesPhrasing(norm, i.phrasings, i.exclude)) ?? null;
}
