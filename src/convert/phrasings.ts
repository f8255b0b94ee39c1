// Naming what a text speaks of from a taxonomy's phrasings: an entry matches a text when every
// word of one of its phrasings occurs in it and none of its exclude words does.

export interface PhrasingEntry<T> {
  value: T;
  phrasings: readonly (readonly string[])[];
  exclude: readonly string[];
}

/**
 * A phrasing's words, longest first: a long word is the rarest, so a text that lacks it is
 * turned down at the first search ("tỷ lệ" is in nearly every text a phrasing is tried on).
 */
export const rarestFirst = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);

/**
 * Which of 64 classes of UTF-16 code unit (the code modulo 64) a text holds, as two 32-bit
 * masks. A text that lacks a class a phrasing's words hold cannot hold the phrasing: it is
 * searched for the words only when it holds every class, which turns down most phrasings at once.
 */
function codeClasses(s: string): [number, number] {
  let low = 0;
  let high = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) & 63;
    if (c < 32) low |= 1 << c;
    else high |= 1 << (c - 32);
  }
  return [low, high];
}

/** A word or a phrasing's words: its text and the classes of code unit it holds. */
interface Classed {
  low: number;
  high: number;
}
interface Phrasing extends Classed {
  words: readonly string[];
}

/** A taxonomy's entries in order, each phrasing with the classes of code unit its words hold. */
export class PhrasingMatcher<T> {
  readonly #entries: { value: T; phrasings: Phrasing[]; exclude: (Classed & { word: string })[] }[];

  constructor(entries: readonly PhrasingEntry<T>[]) {
    const classed = (text: string): Classed => {
      const [low, high] = codeClasses(text);
      return { low, high };
    };
    this.#entries = entries.map((e) => ({
      value: e.value,
      phrasings: e.phrasings.map((p) => ({ words: rarestFirst(p), ...classed(p.join('')) })),
      exclude: e.exclude.map((word) => ({ word, ...classed(word) })),
    }));
  }

  /** The value of the first entry (in taxonomy order) that matches `norm`, a normalised text; null if none. */
  first(norm: string): T | null {
    const [low, high] = codeClasses(norm);
    const mayHold = (c: Classed) => (c.low & ~low) === 0 && (c.high & ~high) === 0;
    for (const e of this.#entries) {
      const matched = e.phrasings.some((p) => mayHold(p) && p.words.every((w) => norm.includes(w)));
      if (matched && !e.exclude.some((x) => mayHold(x) && norm.includes(x.word))) return e.value;
    }
    return null;
  }

  /** Whether an entry's phrasing occurs in `norm` but its exclude words rule the entry out. */
  ruledOut(norm: string): boolean {
    const [low, high] = codeClasses(norm);
    const mayHold = (c: Classed) => (c.low & ~low) === 0 && (c.high & ~high) === 0;
    return this.#entries.some(
      (e) => e.phrasings.some((p) => mayHold(p) && p.words.every((w) => norm.includes(w))) && e.exclude.some((x) => mayHold(x) && norm.includes(x.word)),
    );
  }
}
