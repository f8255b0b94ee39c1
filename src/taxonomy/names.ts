// Place names as keys: the same key whatever the case and wherever the tone mark sits
// ("Hoà"/"Hòa", "Thuỷ"/"Thủy", "UỶ"/"Ủy"), so that names are compared, never scanned for.

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Lower case, NFD, each word's tone mark moved to the word's end, blanks folded: "Thanh Hoá" and
 * "thanh hóa" give one key, "Lộc Thạnh" and "Lộc Thành" two (the tone differs, not its place).
 */
export function placeKey(s: string): string {
  return (s.toLowerCase().replace(/\u00d0|\u0110/g, 'đ').normalize('NFD').match(WORD) ?? [])
    .map((w) => {
      const tones = w.match(TONE);
      return tones ? w.replace(TONE, '') + tones.join('') : w;
    })
    .join(' ');
}
