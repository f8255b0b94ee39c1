// Place names as keys: the same key whatever the case and wherever the tone mark sits
// ("Hoà"/"Hòa", "Thuỷ"/"Thủy", "UỶ"/"Ủy"), so that names are compared, never scanned for.

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

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
  const lower = s.toLowerCase();
  const spans = wordSpans(lower);
  const keys: string[] = [];
  for (let k = 0; k < spans.length; k += 2) keys.push(wordKey(lower.slice(spans[k], spans[k + 1])));
  return keys;
}

/**
 * Where the words of `s` are, from offset `from` and `count` words at most: the runs of
 * [\p{L}\p{M}\p{N}]+, or with `marks` false of [\p{L}\p{N}]+, as start and
 * end offsets one after the other. A scan by character class, looked up once per character:
 * the patterns test each character against Unicode's classes anew.
 */
export function wordSpans(s: string, marks = true, from = 0, count = Infinity): number[] {
  const spans: number[] = [];
  const want = marks ? LETTER | MARK : LETTER;
  let start = -1;
  for (let i = from; i < s.length; ) {
    const c = s.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      units = 2;
      word = (marks ? WORD_CHAR : LETTER_CHAR).test(s.slice(i, i + 2));
    } else word = (classOf(c) & want) !== 0;
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      spans.push(start, i);
      start = -1;
      if (spans.length >= 2 * count) return spans;
    }
    i += units;
  }
  if (start >= 0) spans.push(start, s.length);
  return spans;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LETTER_CHAR = /^[\p{L}\p{N}]$/u;
const KNOWN = 1;
const LETTER = 2;
const MARK = 4;
/** By UTF-16 code unit: KNOWN once classed, with LETTER for a letter or digit, MARK for a mark. */
const CLASSES = new Uint8Array(0x10000);

function classOf(c: number): number {
  let k = CLASSES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    CLASSES[c] = k = KNOWN | (LETTER_CHAR.test(ch) ? LETTER : WORD_CHAR.test(ch) ? MARK : 0);
  }
  return k;
}

/**
 * Lower case, NFD, each word's tone mark moved to the word's end, blanks folded: "Thanh Hoá" and
 * "thanh hóa" give one key, "Lộc Thạnh" and "Lộc Thành" two (the tone differs, not its place).
 */
export function placeKey(s: string): string {
  return wordKeys(s).join(' ');
}
