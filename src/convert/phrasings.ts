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

/** A text's classes of UTF-16 code unit (the code modulo 64), as two 32-bit masks. */
interface Classed {
  low: number;
  high: number;
}

/**
 * Which of 64 classes of code unit a text holds. A text that lacks a class a phrasing's words
 * hold cannot hold the phrasing: it is searched for the words only when it holds every class,
 * which turns down most phrasings at once.
 */
function classesOf(s: string): Classed {
  let low = 0;
  let high = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) & 63;
    if (c < 32) low |= 1 << c;
    else high |= 1 << (c - 32);
  }
  return { low, high };
}

interface Entry<T> {
  value: T;
  exclude: (Classed & { word: string })[];
}

/** A phrasing, with the classes of code unit its words hold and the entry it names. */
interface Phrasing<T> extends Classed {
  words: readonly string[];
  entry: Entry<T>;
}

/**
 * A taxonomy's phrasings in one list, in the order of their entries: one loop over it, with no
 * call per entry, turns most of them down by their classes alone.
 */
export class PhrasingMatcher<T> {
  readonly #phrasings: Phrasing<T>[];

  constructor(entries: readonly PhrasingEntry<T>[]) {
    this.#phrasings = entries.flatMap((e) => {
      const entry = { value: e.value, exclude: e.exclude.map((word) => ({ word, ...classesOf(word) })) };
      return e.phrasings.map((p) => ({ words: rarestFirst(p), ...classesOf(p.join('')), entry }));
    });
  }

  /** The value of the first entry (in taxonomy order) that matches `norm`, a normalised text; null if none. */
  first(norm: string): T | null {
    const text = classesOf(norm);
    for (const p of this.#phrasings) {
      if (phrased(p, norm, text) && !excluded(p.entry, norm, text)) return p.entry.value;
    }
    return null;
  }

  /** Whether an entry's phrasing occurs in `norm` but its exclude words rule the entry out. */
  ruledOut(norm: string): boolean {
    const text = classesOf(norm);
    return this.#phrasings.some((p) => phrased(p, norm, text) && excluded(p.entry, norm, text));
  }
}

/** Whether a text whose classes are `text` may hold something whose classes are `c`. */
const mayHold = (text: Classed, c: Classed) => (c.low & ~text.low) === 0 && (c.high & ~text.high) === 0;
/** Whether every word of the phrasing occurs in `norm`. */
function phrased<T>(p: Phrasing<T>, norm: string, text: Classed): boolean {
  if (!mayHold(text, p)) return false;
  for (const w of p.words) if (!norm.includes(w)) return false;
  return true;
}
/** Whether one of the entry's exclude words occurs in `norm`. */
const excluded = <T>(e: Entry<T>, norm: string, text: Classed) => e.exclude.some((x) => mayHold(text, x) && norm.includes(x.word));
