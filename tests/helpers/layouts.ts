// The same text as another page, editor or copy lays it out. rewrap: its paragraphs joined where a
// line plainly breaks a sentence (a word or figure, then a line that goes on in lower case), then wrapped
// at another width. Lines in capitals, table rows, rules, items and lines that end a sentence
// stay as they are: only the breaks a page adds move.

/** A line that opens an item or a heading: never joined to the line before. */
const ITEM = /^(?:[-–+•*|]|\d{1,3}(?:\.\d+)*[.)/]|[a-zđ][).]|\(\d+\)|[IVX]+\.|(?:Điều|Chương|Mục|Phần)\s)/u;

const isRow = (line: string) => line.includes('|') || line.split('\t').length > 2;

/** The text with each sentence the page broke joined into one line. */
export function unwrap(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    // A table's row (cells between "|" or tabs, as Word pastes them) stays as it is.
    const row = raw.includes('|') || raw.split('\t').length > 2;
    const line = row ? raw : raw.trim();
    const prev = out.at(-1);
    const joins = prev !== undefined && !row && !isRow(prev) && /[\p{Ll}\d,]$/u.test(prev) && /^[\p{Ll}\d]/u.test(line) && !ITEM.test(line);
    if (joins) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** The text wrapped at `width` characters (a word longer than the width stays whole). */
export function rewrap(text: string, width: number): string {
  return unwrap(text)
    .flatMap((p) => {
      // A table's row is the portal's cells, not a paragraph its page wraps.
      if (isRow(p)) return [p];
      const lines: string[] = [];
      let cur = '';
      for (const word of p.split(' ')) {
        if (cur && cur.length + 1 + word.length > width) {
          lines.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      lines.push(cur);
      return lines;
    })
    .join('\n');
}

/** Each list item's "- " as another editor or copy gives it. */
export const bulleted = (text: string, mark: string) => text.replace(/^(\s*)- /gm, `$1${mark} `);

/** Every line indented, as some portals' copies come. */
export const indented = (text: string) => text.split('\n').map((l) => `    ${l}`).join('\n');

/** A blank line after each line in capitals: a title typed as several paragraphs, copied with a blank line between them. */
export const blankAfterCapitals = (text: string) => text.split('\n').map((l) => (isCapitals(l) ? `${l}\n` : l)).join('\n');

/** A blank line between paragraphs: after each line that ends a sentence or is in capitals. */
export const blankBetweenParagraphs = (text: string) => text.split('\n').map((l) => (/[.;:]\s*$/.test(l) || isCapitals(l) ? `${l}\n` : l)).join('\n');

/** A blank line after every line, as a copy from some viewers gives each line a paragraph of its own. */
export const blankAfterEvery = (text: string) => text.split('\n').join('\n\n');

const isCapitals = (l: string) => /\p{Lu}/u.test(l) && l === l.toUpperCase();

/** Parts and items numbered as other editors do: "II- MỤC TIÊU" or "II/ MỤC TIÊU", "2) Chỉ tiêu". */
export const renumbered = (text: string, roman: '-' | '/', arabic: ')') =>
  text.replace(/^([IVX]+)\. /gm, `$1${roman} `).replace(/^(\d{1,2})\. /gm, `$1${arabic} `);

/** Decimal points for commas in rates ("12.5‰" for "12,5‰"), as an English keyboard or a translation gives them. */
export const decimalPoints = (text: string) => text.replace(/(\d),(\d{1,2})(?=\s*[%‰])/g, '$1.$2');

/** Tone marks placed the old way on an open syllable ("hoà", "uỷ", "HOÀ" for "hòa", "ủy", "HÒA"). */
export const oldTones = (text: string) => {
  const OLD: Record<string, string> = { òa: 'oà', óa: 'oá', ỏa: 'oả', õa: 'oã', ọa: 'oạ', òe: 'oè', óe: 'oé', ọe: 'oẹ', ùy: 'uỳ', úy: 'uý', ủy: 'uỷ', ũy: 'uỹ', ụy: 'uỵ', Ủy: 'Uỷ', ỦY: 'UỶ', HÒA: 'HOÀ', HÓA: 'HOÁ' };
  return text.replace(new RegExp(`(?:${Object.keys(OLD).join('|')})(?!\\p{L})`, 'gu'), (m) => OLD[m]!);
};

/** The page's table of contents (its part headings) put before the first part, as some portals show it. */
export const contentsBeforeParts = (text: string) => {
  const lines = text.split('\n');
  const isPart = (l: string) => /^[IVX]+\.\s*\S/.test(l.trim());
  const first = lines.findIndex(isPart);
  return first < 0 ? text : [...lines.slice(0, first), 'MỤC LỤC', ...lines.filter(isPart), '', ...lines.slice(first)].join('\n');
};

/** A page's number between two lines every `every` lines, as a copy from a PDF viewer leaves it ("12", "Trang 3", "- 3 -"). */
export const pageNumbers = (text: string, form: (n: number) => string, every = 37) =>
  text.split('\n').flatMap((l, i) => (i > 20 && i % every === 0 ? [form(Math.floor(i / every) + 1), l] : [l])).join('\n');

/** Word's non-breaking hyphen (U+2011) in codes and year ranges: "256/KH‑UBND", "2021‑2025". */
export const nonBreakingHyphens = (text: string) => text.replace(/(\p{Lu})-(\p{Lu})/gu, '$1\u2011$2').replace(/(\d{4})-(\d{4})/g, '$1\u2011$2');

/** "Ð" (the Icelandic eth, U+00D0) for "Đ", as text from old Vietnamese encodings and PDFs gives it. */
export const ethForD = (text: string) => text.replaceAll('Đ', '\u00d0');

/** Items numbered "1/ " and lettered "a/ " or "a- ", and sub-items "2.1 " without their last dot, as some editors number them. */
export const slashNumbered = (text: string, letter: '/' | '-') =>
  text.replace(/^(\d{1,2})\. /gm, '$1/ ').replace(/^([a-zđ])\) /gm, `$1${letter} `).replace(/^(\d{1,2}\.\d{1,2})\. /gm, '$1 ');

/** Parts lettered "A.", "B.", … or named "PHẦN I.", "PHẦN II.", … where the document numbers them "I.", "II.". */
export const partsAs = (text: string, style: 'letters' | 'named') => {
  const LETTERS: Record<string, string> = { I: 'A', II: 'B', III: 'C', IV: 'D', V: 'Đ', VI: 'E', VII: 'G', VIII: 'H', IX: 'I', X: 'K' };
  return text.replace(/^([IVX]+)\. /gm, (m, r: string) => (style === 'named' ? `PHẦN ${r}. ` : LETTERS[r] ? `${LETTERS[r]}. ` : m));
};

/** The header table's two cells in the other order ("CỘNG HÒA … | BỘ Y TẾ |"), as a portal may lay them out. */
export const headerCellsSwapped = (text: string) =>
  text.split('\n').map((l, i) => {
    if (i > 30 || !l.includes('|')) return l;
    const cells = l.replace(/\s*\|\s*$/, '').split('|').map((c) => c.trim());
    return cells.length === 2 && cells[0] && cells[1] ? `${cells[1]} | ${cells[0]} |` : l;
  }).join('\n');

/** The escapes a converter to Markdown puts before list marks ("1\. Mục tiêu", "\- Tỷ lệ …"). */
export const markdownEscaped = (text: string) => text.replace(/^(\d{1,2})\. /gm, '$1\\. ').replace(/^- /gm, '\\- ');

/** Parts numbered "1.", "2." … where the document numbers them "I.", "II.": how a .docx's own numbering reads. */
export const partsArabic = (text: string) => {
  const ARABIC: Record<string, string> = { I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6', VII: '7', VIII: '8', IX: '9', X: '10' };
  return text.replace(/^([IVX]+)\. /gm, (m, r: string) => (ARABIC[r] ? `${ARABIC[r]}. ` : m));
};

/** HTML entities a copy of a page's source leaves: "95&nbsp;%", "&nbsp;năm", "v&agrave;", "&#8211;". */
export const htmlEntities = (text: string) =>
  text.replace(/(\d) (%|‰)/g, '$1&nbsp;$2').replace(/ năm /g, '&nbsp;năm ').replace(/ – /g, ' &#8211; ').replace(/ và /g, ' v&agrave; ');

/** "giai đoạn 2021 đến 2025" or "giai đoạn (2021 - 2025)" where the document writes "giai đoạn 2021 - 2025". */
export const yearRanges = (text: string, style: 'words' | 'brackets') =>
  text.replace(/(giai đoạn|GIAI ĐOẠN) (\d{4})\s*[-–]\s*(\d{4})/g, (_m, g: string, a: string, b: string) =>
    style === 'brackets' ? `${g} (${a} - ${b})` : `${g} ${a} ${g === 'GIAI ĐOẠN' ? 'ĐẾN' : 'đến'} ${b}`);

/** Every line indented by two tabs. */
export const tabIndented = (text: string) => text.split('\n').map((l) => (l.trim() ? `\t\t${l}` : l)).join('\n');

/** Every layout the test reads the real documents in, by name. */
export const LAYOUTS: [string, (text: string) => string][] = [
  ['sentences joined', (t) => unwrap(t).join('\n')],
  ...[60, 72, 80, 100].map((w): [string, (text: string) => string] => [`wrapped at ${w}`, (t) => rewrap(t, w)]),
  ...['–', '•', '▪', '\uf0b7'].map((m): [string, (text: string) => string] => [`items marked "${m}"`, (t) => bulleted(t, m)]),
  ['parts numbered "II-", items "2)"', (t) => renumbered(t, '-', ')')],
  ['parts numbered "II/"', (t) => renumbered(t, '/', ')')],
  ['items "1/", "a/", sub-items "2.1 "', (t) => slashNumbered(t, '/')],
  ['items lettered "a-"', (t) => slashNumbered(t, '-')],
  ['parts lettered "A.", "B."', (t) => partsAs(t, 'letters')],
  ['parts named "PHẦN I."', (t) => partsAs(t, 'named')],
  ['parts numbered "1.", "2." (a .docx\'s own numbering)', partsArabic],
  ["the header's cells in the other order", headerCellsSwapped],
  ['Markdown escapes before list marks ("1\\.", "\\-")', markdownEscaped],
  ['HTML entities ("&nbsp;", "v&agrave;", "&#8211;")', htmlEntities],
  ['every line indented', indented],
  ['every line indented by two tabs', tabIndented],
  ['decimal points in rates', decimalPoints],
  ['periods written "giai đoạn 2021 đến 2025"', (t) => yearRanges(t, 'words')],
  ['periods written "giai đoạn (2021 - 2025)"', (t) => yearRanges(t, 'brackets')],
  ["Word's non-breaking hyphen in codes and years", nonBreakingHyphens],
  ['"Ð" (eth) for "Đ"', ethForD],
  ['a table of contents before the first part', contentsBeforeParts],
  ['page numbers between lines ("12", "Trang 3", "- 3 -")', (t) => pageNumbers(pageNumbers(pageNumbers(t, String), (n) => `Trang ${n}`, 53), (n) => `- ${n} -`, 71)],
  ['the number line in capitals', (t) => t.replace(/^Số(\s*:)/mu, 'SỐ$1')],
  ['articles written "Điều 1 -"', (t) => t.replace(/^Điều (\d+)\. /gm, 'Điều $1 - ')],
  ['articles in capitals ("ĐIỀU 1.")', (t) => t.replace(/^Điều (\d+)\. /gm, 'ĐIỀU $1. ')],
  ['the grounds marked as items ("- Căn cứ …")', (t) => t.replace(/^Căn cứ /gm, '- Căn cứ ')],
  ['tone marks placed the old way', oldTones],
  ['a blank line after each line in capitals', blankAfterCapitals],
  ['a blank line between paragraphs', blankBetweenParagraphs],
  ['a blank line after every line', blankAfterEvery],
];
