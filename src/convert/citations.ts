// The documents a plan cites: "Quyết định số 1175/QĐ-UBND ngày 09/7/2021 của UBND tỉnh Bắc Kạn",
// "Thông tư 37/2019/TT-BYT của Bộ Y tế", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015".
import type { Citation, Flag, Period } from '../schema.ts';
import { trailingRun, type Doc } from './document.ts';
import { beforeFirst } from './matches.ts';

/** Kinds of legal document, longest first so "Thông tư liên tịch" wins over "Thông tư". */
const DOC_TYPES = [
  'Thông tư liên tịch',
  'Quyết định',
  'Kế hoạch',
  'Thông tư',
  'Chỉ thị',
  'Tờ trình',
  'Nghị định',
  'Nghị quyết',
  'Công văn',
  'Công điện',
  'Văn bản',
  'Thông báo',
  'Hướng dẫn',
  'Báo cáo',
  'Chương trình hành động',
  'Chương trình',
  'Đề án',
  'Kết luận',
  'Bộ luật',
  'Luật',
  'Pháp lệnh',
];
/** Laws are often cited by name and date alone. */
const LAW_TYPES = ['Bộ luật', 'Luật', 'Pháp lệnh'];

/** "Quyết định", "quyết định" or "QUYẾT ĐỊNH" (not "qUYẾT"). */
function casings(word: string): string {
  const first = word[0]!;
  return `(?:[${first}${first.toLowerCase()}]${word.slice(1)}|${word.toUpperCase()})`;
}
/**
 * The kinds in all their casings. The patterns hold no look back for a letter or digit before
 * them: wordStartMatches tests it only where the rest matched, not at every place.
 */
const typeAlt = (types: string[]) => `(${types.map(casings).join('|')})`;

/** A place no letter or digit stands right before, tested where lastIndex puts it. */
const WORD_START = /(?<![\p{L}\p{N}])/uy;

/**
 * The matches of `re` (global) that start a word, in order: what matchesOf would give for `re`
 * with the look back (?<![\p{L}\p{N}]) at its start. A match that starts within a word is
 * dropped and the search goes on from the place after its start, as the look back would have.
 */
function wordStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    WORD_START.lastIndex = m.index;
    if (WORD_START.test(text)) out.push(m);
    // A kind's first letter is one code unit: the place after it is the next one.
    else re.lastIndex = m.index + 1;
  }
  return out;
}

// 1175/QĐ-UBND, 37/2019/TT-BYT, 858/TTr-TTYT, 592/QĐ- UBND (stray blank after the dash); the
// Party's numbers put the kind before the "/": 21-NQ/TW, 153-CTr/TU, 05-CT/HU.
export const NUMBER = String.raw`\d+[a-z]?(?:(?:\/\d{4})?\/\s*\p{Lu}[\p{L}\d]*(?:\s*-\s*\p{Lu}[\p{L}\d]*)*|-\p{Lu}[\p{L}\d]*\/\p{Lu}[\p{L}\d]*)`;
const NUMBERED = new RegExp(
  String.raw`${typeAlt(DOC_TYPES)}\s+(?:[Ss]ố\s*:?\s*)?(${NUMBER})`,
  'gu',
);
const DATE = String.raw`ngày\s+\d{1,2}\s*(?:[/.-]|\s+tháng\s+)\s*\d{1,2}\s*(?:[/.-]|\s+năm\s+)\s*\d{4}`;
// A law by name and date: the name is words only, so "Luật sửa đổi, bổ sung ..." is not taken.
const NAMED_LAW = new RegExp(
  String.raw`${typeAlt(LAW_TYPES)}((?:\s+[\p{L}]+){1,15}?)\s+(?=${DATE})`,
  'gu',
);
/** Cheap tests a line must pass to hold a match of NUMBERED and NAMED_LAW (each match contains them). */
// A number ends "<digit>/<capital>" ("592/QĐ", "37/2019/TT"): a date's "09/8/2024" never does.
const MAY_BE_NUMBERED = /\d[a-z]?\/\s*[^\s\d]|\d-\p{Lu}[\p{L}\d]*\//u;
const MAY_BE_LAW = /[Ll]uật|LUẬT|[Pp]háp lệnh|PHÁP LỆNH/;

/** "ngày 09/7/2021", "ngày 04 tháng 6 năm 2019" → "2021-07-09"; "tháng 6 năm 2019" → "2019-06". */
export function parseDate(text: string): string | null {
  // A text layer that lost its tone marks writes "ngay 09 thang 01 nam 2015".
  const full = /ng[àa]y\s+(\d{1,2})\s*(?:[/.-]|\s+th[áa]ng\s+)\s*(\d{1,2})\s*(?:[/.-]|\s+n[ăa]m\s+)\s*(\d{4})/u.exec(text);
  if (full) return isoDate(+full[3]!, +full[2]!, +full[1]!);
  const month = /th[áa]ng\s+(\d{1,2})\s+n[ăa]m\s+(\d{4})/u.exec(text);
  if (month) return isoDate(+month[2]!, +month[1]!, null);
  return null;
}

function isoDate(y: number, m: number, d: number | null): string | null {
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  if (d === null) return `${y}-${mm}`;
  if (d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${mm}-${String(d).padStart(2, '0')}`;
}

/** "592/QĐ- UBND" → "592/QĐ-UBND"; the look-alike Ð (U+00D0) typed for Đ is folded too. */
export function normalizeNumber(n: string): string {
  const t = n.replace(/\s+/g, '').replace(/\u00D0/g, 'Đ');
  // A PDF's text may lose the hyphen: "1679/QĐTTg", "2539/QĐBYT", "75/2017/NĐCP".
  return t.includes('-') ? t : t.replace(GLUED_CODE, '/$1-$2');
}

/** A type code glued to its issuer's code, after the last "/". */
const GLUED_CODE = /\/(TTLT|TTr|QĐ|NĐ|NQ|KH|CT|TT|HD|TB|BC|CV|CĐ)(\p{Lu}{2,}[\p{L}]*|TTg)$/u;

/** Capitalised as in running text: "QUYẾT ĐỊNH" and "quyết định" → "Quyết định". */
function canonicalType(written: string): string {
  return DOC_TYPES.find((t) => t.toLowerCase() === written.toLowerCase()) ?? written;
}

interface Hit {
  index: number;
  end: number;
  docType: string;
  number: string | null;
  /** Identity for de-duplication: the number, or the law's name. */
  key: string;
}

/** Every document the text cites, once each, at the line it is first cited. */
export function extractCitations(doc: Doc): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const line of doc.lines) {
    const text = line.plain;
    // Plain searches first: most lines hold no "/" and no law's name, and skip the patterns.
    const numbered = text.includes('/') && MAY_BE_NUMBERED.test(text);
    // "ngày" by its "ày" first: a search stops at every "n", of which a line has dozens.
    const law = text.includes('ày') && text.includes('ngày') && MAY_BE_LAW.test(text);
    if (!numbered && !law) continue;
    const hits: Hit[] = [];
    for (const m of numbered ? wordStartMatches(NUMBERED, text) : []) {
      // "(Ban hành kèm theo Quyết định số …)" under a title names the decision that issues this
      // document itself; "ban hành kèm theo Thông tư …" inside a sentence is a citation.
      if (issuesThisDocument(text.slice(0, m.index))) continue;
      const number = normalizeNumber(m[2]!);
      hits.push({ index: m.index, end: m.index + m[0].length, docType: canonicalType(m[1]!), number, key: number });
    }
    for (const m of law ? wordStartMatches(NAMED_LAW, text) : []) {
      const docType = canonicalType(m[1]!);
      hits.push({ index: m.index, end: m.index + m[0].length, docType, number: null, key: `${docType}${m[2]!}`.toLowerCase() });
    }
    hits.sort((a, b) => a.index - b.index);
    hits.forEach((h, i) => {
      if (seen.has(h.key)) return;
      seen.add(h.key);
      // What follows the number, up to the next citation: its date and "của <issuer>".
      const rest = text.slice(h.end, hits[i + 1]?.index ?? text.length);
      const head = headOf(rest);
      out.push({ number: h.number, docType: h.docType, date: parseDate(head), issuer: issuerOf(head), line: line.n, text });
    });
  }
  return out;
}

/**
 * True when `before` is "(Ban hành kèm theo" or "Kèm theo", alone or after "(": the
 * /(?:^|\()\s*(?:ban hành\s+)?kèm theo\s*$/i test, read from the end so that it does not scan a
 * line's whole prefix once per citation (quadratic on a line of citations).
 */
function issuesThisDocument(before: string): boolean {
  const end = (s: string, word: string) => s.length >= word.length && s.slice(-word.length).toLowerCase() === word;
  let s = before.trimEnd();
  if (!end(s, 'kèm theo')) return false;
  s = s.slice(0, -'kèm theo'.length);
  const t = s.trimEnd();
  if (t.length < s.length && end(t, 'ban hành')) s = t.slice(0, -'ban hành'.length);
  s = s.trimEnd();
  return s === '' || s.endsWith('(');
}

/**
 * The words that still describe the cited document: up to "về", a semicolon, a comma, or a verb
 * that starts its subject ("… của Chính phủ quy định về …").
 */
function headOf(rest: string): string {
  const cut = /\s(?:về|v\/v|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi)\s|;|,(?!\s*ngày)|\(|“|"/u.exec(rest);
  return cut ? rest.slice(0, cut.index) : rest;
}

/** Where an issuer's name ends: the date or the place of the document after it. */
const DATE_OR_PLACE = /\s(?:ngày|tại)\s/u;

/** "… của Bộ trưởng Bộ Y tế" → "Bộ trưởng Bộ Y tế". */
function issuerOf(head: string): string | null {
  const m = /(?:^|\s)của\s+(.+)$/u.exec(head);
  if (!m) return null;
  const name = beforeFirst(DATE_OR_PLACE, m[1]!);
  // Trailing blanks and ". ) ” : /" cut by a loop: /[…]+$/ is quadratic on a long run of them.
  const issuer = name
    .slice(0, trailingRun(name, { signs: '.)”:/', words: [] }))
    .replace(/\s+(?:và|cùng)$/u, '')
    .trim();
  return issuer || null;
}

const CITED_YEAR_MIN = 1945; // no Vietnamese legal document is older than the state

/**
 * Dates that cannot be right: a document cited before it existed, or a year in a number or
 * date later than the plan itself (e.g. "37/2029/TT-BYT" in a 2024 plan: a typo for 2019).
 */
export function citationFlags(citations: Citation[], issued: string | null, period: Period | null): Flag[] {
  const flags: Flag[] = [];
  const limit = issued ? Number(issued.slice(0, 4)) : (period?.end ?? null);
  const limitWhat = issued ? `the plan's issue year (${limit})` : `the end of the plan's period (${limit})`;
  for (const c of citations) {
    const name = c.number ? `${c.docType} ${c.number}` : `${c.docType} (line ${c.line})`;
    if (c.date && issued) {
      const p = Math.min(c.date.length, issued.length);
      if (c.date.slice(0, p) > issued.slice(0, p)) {
        flags.push({
          kind: 'citation_after_plan',
          message: `${name} is dated ${c.date}, after the plan was issued (${issued}): check the date of the cited document`,
          line: c.line,
        });
      }
    }
    const years: [string, number][] = [];
    const inNumber = c.number ? /\/(\d{4})\//.exec(c.number) : null;
    if (inNumber) years.push(['its number', Number(inNumber[1])]);
    if (c.date) years.push(['its date', Number(c.date.slice(0, 4))]);
    for (const [where, year] of years) {
      const late = limit !== null && year > limit;
      if (late || year < CITED_YEAR_MIN) {
        flags.push({
          kind: 'citation_implausible_year',
          message: `${name}: the year ${year} in ${where} is ${late ? `after ${limitWhat}` : `before ${CITED_YEAR_MIN}`}; probably a typo`,
          line: c.line,
        });
        break;
      }
    }
  }
  return flags;
}
