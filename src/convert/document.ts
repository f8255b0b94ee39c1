// The line model every extractor works on. Line numbers are those of the document body
// (1-based, after any editors' frontmatter), so #L12 on the site is line 12 of the document.
export interface Line {
  /** 1-based line number in the document body. */
  n: number;
  /** The line as written (NFC, no line end, trailing spaces trimmed; tabs kept: they separate table cells). */
  raw: string;
  /** For matching: Markdown emphasis and heading marks and HTML tags removed, blanks folded (list marks kept). */
  plain: string;
  /** For a logical line: the last physical line it spans (absent: it spans one). */
  last?: number;
  /** For a logical line: where in `plain` each physical line after the first begins. */
  breaks?: { at: number; n: number }[];
}

/** The physical line that holds offset `at` of a logical line's `plain`. */
export function lineAt(line: Line, at: number): number {
  let n = line.n;
  for (const b of line.breaks ?? []) {
    if (b.at > at) break;
    n = b.n;
  }
  return n;
}

export interface Doc {
  lines: Line[];
  /**
   * The text as a person reads it (see logicalLines): a sentence that a portal or an editor
   * broke across lines is one line, numbered by its first physical line.
   */
  logical: Line[];
  /** The width the text was wrapped at, when a page wrapped it (see wrapWidth); else null. */
  width: number | null;
}

// Only the formatting tags an earlier conversion leaves (<b>, <br>, <span …>) are dropped; any
// other markup ("<script>", "<img onerror=…>") is text the document holds and stays as written.
// A tag holds no "<": with [^>]* each unclosed "<b" would scan to the end of the line (quadratic).
const TAG = /<\/?(?:b|i|u|s|em|strong|br|sup|sub|span|p|div|font|small|big|mark)(?:\s[^<>]*)?\/?>/gi;
/** Two spaces, or a blank other than " ": what folding has work on (one scan of the text). */
const TO_FOLD = /  |[^\S ]/;

/** `s` with its runs of blank space folded to one space (the replace only where it has work). */
export const foldBlanks = (s: string) => (TO_FOLD.test(s) ? s.replace(/\s+/g, ' ') : s);

/**
 * Hyphens other than "-" that Word and copies put in numbers and codes: the hyphen and the
 * non-breaking hyphen ("256/KH‑UBND", Word's Ctrl+Shift+-), the figure dash, the minus sign, and
 * the small and full-width hyphen-minus. Each reads as "-". The en and em dashes stay: the readers
 * take them as dashes.
 */
const HYPHEN_CHARS = ['\u2010', '\u2011', '\u2012', '\u2212', '\ufe63', '\uff0d'];
const HYPHENS = new RegExp(`[${HYPHEN_CHARS.join('')}]`, 'g');
/**
 * Letters and signs that look like the ones the readers expect and are not: the Icelandic eth
 * ("ÐIỆN BIÊN", "Ðến năm 2025") that old Vietnamese encodings and PDFs give for Đ, and the
 * full-width signs of an Asian keyboard ("95％", "Số："). Each reads as what it looks like.
 */
const LOOKALIKE: Record<string, string> = { '\u00d0': 'Đ', '\u00f0': 'đ', '\uff05': '%', '\uff1a': ':', '\uff0c': ',', '\uff1b': ';' };
const LOOKALIKE_CHARS = Object.keys(LOOKALIKE);
const LOOKALIKES = new RegExp(`[${LOOKALIKE_CHARS.join('')}]`, 'g');

/**
 * One-character marks plainText rewrites ("<", "*", "#") and blanks other than " " (what \s holds),
 * but the line feed and the spaces U+2000–U+200A: one by one, each is a plain search, which a
 * text with no such character passes at once.
 */
const MARK_CHARS = ['<', '*', '#', '\\', '&', '\t', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
/**
 * The spaces U+2000–U+200A (a plain search for one of them stops at every " "), and the rare
 * hyphens and look-alikes: one class, searched for once rather than a plain search each.
 */
const RARE_MARK = new RegExp(`[\u2000-\u200a${[...HYPHEN_CHARS, ...LOOKALIKE_CHARS].join('')}]`);
/** Any of them, or a line feed: one class, which a scan tests faster than an alternation with the words below. */
const PLAIN_MARK = new RegExp(`[${MARK_CHARS.map((c) => (c === '\\' ? '\\\\' : c)).join('')}\n${RARE_MARK.source.slice(1, -1)}]`);
/** plainText's other work. A "%" is work only as "%0" for "‰" (a line of targets holds "%" everywhere). */
const OTHER_WORK: ((s: string) => boolean)[] = [
  (s) => s.includes('%') && PER_MILLE_AS_PERCENT.test(s),
  (s) => s.includes('/oo'),
  (s) => s.includes('/00'),
  (s) => s.includes('phần'),
];
/** Any mark plainText rewrites, or blanks it folds: most lines have none, and are read once. */
const hasPlainWork = (s: string) => PLAIN_MARK.test(s) || s.includes('  ') || OTHER_WORK.some((t) => t(s)) || (bulletFirst(s) && BULLET.test(s)) || (oddNumberingFirst(s) && ODD_NUMBERING.test(s));
const PER_MILLE_AS_PERCENT = /%[0oø]/;

/** The marks of plainText's work as plain searches: PER_MILLE_AS_PERCENT is "%0", "%o" or "%ø". */
const WORK_MARKS = [...MARK_CHARS, '  ', '%0', '%o', '%ø', '/oo', '/00', 'phần'];
const RARE_MARKS = new RegExp(RARE_MARK.source, 'g');

/**
 * The lines of a text (`lines`, split at "\n") that may have work for plainText: each mark is
 * searched for once in the whole text, and a line found to hold it is passed over to its end. A
 * line whose only mark is in the blanks trimmed off its ends has no work: rewritePlain gives it
 * back as it is.
 */
function linesWithWork(text: string, lines: readonly string[]): Uint8Array {
  const work = new Uint8Array(lines.length);
  const starts = new Int32Array(lines.length);
  for (let i = 1; i < lines.length; i++) starts[i] = starts[i - 1]! + lines[i - 1]!.length + 1;
  /** Marks the line that holds offset `at`, and gives where the next line starts (-1 after the last). */
  const markLine = (at: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    work[lo] = 1;
    return lo + 1 < lines.length ? starts[lo + 1]! : -1;
  };
  for (const mark of WORK_MARKS) {
    for (let at = text.indexOf(mark); at >= 0;) {
      const next = markLine(at);
      at = next < 0 ? -1 : text.indexOf(mark, next);
    }
  }
  RARE_MARKS.lastIndex = 0;
  for (let m = RARE_MARKS.exec(text); m !== null; m = RARE_MARKS.exec(text)) {
    const next = markLine(m.index);
    if (next < 0) break;
    RARE_MARKS.lastIndex = next;
  }
  return work;
}

/**
 * Plain text of one line: what a reader sees, without Markdown or HTML marks. Each rewrite runs
 * only where a plain search finds its mark: most lines have none. Blanks at either end are
 * trimmed first, so that an indented line is not work for its indent alone.
 */
export function plainText(raw: string): string {
  const s = raw.trim();
  return hasPlainWork(s) ? rewritePlain(s) : s;
}

/**
 * A list item's mark other than "-" and "+": the dashes Word puts for "- " and the bullets of a
 * copy ("•", "▪", "○", and the Symbol and Wingdings fonts' marks, which a copy gives as characters
 * of the Private Use Area). Each reads as "- ", as the readers' patterns expect.
 */
const BULLET = /^(?:[–—](?=\s)|[•▪■□●○◦·∙➢►▸❖✓✔\uf020-\uf0ff])\s*/u;
const BULLET_CHARS = new Set([...'–—•▪■□●○◦·∙➢►▸❖✓✔'].map((c) => c.charCodeAt(0)));
/** Whether a trimmed line opens with a bullet: its first character, tested by code. */
const bulletFirst = (s: string) => {
  const c = s.charCodeAt(0);
  return BULLET_CHARS.has(c) || (c >= 0xf020 && c <= 0xf0ff);
};

/**
 * An item numbered as some editors do, "1/ ", "12/ ", "a/ ", "a- ": read as "1. ", "a) ", the marks
 * the readers' patterns take. Never a date or a fraction ("1/2025", "3/4 số xã": no blank after "/").
 */
const ODD_NUMBERING = /^(?:(\d{1,2})\/|([a-zđ])[/-])(?=\s)/u;
/** Whether a trimmed line may open with such a mark: its second or third character, tested by code. */
const oddNumberingFirst = (s: string) => {
  const c1 = s.charCodeAt(1);
  return c1 === 0x2f || c1 === 0x2d || s.charCodeAt(2) === 0x2f;
};
const renumber = (s: string) => s.replace(ODD_NUMBERING, (_m, n: string | undefined, l: string | undefined) => (n ? `${n}.` : `${l})`));

/**
 * An HTML entity a copy of a page's source leaves in the text ("95&nbsp;%", "v&agrave;", "&#8211;"):
 * read as its character. Numeric ones and those of the Latin letters Vietnamese uses; any other stays.
 */
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/gi;
const NAMED: Record<string, string> = {
  nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…', permil: '‰',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', ge: '≥', le: '≤', deg: '°',
};
// The Latin letters with the marks Vietnamese uses, small and capital ("agrave" à, "Agrave" À).
const LATIN: Record<string, string> = {
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', egrave: 'è', eacute: 'é', ecirc: 'ê', igrave: 'ì', iacute: 'í',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ugrave: 'ù', uacute: 'ú', yacute: 'ý',
};
for (const [name, c] of Object.entries(LATIN)) {
  NAMED[name] = c;
  NAMED[name[0]!.toUpperCase() + name.slice(1)] = c.toUpperCase();
}
const entity = (whole: string, name: string): string => {
  if (name[0] !== '#') return NAMED[name] ?? whole;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  // Never a control character (the reader removed those from the text) or half a surrogate pair.
  return code >= 0x20 && !(code >= 0x7f && code <= 0x9f) && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
};

const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~%])/g;

/** plainText's rewrites of a trimmed line that has work. */
function rewritePlain(s: string): string {
  if (bulletFirst(s)) s = s.replace(BULLET, '- ');
  if (oddNumberingFirst(s)) s = renumber(s);
  if (RARE_MARK.test(s)) s = s.replace(HYPHENS, '-').replace(LOOKALIKES, (c) => LOOKALIKE[c]!);
  if (s.includes('<')) s = s.replace(TAG, ' ');
  // NFC again: "a&#768;" gives a letter and a combining mark.
  if (s.includes('&')) s = s.replace(ENTITY, entity).normalize('NFC');
  // A Markdown escape a converter put before a list's mark or a sign ("1\. Mục tiêu", "\- Tỷ lệ", "95\%").
  if (s.includes('\\')) s = s.replace(MARKDOWN_ESCAPE, '$1');
  if (s.includes('*')) s = s.replace(/\*+/g, '');
  if (s.includes('#')) s = s.replace(/^\s*#{1,6}\s*/, '');
  // "%0" is how some fonts' ‰ comes out of a copy ("12,5%0"), "%o" or "%ø" out of a scan.
  if (s.includes('%')) s = s.replace(/(\d)\s?%[0oø](?![\p{L}\d])/gu, '$1‰');
  // Typewriter per mille: "14 o/oo", "25 0/00".
  if (s.includes('/oo') || s.includes('/00')) s = s.replace(/(\d)(?:\s?o\/oo|\s0\/00)(?![\p{L}\d])/gu, '$1‰');
  // In words: "90 phần trăm", "18 phần nghìn" (never "0,1 điểm phần trăm", a change in points).
  if (s.includes('phần')) s = s.replace(/(\d)\s?phần\s+trăm(?!\p{L})/gu, '$1%').replace(/(\d)\s?phần\s+(?:nghìn|ngàn)(?!\p{L})/gu, '$1‰');
  return foldBlanks(s).trim();
}

/** `l` without trailing spaces and no-break spaces. A loop: /[ \u00a0]+$/ is quadratic on a long run of blanks. */
function trimBlanksEnd(l: string): string {
  let end = l.length;
  while (end > 0 && (l.charCodeAt(end - 1) === 0x20 || l.charCodeAt(end - 1) === 0xa0)) end--;
  return end === l.length ? l : l.slice(0, end);
}

/**
 * Where the run of blanks (unless `blanks` is false), signs and words at the end of `s` starts
 * (s.length when there is none), case-insensitive. A loop: the regex form /(?:\s|…)*$/ is
 * quadratic on a long run. With no word ending another, stripping from the end finds the
 * longest run.
 */
export function trailingRun(s: string, { signs, words, blanks = true }: { signs: string; words: string[]; blanks?: boolean }): number {
  let i = s.length;
  scan: while (i > 0) {
    const c = s[i - 1]!;
    if (signs.includes(c) || (blanks && /\s/u.test(c))) {
      i--;
      continue;
    }
    for (const w of words) {
      if (i >= w.length && s.slice(i - w.length, i).toLowerCase() === w) {
        i -= w.length;
        continue scan;
      }
    }
    break;
  }
  return i;
}

/** Split NFC, LF text into lines. */
export function toDoc(text: string): Doc {
  const split = text.split('\n');
  const work = linesWithWork(text, split);
  const lines = split.map((l, i) => {
    const raw = trimBlanksEnd(l);
    const s = raw.trim();
    // A bullet or an odd numbering mark is work only where it opens the line: tested on the line, not searched for in the text.
    return { n: i + 1, raw, plain: work[i] || bulletFirst(s) || (oddNumberingFirst(s) && ODD_NUMBERING.test(s)) ? rewritePlain(s) : s };
  });
  const width = wrapWidth(lines);
  return { lines, logical: logicalLines(lines, width), width };
}

/**
 * The width a page wrapped the text at: the 90th percentile of the lengths of its lines of
 * text, when many lines come close to it (a page's wrap) and it is a page's (at most
 * MAX_WRAP). A text with a paragraph a line has lengths all over and no such width.
 */
function wrapWidth(lines: readonly Line[]): number | null {
  // Counted by length, not sorted: only lengths up to MAX_WRAP + 5 can make a page's width.
  const counts = new Uint32Array(MAX_WRAP + 6);
  let longer = 0;
  let total = 0;
  for (const l of lines) {
    const n = l.plain.length;
    if (n <= MIN_WRAPPED) continue;
    total++;
    if (n < counts.length) counts[n]!++;
    else longer++;
  }
  if (total < MIN_WRAPPED_LINES) return null;
  // The 90th percentile: the length below which 90% of the lines fall.
  const rank = Math.floor(total * 0.9);
  if (total - longer <= rank) return null;
  let seen = 0;
  let p90 = 0;
  for (let n = 0; n < counts.length; n++) {
    seen += counts[n]!;
    if (seen > rank) {
      p90 = n;
      break;
    }
  }
  if (p90 > MAX_WRAP) return null;
  let near = 0;
  for (let n = Math.ceil(p90 * NEAR_WRAP); n <= p90 + 5 && n < counts.length; n++) near += counts[n]!;
  return near >= total * WRAPPED_SHARE ? p90 : null;
}
/** Whether a line is as long as the page's wrap: broken off where the page was full, not where a sentence or title ended. */
export const fillsWidth = (plain: string, width: number | null) => width !== null && plain.length >= width * NEAR_WRAP;
const MIN_WRAPPED = 20;
const MIN_WRAPPED_LINES = 8;
const MAX_WRAP = 130;
const NEAR_WRAP = 0.85;
const WRAPPED_SHARE = 0.3;

// --- Logical lines ------------------------------------------------------------------------
// Text pasted from a legal portal is broken wherever the page wrapped ("… trẻ em dưới" /
// "5 tuổi xuống dưới" / "12,5‰"), carries the header table's "|" fragments and "-----" rules,
// and sometimes literal "\r\n" where the page had a line end. Readers join the pieces; so do
// the extractors, while each piece keeps the number of the physical line it starts on.

/** A line that is only table-cell or rule debris: "|", "-------", "| |", "___". */
const DEBRIS = /^[\s|\-_=–—]*$/;
/** What a line of debris starts with, once trimmed: the plain test before the pattern. */
const DEBRIS_FIRST = '|-_=–—';
/** A literal line-end escape left in the text by a copy ("\r\n", "\n"). */
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/;
/** A line that starts a new item: list marks, "1.", "2.1.", "2.1 ", "a)", "I.", "Điều 3"; never a year ("năm" / "2030.") or a thousand ("1.000"). */
const ITEM_START = /^(?:[-+•*–]\s|\d{1,3}(?:\.\d+)*[.)](?:\s|$)|\d{1,2}(?:\.\d{1,2})+\s|[a-zđ][.)]\s|[IVX]+[.)\-–/]\s|(?:Điều|Chương|Mục|Phần)\s+\d)/u;
/** The end of a sentence or a lead-in: the next line starts afresh. */
const SENTENCE_END = /[.;:!?…]["”’)\]]*$/;
/** A list item that is a label for its value: "- Tổng tỷ suất sinh:". */
const LABEL = /^[-+•–]\s*\p{L}[^:;.]*:$/u;
/** A value that starts a line: a figure and its unit ("111,4 số bé trai", "2,1 con", "95%"). */
const VALUE_START = /^\d[\d.,]*\s*(?:%|‰|\p{Ll})/u;
/** A line that carries on: it starts in lower case, with a figure or a unit. */
const CONTINUES = /^[\p{Ll}\d(‰%“"”]/u;
/** "- Tổng số người mới sử dụng" / "BPTT hiện đại trong năm …": a line that ends on a word goes on in one that opens with an abbreviation. */
const ENDS_LOWER = /\p{Ll}$/u;
const ACRONYM_START = /^\p{Lu}{2,}\s+\p{Ll}/u;
/** A numbered heading, which ends without a stop: "2. Chỉ tiêu cụ thể", "a) …", "II. …". */
const NUMBERED_START = /^(?:\d+(?:\.\d+)*[.)]?|[a-zđ][.)]|[IVX]+[.)\-–/])\s/u;
/** Words after which a sentence cannot stop, so even a capitalised line carries on ("của" / "Thủ tướng"). */
const OPEN_END = /(?<!\p{L})(?:của|và|với|các|cho|tại|ở|trên|dưới|xuống|lên|đến|tới|vào|năm|tỉnh|huyện|thành phố|thị xã|xã|phường|quận|số|ngày|tháng|về|là|được|do|theo|đạt|còn|mức|tỷ lệ|tỷ suất|tỉ lệ)$/iu;

/** One piece per literal line-end escape of a line, each numbered like the line. */
function pieces(line: Line): Line[] {
  if (!line.raw.includes('\\')) return [line];
  const parts = line.raw.split(ESCAPED_BREAK);
  if (parts.length === 1) return [line];
  return parts.map((raw) => ({ n: line.n, raw: raw.trim(), plain: plainText(raw) }));
}

/** A Markdown pipe-table row. */
export const PIPE_ROW = /^\s*\|.*\|\s*$/;

/** A table row: two tabs (as pasted from Word), one of them after a cell's text, or a Markdown pipe row. */
export function isTableRow(raw: string): boolean {
  const tab = raw.indexOf('\t');
  // Tabs only before its text indent a paragraph ("\t\tGiảm tỷ lệ …"); a row has one between cells too.
  if (tab >= 0 && raw.includes('\t', tab + 1)) return /\S\t/.test(raw);
  return raw.includes('|') && PIPE_ROW.test(raw);
}

/** A line that opens in lower case, or with the unit of the figure before ("0,1" / (blank) / "% so với năm 2022"). */
const LOWER_START = /^[\p{Ll}%‰]/u;
/**
 * A page's number that a copy from a PDF leaves between two lines of text: "12", "Trang 3", "- 3 -",
 * "3/12". Never a year ("2030") or a figure with its unit.
 */
const PAGE_MARK = /^(?:(?:trang|page)\s*)?\d{1,3}(?:\s*\/\s*\d{1,3})?$|^[-–]\s*\d{1,3}\s*[-–]$/iu;
export const pageMark = (plain: string) => plain.length <= 12 && PAGE_MARK.test(plain);

/** Whether `next`, after a blank line, plainly carries on a sentence whose last line is `end`. */
function goesOnPastBlank(end: string, next: Line): boolean {
  if (ITEM_START.test(next.plain)) return false;
  if (SENTENCE_END.test(end)) return end.endsWith(':') && LABEL.test(end) && VALUE_START.test(next.plain);
  // A figure after a figure only where the first stopped on a word ("… còn 10‰" / (blank) /
  // "07/09/2012 17:23 PM" is a page's stamp).
  return LOWER_START.test(next.plain) || ((ENDS_LOWER.test(end) || end.endsWith(',')) && CONTINUES.test(next.plain)) || (ENDS_LOWER.test(end) && ACRONYM_START.test(next.plain));
}

/** Whether `next` continues the sentence that `start` opens and whose last line so far is `end` (plain text). */
function continues(start: string, end: string, next: Line, width: number | null): boolean {
  if (ITEM_START.test(next.plain)) return false;
  // "- Tỷ số giới tính khi sinh:" / "111,4 số bé trai/100 bé gái …": a listed label's value on the next line.
  if (SENTENCE_END.test(end)) return end.endsWith(':') && LABEL.test(end) && VALUE_START.test(next.plain);
  // A heading in capitals ("KẾ HOẠCH") is not a sentence to carry on.
  if (end === end.toUpperCase() && /\p{Lu}/u.test(end)) return false;
  // A short numbered heading ("5. Ủy ban nhân dân huyện, thành phố") is followed by its text, not carried on.
  if (start === end && start.length <= SHORT_HEADING && NUMBERED_START.test(start) && CAPITAL_START.test(next.plain)) return false;
  if (CONTINUES.test(next.plain) || end.endsWith(',') || OPEN_END.test(end)) return true;
  // A numbered heading ("2. Chỉ tiêu cụ thể") ends without a stop; an item or a sentence does not.
  if (!ENDS_LOWER.test(end)) return false;
  // "… của tỉnh An" / "Giang thực hiện …", "4. Sở Thông tin …, Báo Bắc" / "Kạn": a line as long as the
  // page's wrap broke off mid-sentence or mid-heading, whatever the case of the word it broke before.
  if (fillsWidth(end, width) && TITLE_START.test(next.plain)) return true;
  return !NUMBERED_START.test(start) && ACRONYM_START.test(next.plain);
}
const SHORT_HEADING = 60;
const CAPITAL_START = /^\p{Lu}/u;
/** A word in capitalised case, or a letter alone before one in lower case ("viêm gan" / "B và giang mai"). */
const TITLE_START = /^\p{Lu}(?:\p{Ll}|\s+\p{Ll})/u;

/**
 * The logical lines of a document: blank lines and debris dropped, literal line-end escapes
 * split, and a line that carries on a sentence joined to it. Table rows stay one line each.
 */
export function logicalLines(lines: readonly Line[], width: number | null = null): Line[] {
  const out: Line[] = [];
  let open: Line | null = null;
  // The last physical line joined: the tests look at it, not at the whole (maybe huge) sentence.
  let tail = '';
  let blank = false;
  for (const physical of lines) {
    for (const line of pieces(physical)) {
      if (line.plain === '' || (DEBRIS_FIRST.includes(line.plain.charAt(0)) && DEBRIS.test(line.plain)) || pageMark(line.plain)) {
        // A blank line or a page's number ends the sentence, but for one that plainly goes on after it (below).
        if ((line.plain === '' || pageMark(line.plain)) && open) blank = true;
        else open = null;
        continue;
      }
      if (isTableRow(line.raw)) {
        out.push(line);
        open = null;
        continue;
      }
      // Past a blank line (a copy may put one after every line), only a sentence that plainly goes
      // on: in lower case or a figure after no stop ("… xuống dưới" / (blank) / "9‰ vào năm 2025"),
      // or a listed label's value ("- Tỷ số giới tính khi sinh:" / (blank) / "111,4 …").
      if (open && blank && !goesOnPastBlank(tail, line)) open = null;
      blank = false;
      if (open && continues(open.plain, tail, line, width)) {
        tail = line.plain;
        open.raw = `${open.raw} ${line.raw.trimStart()}`;
        (open.breaks ??= []).push({ at: open.plain.length + 1, n: line.n });
        open.plain = `${open.plain} ${line.plain}`;
        open.last = line.n;
        continue;
      }
      open = { ...line };
      tail = line.plain;
      out.push(open);
    }
  }
  return out;
}

/** "II. MỤC TIÊU", and as other editors number a part: "II- MỤC TIÊU", "II/ MỤC TIÊU", "II) MỤC TIÊU"; never "V/V" (về việc). */
const ROMAN_HEADING = /^([IVX]{1,6})(?:\.\s*\S|[)\-–]\s*\p{Lu}|\/(?![Vv](?!\p{L}))\s*\p{Lu})/u;
/** "PHẦN II. MỤC TIÊU", "Phần IV: TỔ CHỨC THỰC HIỆN": the same part, named a part. */
const PART_ROMAN = /^(?:PHẦN|Phần)\s+([IVX]{1,6})\s*[.:\-–]\s*\p{Lu}/u;
/** "B. MỤC TIÊU", "D. TỔ CHỨC THỰC HIỆN": a part lettered, its title in capitals (never "A. Nguyễn Văn …" or "K. Sở Y tế"). */
const PART_LETTER = /^([A-ZĐ])\.\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})/u;
/** A part's heading ("II. MỤC TIÊU", "## **II. ...**", "PHẦN II. …", "B. MỤC TIÊU"); returns its numeral or letter. */
export function romanHeading(plain: string): string | null {
  // Asked of every line by several readers: most lines fail on their first two characters.
  const c = plain.charCodeAt(0);
  if (c === 73 || c === 86 || c === 88) {
    const m = ROMAN_HEADING.exec(plain);
    if (m) return m[1]!;
  }
  if (c === 80 && (plain.startsWith('PHẦN') || plain.startsWith('Phần'))) return PART_ROMAN.exec(plain)?.[1] ?? null;
  if (plain.charCodeAt(1) === 0x2e && ((c >= 65 && c <= 90) || c === 0x110)) return PART_LETTER.exec(plain)?.[1] ?? null;
  return null;
}

/**
 * The lines of the part whose Roman-numeral heading matches `title` (e.g. /TỔ CHỨC THỰC HIỆN/i),
 * up to the next Roman-numeral heading or the end. Null when the document has no such part.
 */
export function findPart(doc: Doc, title: RegExp): Line[] | null {
  // The first such part with text of its own: a table of contents the page shows above or in
  // the document ("Mục lục" / "I. MỤC TIÊU" / "II. NHIỆM VỤ" …) holds headings only, each
  // repeated where its part starts.
  let first: Line[] | null = null;
  for (let start = 0; start < doc.lines.length; start++) {
    const heading = doc.lines[start]!.plain;
    if (romanHeading(heading) === null || !title.test(heading)) continue;
    if (repeatedAfter(doc.lines, start, heading)) continue;
    let end = doc.lines.length;
    for (let i = start + 1; i < doc.lines.length; i++) {
      if (romanHeading(doc.lines[i]!.plain) !== null) {
        end = i;
        break;
      }
    }
    const part = doc.lines.slice(start, end);
    if (part.slice(1).some(hasText)) return part;
    first ??= part;
    start = end - 1;
  }
  return first;
}

/** Whether a line after `start` reads `text` again. */
function repeatedAfter(lines: readonly Line[], start: number, text: string): boolean {
  for (let i = start + 1; i < lines.length; i++) if (lines[i]!.plain === text) return true;
  return false;
}

/** A line of running text, not a heading of a table of contents: it ends a sentence or is long. */
const hasText = (l: Line) => l.plain.length > 80 || /[.;:]$/.test(l.plain);

/** Lower case and fold spelling variants so taxonomy phrasings match (see data/indicators.yaml). */
export function normalizeForMatch(s: string): string {
  let t = s.toLowerCase();
  // One scan decides for most texts that none of the rewrites below applies.
  if (!NORMAL_WORK.test(t)) return t;
  if (t.includes('tỉ')) t = t.replace(/(?<![\p{L}\p{N}])tỉ(?![\p{L}\p{N}])/gu, 'tỷ');
  if (t.includes('thời kỳ')) t = t.replace(/thời kỳ/g, 'thai kỳ');
  if (t.includes('nhân viên y tế')) t = t.replace(/nhân viên y tế/g, 'cán bộ y tế');
  if (t.includes('0')) t = t.replace(/\b0(\d)\b/g, '$1');
  // "khám thai ≥ 4 lần", "từ 4 lần trở lên", "đủ 4 lần": the phrasings say "ít nhất 4 lần".
  if (t.includes('lần')) t = t.replace(/(?:≥|>=|tối thiểu|từ|đủ)\s*(\d+)\s*lần(?:\s+trở lên)?/gu, 'ít nhất $1 lần');
  if (t.includes('<')) t = agesInWords(t);
  // "15 - 19 tuổi", "6–36 tháng": a range of ages is written one way in the phrasings.
  if (t.includes('-') || t.includes('–')) t = t.replace(/(\d)\s*[–-]\s*(?=\d)/g, '$1-');
  if (ABBREVIATION.test(t)) t = t.replace(ABBREVIATIONS, (a) => ABBREVIATED[a]!);
  return foldBlanks(t);
}

/** "trẻ < 5 tuổi" → "trẻ dưới 5 tuổi": the sign as the word the phrasings and clauses use. */
export const agesInWords = (s: string) => s.replace(AGE_SIGN, 'dưới $1 tuổi');
const AGE_SIGN = /<\s*(\d+)\s*tuổi/gu;

/** Abbreviations plans use in their targets, spelt out so that the phrasings match them. */
const ABBREVIATED: Record<string, string> = {
  sdd: 'suy dinh dưỡng',
  tcmr: 'tiêm chủng mở rộng',
  tcđđ: 'tiêm chủng đầy đủ',
  pnct: 'phụ nữ có thai',
  pnmt: 'phụ nữ mang thai',
  bptt: 'biện pháp tránh thai',
  vtn: 'vị thành niên',
  slts: 'sàng lọc trước sinh',
  slss: 'sàng lọc sơ sinh',
  tsgtks: 'tỷ số giới tính khi sinh',
  vgb: 'viêm gan b',
  csss: 'chăm sóc sau sinh',
  // The demographers' English ones, which plans put in brackets or use alone ("TFR: 2,1 con").
  tfr: 'tổng tỷ suất sinh',
  srb: 'tỷ số giới tính khi sinh',
  imr: 'tỷ suất tử vong trẻ em dưới 1 tuổi',
  u5mr: 'tỷ suất tử vong trẻ em dưới 5 tuổi',
};
// A lookahead for their first letters goes before the look back: most places fail it at once.
const ABBREVIATION_FIRST = `[${[...new Set(Object.keys(ABBREVIATED).map((a) => a[0]))].join('')}]`;
const ABBREVIATION_SOURCE = String.raw`(?=${ABBREVIATION_FIRST})(?<![\p{L}\p{N}])(?:${Object.keys(ABBREVIATED).join('|')})(?![\p{L}\p{N}])`;
const ABBREVIATION = new RegExp(ABBREVIATION_SOURCE, 'u');
/** What any rewrite of normalizeForMatch looks for, a superset in one pattern. */
const NORMAL_WORK = new RegExp(String.raw`tỉ|thời kỳ|nhân viên y tế|\b0\d\b|lần|<|  |[^\S ]|\d\s*[–-]\s|\d\s[–-]|\d–|${Object.keys(ABBREVIATED).join('|')}`);
const ABBREVIATIONS = new RegExp(ABBREVIATION_SOURCE, 'gu');

