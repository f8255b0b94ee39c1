// Place names as keys: the same key whatever the case and wherever the tone mark sits
// ("Hoà"/"Hòa", "Thuỷ"/"Thủy", "UỶ"/"Ủy"), so that names are compared, never scanned for.

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Keys of words seen, so that each word is decomposed once: a language has few syllables. */
const memo = new Map<string, string>();
const MEMO_MAX = 100_000;

/** One lower-case word's key: NFD, its tone mark moved to its end. */
export function wordKey(w: string): string {
  let key = memo.get(w);
  if (key === undefined) {
    const nfd = w.replace(/\u00d0|\u0110/g, 'đ').normalize('NFD');
    const tones = nfd.match(TONE);
    key = tones ? nfd.replace(TONE, '') + tones.join('') : nfd;
    if (memo.size < MEMO_MAX) memo.set(w, key);
  }
  return key;
}

/** The keys of the words of a text, in order. */
export function wordKeys(s: string): string[] {
  return (s.toLowerCase().match(WORD) ?? []).map(wordKey);
}

/**
 * Lower case, NFD, each word's tone mark moved to the word's end, blanks folded: "Thanh Hoá" and
 * "thanh hóa" give one key, "Lộc Thạnh" and "Lộc Thành" two (the tone differs, not its place).
 */
export function placeKey(s: string): string {
  return wordKeys(s).join(' ');
}
