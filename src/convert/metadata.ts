// What a document says about itself: its type, number, date, issuer, signer, jurisdiction,
// period and title. Read from the layout every Vietnamese administrative document shares
// (Nghị định 30/2020/NĐ-CP): number and "place, ngày … tháng … năm …" above the type heading
// ("KẾ HOẠCH"), the subject under it, the signature block at the end.
import type { DocType, Jurisdiction, Level, Period } from '../schema.ts';
import { COMMUNE_TYPES, communeBefore2025, REFORM } from '../taxonomy/gazetteer.ts';
import { jurisdictionFor, provinceOf, regionById } from '../taxonomy/regions.ts';
import type { Region } from '../taxonomy/schemas.ts';
import { NUMBER, normalizeNumber, parseDate } from './citations.ts';
import { fillsWidth, foldBlanks, logicalLines, plainText, romanHeading, trailingRun, type Doc, type Line } from './document.ts';
import { ConvertError } from './errors.ts';
import { beforeFirst, matchesOf } from './matches.ts';
import { capitalizePlaces, levelsOfWord, mentionsIn, placeIndex, resolvePlace } from './places.ts';

export interface Metadata {
  title: string;
  docType: DocType;
  number: string | null;
  issued: string | null;
  issuer: string;
  signer: string | null;
  jurisdiction: Jurisdiction;
  period: Period | null;
}

/** Type headings, in upper case as documents set them, and the record's docType. */
const HEADINGS: [string, DocType][] = [
  ['QUYẾT ĐỊNH', 'decision'],
  ['KẾ HOẠCH', 'plan'],
  ['CHỈ THỊ', 'directive'],
  ['NGHỊ QUYẾT', 'resolution'],
  ['CÔNG VĂN', 'official_letter'],
  ['CHƯƠNG TRÌNH', 'other'],
  ['THÔNG BÁO', 'other'],
  ['BÁO CÁO', 'other'],
];
/** The type code in a number ("06/CT-UBND") when the heading is missing. */
const CODES: Record<string, DocType> = { QĐ: 'decision', KH: 'plan', CT: 'directive', NQ: 'resolution' };
/** The organ code in a number ("06/CT-UBND") when no sentence names the issuer. */
const ORGANS: Record<string, string> = { UBND: 'UBND', HĐND: 'HĐND', SYT: 'Sở Y tế' };

/** How far from the top the heading may be: past the national motto and the issuer's header. */
const HEADING_WITHIN = 40;
/**
 * How many lines may hold the header and heading: 40 from the top, or from the motto when a
 * portal's menus and fields come first ("Logo trang chủ / • Văn bản / … / CỘNG HÒA XÃ HỘI …").
 */
const headingWithin = (lines: Line[]): number => {
  if (within.lines !== lines) {
    let motto = -1;
    for (let i = 0; i < Math.min(lines.length, MOTTO_WITHIN) && motto < 0; i++) if (hasMotto(lines[i]!.plain)) motto = i;
    within = { lines, n: Math.max(HEADING_WITHIN, motto + HEADING_WITHIN) };
  }
  return within.n;
};
/** The figure for the document read last: every step of one document's reading asks for it. */
let within: { lines: Line[] | null; n: number } = { lines: null, n: 0 };
const MOTTO_WITHIN = 200;

// A lower-case ASCII letter settles most lines before the copy that toUpperCase makes.
const isUpper = (s: string) => /\p{Lu}/u.test(s) && !/[a-z]/.test(s) && s === s.toUpperCase();
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const clean = (s: string) => foldBlanks(s).trim();

interface Heading {
  index: number;
  word: string;
  docType: DocType;
  /** Text after the type word on the same line ("KẾ HOẠCH**Triển khai …"). */
  rest: string;
}

/** The first line that starts with a type word in capitals, not the enacting "QUYẾT ĐỊNH:". */
function findHeading(lines: Line[]): Heading | null {
  for (let i = 0; i < Math.min(lines.length, headingWithin(lines)); i++) {
    const plain = lines[i]!.plain;
    if (romanHeading(plain)) break;
    for (const [word, docType] of HEADINGS) {
      // After the word: the end, a blank, or the subject run on ("KẾ HOẠCHTriển khai").
      // "KẾ HOẠCH HÓA GIA ĐÌNH" (family planning) in an organ's name is no heading.
      // "QUYẾT ĐỊNH 2324/QĐ-BYT NĂM 2020 VỀ …" is a portal's title over the document, not its heading.
      if (plain.startsWith(word) && /^(?:$|\s|\p{Lu}\p{Ll})/u.test(plain.slice(word.length)) && !/^\s*H[OÓ]A(?!\p{L})/iu.test(plain.slice(word.length).replace('HOÁ', 'HÓA')) && !/^\s*(?:SỐ\s*)?\d+[A-Z]?\//u.test(plain.slice(word.length))) {
        return { index: i, word, docType, rest: plain.slice(word.length).trim() };
      }
    }
  }
  return null;
}

/** A line of the header: blank, number, place and date, organ, motto, rules and table debris. */
function headerLine(plain: string): boolean {
  return plain.split('|', MAX_CELLS).every((cell) => {
    const c = cell.trim();
    return (
      c === '' || /^[-–_=.\s]+$/u.test(c) || /^(?:Số|số)(?!\p{L})/u.test(c) || /(?:^|,\s*)ngày\b/u.test(c) || /^(?:\d{1,2}\s+)?th[áa]ng\s+\d/u.test(c) ||
      NOT_ORGAN.test(c) || /^Độc lập\s*[-–—]/u.test(c) || (isUpper(c) && AUTHORITY_START.test(c))
    );
  });
}

/** Index of the first line below the header (number, "place, ngày …", organ, motto) that starts at `from`. */
function headerEnd(lines: Line[], from = 0): number {
  let i = from;
  while (i < Math.min(lines.length, headingWithin(lines)) && (headerLine(lines[i]!.plain) || bannerField(lines[i]!.plain))) i++;
  return i;
}

/**
 * A PDF's text as document sites show it has its header on one line: "1. BỘ Y TẾ CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Số: 2539/QĐBYT Hà Nội, ngày 24 tháng 05 năm 2021
 * QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH … BỘ TRƯỞNG BỘ Y TẾ Căn cứ …". Cut at the motto, the number, the
 * place and date, the type heading, the enacting authority and the first "Căn cứ", each part a
 * line of its own with the line's number, as the header reads when the lines are kept.
 */
function unflatten(l: Line): Line[] {
  if (!flatHeader(l.plain)) return [l];
  const text = l.plain.replace(/^\s*\d{1,3}\.\s+(?=\p{Lu}{2})/u, '');
  const cuts = new Set<number>();
  for (const re of FLAT_CUTS) for (const c of matchesOf(re, text)) if (c.index > 0) cuts.add(c.index + (c[1]?.length ?? 0));
  const at = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  return at.slice(1).map((end, k) => text.slice(at[k], end).trim()).filter((t) => t !== '').map((t) => ({ ...l, raw: t, plain: t }));
}
const FLAT_WITHIN = 30;
/** The motto, its "XÃ" as a PDF's text may garble it ("XàHỘI"). */
const MOTTO = /CỘNG\s*H(?:ÒA|OÀ)\s*X\S{0,2}\s*HỘI\s*CHỦ\s*NGHĨA\s*VIỆT\s*NAM/u;
/** Whether a line holds the motto; the plain search first, as most lines do not. */
const hasMotto = (plain: string) => plain.includes('CỘNG') && MOTTO.test(plain);
/** The motto after something else on its line: a header flattened into one line. */
const flatHeader = (plain: string) => {
  const m = plain.includes('CỘNG') ? MOTTO.exec(plain) : null;
  return m !== null && plain.slice(0, m.index).trim() !== '';
};
const FLAT_CUTS = [
  /CỘNG\s*H(?:ÒA|OÀ)\s*X/gu,
  /(Hạnh\s*phúc)\s*/gu,
  /Số\s*:\s*\d/gu,
  /(?<=\s)\p{Lu}[\p{L}.]{0,20}(?:\s\p{Lu}[\p{L}.]{0,20}){0,3},\s*ngày\s+\d/gu,
  /(?<=\s)(?:QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ|NGHỊ QUYẾT)\s+\p{Lu}/gu,
  /(?<=\S\s{1,3})(?<!CỦA\s{1,3})(?:BỘ TRƯỞNG|CHỦ TỊCH|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s+\p{Lu}/gu,
  /Căn\s+cứ\s/gu,
];

/**
 * A header a portal's narrow column wrapped after its first word ("ỦY" / "BAN NHÂN DÂN |", "CỘNG" /
 * "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"): the word joins the capitals it belongs to, in place.
 */
function joinWrappedWords(lines: Line[]): void {
  for (let i = 0; i < Math.min(lines.length - 1, WRAPPED_WITHIN); i++) {
    // Past a blank line a copy may have put between them ("ỦY" / (blank) / "BAN NHÂN DÂN |").
    const gap = lines[i + 1]!.plain === '' && i + 2 < lines.length ? 1 : 0;
    const next = lines[i + 1 + gap]!;
    if (!LONE_WORD.test(lines[i]!.plain) || !isUpper(next.plain.replace(/[|]/g, ''))) continue;
    const raw = `${lines[i]!.raw.trim()} ${next.raw.trim()}`;
    lines.splice(i, 2 + gap, { ...lines[i]!, raw, plain: plainText(raw) });
  }
}
const LONE_WORD = /^\p{Lu}{1,4}$/u;
const WRAPPED_WITHIN = 60;

/** A portal's text may carry its line breaks as the characters "\\r\\n": blanks, for reading. */
function withoutLiteralBreaks(l: Line): Line {
  if (!l.raw.includes('\\r\\n')) return l;
  const raw = l.raw.replaceAll('\\r\\n', ' ');
  return { ...l, raw, plain: plainText(raw) };
}

/** A letter's subject under its number: "V/v định hướng …" → "Về việc định hướng …". */
function letterSubject(header: Line[], top: number): Subject | null {
  const v = header.map((l) => /^V\/v\s+(.+)$/u.exec(l.plain)?.[1]).find(Boolean);
  return v ? { text: `Về việc ${v}`, last: top } : null;
}

/** A letter has no type heading but an addressee ("Kính gửi:") above its text. */
// "Kính gửi:" opens a letter's address, on one line or broken by the portal ("Kính" / "gửi: …").
const officialLetter = (lines: Line[]) => /(?:^|\n)Kính\s+gửi\s*:/u.test(lines.slice(0, headingWithin(lines)).map((l) => l.plain).join('\n'));

/** Without a heading: the last header line before the body's first sentence (or part heading). */
function lastHeaderLine(lines: Line[]): number {
  // The body starts after the header's first line: a portal's preface above it ("Để sử dụng …") is not the body.
  const head = lines.slice(0, headingWithin(lines));
  const first = head.findIndex((l) => l.plain !== '' && headerLine(l.plain));
  const body = first < 0 ? -1 : head.findIndex((l, i) => i > first && ((BODY_OPENER.test(l.plain) && !/^Số/u.test(l.plain)) || romanHeading(l.plain) !== null));
  if (body < 0) return headerEnd(lines, Math.max(first, 0)) - 1;
  let last = body - 1;
  // A blank line is no header line to stop at: the title above the body may be followed by one.
  while (last >= 0 && (lines[last]!.plain === '' || (!headerLine(lines[last]!.plain) && !bannerField(lines[last]!.plain)))) last--;
  return last;
}

/** What the editors' frontmatter gives: used as is, and never reported missing. */
export type Given = Partial<Metadata>;

/**
 * An item of a portal's list of related documents, its number glued to the type ("- 1Quyết định
 * 1327/QĐ-BYT năm 2014 … do Bộ trưởng Bộ Y tế ban hành"): another document, whose issuer, title and
 * year are not this one's.
 */
const RELATED_ITEM = /^-\s*\d{1,3}\s*(?:Quyết định|Thông tư|Nghị định|Nghị quyết|Công văn|Kế hoạch|Chỉ thị|Luật|Hướng dẫn|Thông báo|Công điện|Văn bản|Pháp lệnh|Chương trình|Đề án)\s+\d/u;
const isRelatedItem = (plain: string) => plain.startsWith('-') && RELATED_ITEM.test(plain);

export function extractMetadata(doc: Doc, regions: Region[], given: Given = {}, file = '(source)'): Metadata {
  const kept = doc.lines.filter((l) => !isRelatedItem(l.plain));
  const lines = kept.slice(0, FLAT_WITHIN).some((l) => flatHeader(l.plain)) ? kept.flatMap((l, i) => (i < FLAT_WITHIN ? unflatten(withoutLiteralBreaks(l)) : [withoutLiteralBreaks(l)])) : kept.map(withoutLiteralBreaks);
  joinWrappedWords(lines);
  const heading = findHeading(lines);
  // Without a type heading the subject follows the header's last line (number, date, banner).
  const top = heading?.index ?? lastHeaderLine(lines);
  const header = lines.slice(0, heading ? heading.index : top + 1);
  const banner = bannerOf(lines.slice(0, headingWithin(lines)));
  const own = numberLine(header);
  const related = kept.length < doc.lines.length ? doc.lines.find((l) => isRelatedItem(l.plain)) : undefined;
  if (related && !heading && !own && !banner.number && !given.jurisdiction) {
    throw new ConvertError(
      file,
      related.n,
      'the text is a portal\'s list of related documents ("- 1Quyết định …"), with no header, number or title of the document itself',
      'Copy the document\'s own text, from its header ("ỦY BAN NHÂN DÂN …", "Số: …") on; the portal shows it below or in another tab',
    );
  }
  // A plan that a decision issues ("Ban hành kèm theo Quyết định số … ngày … của …") under its title.
  const attached = attachedTo(lines.slice(heading?.index ?? top, (heading?.index ?? top) + ATTACHED_WITHIN));
  const number = given.number !== undefined ? given.number : (ownOrBanner(numberOf(own), banner.number, heading?.docType) ?? attached?.number ?? null);
  const codes = OWN_CODES.exec(own ?? '') ?? OWN_CODES.exec(`Số: ${banner.number ?? ''}`);
  const docType = given.docType ?? heading?.docType ?? banner.docType ?? CODES[codes?.[1] ?? ''] ?? (officialLetter(lines) ? 'official_letter' : 'other');
  const subject = subjectOf(lines, top, heading?.rest ?? '', doc.width) ?? (heading ? null : articleSubject(lines, top, doc.width));
  const preamble = preambleOf(lines, subject?.last ?? top);
  // With the date's year where the page broke it off ("… ngày 09 tháng 01 năm" / "2015").
  const yearAfter = /n[ăa]m$/u.test(header.at(-1)?.plain ?? '') && /^\d{4}$/u.test(lines[header.length]?.plain ?? '') ? ` ${lines[header.length]!.plain}` : '';
  const placeDate = header.map((l) => l.plain).join(' ') + yearAfter;
  const issued = given.issued !== undefined ? given.issued : (issuedOf(placeDate) ?? banner.issued ?? attached?.issued ?? null);
  // A text with no title names what it issues in its opening sentence or its Article 1.
  const issues = subject ? null : issuedPlanOf(sentencesFrom(lines, top, ISSUES_WITHIN, doc.width));
  const period = given.period !== undefined ? given.period : periodOf(lines, subject?.text ?? issues ?? '', issued ? Number(issued.slice(0, 4)) : null);
  // Failing a sentence that names it, the organ code of the number names the issuer.
  const organ = ORGANS[codes?.[2] ?? ''];
  const authority = headerAuthority(header);
  const found = issuingBodyOf(preamble, authority, regions, doc.width);
  const issuing = given.issuer
    ? withLevel(given.issuer)
    : (found ?? (attached?.by && !authority ? withLevel(attached.by) : null) ?? bannerBody(banner) ?? (organ ? { text: organ, levelWord: null } : null));

  const jur =
    given.jurisdiction ??
    jurisdictionOf(
      {
        issuing,
        organ: [authority ?? '', banner.place ?? ''],
        place: placeOf(header),
        context: [subject?.text ?? '', ...preamble.slice(0, PREAMBLE_LINES).map((l) => l.plain)],
        date: dateForPlaces(issued, period),
      },
      regions,
      file,
      lines[heading?.index ?? 0]?.n ?? null,
    );
  const region = regionById(regions).get(jur.region);

  return {
    title: given.title ?? (issues ? capitalize(issues) : titleOf(heading, (heading || !subject || !bodyLike(subject.text) ? subject : null) ?? letterSubject(header, top), docType, regions, number)),
    docType,
    number,
    issued,
    issuer: given.issuer ?? issuerOf(issuing, jur, region, file),
    signer: given.signer !== undefined ? given.signer : (signerOf(lines) ?? banner.signer),
    jurisdiction: jur,
    period,
  };
}

/**
 * The date that decides which units a name means: the issue date, else the year the plan's
 * period starts when that is not the reform's year (a plan is issued near its start).
 */
function dateForPlaces(issued: string | null, period: Period | null): string | null {
  if (issued) return issued;
  return period && period.start !== +REFORM.slice(0, 4) ? String(period.start) : null;
}

/**
 * The plan a text without a title issues, from the sentence that issues it: "UBND tỉnh ban hành
 * Kế hoạch … giai đoạn 2018 - 2020 như sau:", "… UBND tỉnh xây dựng Kế hoạch hành động … cụ thể
 * như sau:", "Điều 1. Ban hành Kế hoạch … đến năm 2015 (sau đây viết tắt là Kế hoạch) với những
 * nội dung sau:". The plans it cites ("Thực hiện Kế hoạch số …") are no such sentence, nor is
 * one that gives no name ("ban hành Kế hoạch triển khai thực hiện với các nội dung như sau").
 */
const ISSUES_PLAN = /(?:^|[^\p{L}])(?:[Bb]an hành|[Xx]ây dựng)\s+(?:kèm theo\s+(?:Quyết định này\s+)?)?(Kế hoạch(?!\s+số)\s[^;]{10,400}?)(?:,?\s*(?:cụ thể\s+)?như sau|\s*\((?:sau đây|Kế hoạch\))|,?\s+với\s+(?:những|các)\s+nội dung)/u;
const ISSUES_WITHIN = 20;

/**
 * The first `count` sentences from line `from`, each joined over the lines the portal broke it
 * into: a preamble counts the same however narrow its lines are.
 */
function sentencesFrom(lines: Line[], from: number, count: number, width: number | null): Line[] {
  return logicalLines(lines.slice(from, from + count * SENTENCE_LINES), width).slice(0, count);
}
/** Lines a sentence may run over, as a bound on how far to read. */
const SENTENCE_LINES = 4;

function issuedPlanOf(lines: Line[]): string | null {
  for (const l of lines) {
    const name = l.plain.includes('Kế hoạch') ? ISSUES_PLAN.exec(l.plain)?.[1]!.trim() : undefined;
    // "ban hành Kế hoạch triển khai thực hiện với các nội dung như sau": no name to read.
    if (name && name.split(/\s+/).length >= NAMED_PLAN_WORDS) return name;
  }
  return null;
}
const NAMED_PLAN_WORDS = 8;

/** How many lines of the preamble may name the place: its first sentences, not the plan's body. */
const PREAMBLE_LINES = 8;

// ---------------------------------------------------------------------------------------
// The portal's banner: "Số hiệu: 182/KH-UBND Loại văn bản: Kế hoạch Nơi ban hành: Tỉnh Ninh
// Thuận Người ký: … Ngày ban hành: 12/01/2022", on one line or one field a line, colons or not.

const BANNER_FIELDS = ['Số hiệu', 'Loại văn bản', 'Nơi ban hành', 'Cơ quan ban hành', 'Người ký', 'Ngày ban hành', 'Ngày có hiệu lực', 'Ngày hiệu lực', 'Ngày hết hiệu lực', 'Lĩnh vực', 'Tình trạng', 'Ngày công báo', 'Số công báo', 'Tình trạng hiệu lực'];
// A field may follow the last one's value with no blank ("… TP. Hà NộiSố công báo: …"): a capital after a small letter.
const BANNER_FIELD = new RegExp(`(?:(?<![\\p{L}])|(?<=\\p{Ll}))(${BANNER_FIELDS.join('|')})(?![\\p{L}])\\s*:?`, 'gu');
const bannerFirst = /^(?:Ngày công báo|Ngày hết hiệu lực|Ngày hiệu lực|Tình trạng hiệu lực|Số hiệu|Loại văn bản|Nơi ban hành|Cơ quan ban hành|Người ký|Ngày ban hành|Ngày có hiệu lực|Lĩnh vực|Tình trạng)(?!\p{L})/u;
// The banner may also follow the page's title on its line ("Kế hoạch 309/KH-UBND năm 2018 … Số hiệu: 309/KH-UBND Loại văn bản: …").
const bannerField = (plain: string) => bannerFirst.test(plain) || (plain.includes('Số hiệu') && matchesOf(BANNER_FIELD, plain).filter((m) => m[0].endsWith(':')).length >= 2);

interface Banner {
  number: string | null;
  /** "Người ký: Nguyễn Long Biên", when it is a person's name. */
  signer: string | null;
  docType: DocType | null;
  place: string | null;
  issued: string | null;
}

/** The banner's issuer when it names a body, not a place ("Cơ quan ban hành: Tổng cục Dân số - Kế hoạch hóa gia đình"). */
function bannerBody(banner: Banner): Issuing | null {
  return banner.place && BANNER_BODY.test(banner.place) ? withLevel(banner.place) : null;
}
const BANNER_BODY = /^(?:Thủ tướng|Chính phủ|Bộ|Tổng cục|Cục|Vụ|Sở|Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Văn phòng|Trung tâm)(?!\p{L})/u;

const BANNER_NUMBER = new RegExp(`^(${NUMBER})`, 'u');

function bannerOf(lines: Line[]): Banner {
  const fields = new Map<string, string>();
  for (const l of lines) {
    if (!bannerField(l.plain)) continue;
    const marks = matchesOf(BANNER_FIELD, l.plain);
    marks.forEach((m, i) => {
      const value = l.plain.slice(m.index + m[0].length, marks[i + 1]?.index ?? l.plain.length).split('|').map((v) => v.trim()).filter(Boolean).join(' ');
      if (!fields.has(m[1]!) && value) fields.set(m[1]!, value);
    });
  }
  const num = BANNER_NUMBER.exec(fields.get('Số hiệu') ?? '');
  const type = (fields.get('Loại văn bản') ?? '').toUpperCase();
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(fields.get('Ngày ban hành') ?? '');
  return {
    number: num ? normalizeNumber(num[1]!) : null,
    signer: isPersonalName(fields.get('Người ký') ?? '') ? fields.get('Người ký')! : null,
    docType: HEADINGS.find(([w]) => w === type)?.[1] ?? null,
    place: fields.get('Nơi ban hành') ?? fields.get('Cơ quan ban hành') ?? null,
    issued: date ? parseDate(`ngày ${date[1]}/${date[2]}/${date[3]}`) : null,
  };
}

// ---------------------------------------------------------------------------------------
// Number and date

const OWN_NUMBER = new RegExp(String.raw`^Số\s*:?\s*(${NUMBER})`, 'u');
/** The codes in the number line, even when the number is blank: "Số: /KH-UBND" → KH, UBND. */
const OWN_CODES = /^Số\s*:?[^/]*(?:\/\s*\d{4})?\/\s*(\p{Lu}+)\s*-\s*(\p{Lu}+)/u;

/**
 * The number line of the header ("Số: 06/CT-UBND"), as one line where the portal broke it
 * ("Số:" / "182/KH-UBND", "Số: 182/KH-" / "UBND"), blanks around "/" and "-" removed.
 */
/** The number's word opening a cell, in any case; never a page's "Số hiệu", "Số trang: 16" or "Số lượt xem". */
const NUMBER_WORD = /^(?:Số|SỐ|số)(?!\s*(?:hiệu|HIỆU))(?!\p{L})(?!\s+\p{L})/u;

function numberLine(header: Line[]): string | null {
  // At the start of a cell, or after the motto where the cells ran together ("… Hạnh phúc Số: 01/CT-BYT").
  const cellOf = (l: Line) =>
    // Never a page's "Số trang: 16" or "Số lượt xem".
    l.plain.split('|').map((c) => c.trim()).find((c) => NUMBER_WORD.test(c)) ??
    // Or glued to a rule or a drawing's label ("——-Số: 6193/QĐ-BYT", "straight connector 2Số: 1551 /UBND-VX").
    /(?<=[\s\-—–_=*\d])(?:Số|SỐ)\s*:\s*\d.*$/u.exec(l.plain.slice(0, 300))?.[0];
  for (let i = 0; i < header.length; i++) {
    const cell = cellOf(header[i]!);
    if (cell === undefined) continue;
    // "SỐ: 12/KH-UBND" in a header in capitals, "số:" as some type it: the word as the readers expect it.
    let text = `Số${cell.slice(2)}`;
    for (let j = i + 1; j < header.length && j <= i + 3 && /[:/-]$/u.test(text); j++) {
      const next = header[j]!.plain.split('|')[0]!.trim();
      if (next && !/ngày|tháng/u.test(next)) text += ` ${next}`;
    }
    // A number is short: its first 100 characters hold it (and keep the regexes linear on a huge line).
    return text.slice(0, 100).replace(/\s*([/-])\s*/gu, '$1');
  }
  return null;
}

/** "Số: 06/CT-UBND" above the heading; null when blank ("Số: /QĐ-UBND") or absent. */
function numberOf(line: string | null): string | null {
  const m = line ? OWN_NUMBER.exec(line) : null;
  return m ? normalizeNumber(m[1]!) : null;
}

/** The type a number's code names: "09/QĐ-UBND" → decision. */
function typeOfNumber(number: string): DocType | undefined {
  return CODES[/\/(\p{Lu}+)-/u.exec(number)?.[1] ?? ''];
}

/**
 * The header's own number, else the banner's. Where the two differ only in a type code that
 * the header gets wrong for the type heading ("Số: 09/QĐ-UBND" over "KẾ HOẠCH", with the
 * portal's "Số hiệu: 09/KH-UBND"), the banner's agrees with the document and is taken.
 */
function ownOrBanner(own: string | null, banner: string | null, heading: DocType | undefined): string | null {
  if (own && banner && heading && own !== banner && own.split('/')[0] === banner.split('/')[0]) {
    if (typeOfNumber(own) !== heading && typeOfNumber(banner) === heading) return banner;
  }
  return own ?? banner;
}

/**
 * The date in "Bắc Kạn, ngày 09 tháng 8 năm 2024" above the heading, at the precision given:
 * a draft leaves the day blank ("ngày   tháng 8 năm 2021" → "2021-08"). Dates in the body
 * (a Tờ trình, cited documents) are never the issue date.
 */
function issuedOf(placeDate: string): string | null {
  // "Hà Nội, ngày …"; a scan's text layer may drop the comma: "Hà nội ngày 09 thang 01 nam 2015".
  const m = /(?:^|,)\s*(ngày\b.*)$/u.exec(placeDate) ?? /(?:^|\s)(ng[àa]y\s+\d.*)$/u.exec(placeDate);
  if (!m) return null;
  const text = m[1]!;
  const date = parseDate(text);
  if (date) return date;
  const slash = /^ngày\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(text); // "ngày /4/2024"
  if (slash && +slash[1]! >= 1 && +slash[1]! <= 12) return `${slash[2]}-${slash[1]!.padStart(2, '0')}`;
  const year = /^ngày\D*năm\s+(\d{4})/u.exec(text);
  return year ? year[1]! : null;
}

/**
 * "TP. Bắc Kạn, ngày …" → "TP. Bắc Kạn", from the table cell or line that holds the date; with
 * the line above when the portal broke the name ("Thừa" / "Thiên Huế, ngày …").
 */
function placeOf(header: Line[]): string {
  let before = '';
  // Line by line: the lines under the place line are never cut into cells.
  for (const l of header) {
    for (const cell of cellsOf(l.raw)) {
      const m = /^([^,]*),\s*ngày(?!\p{L})/u.exec(cell);
      if (m) return /^\p{Lu}[\p{L}\s]{0,20}$/u.test(before) && !/^(?:Số|CỘNG|ĐỘC)/u.test(before) ? `${before} ${m[1]!}` : m[1]!;
      if (cell) before = cell;
    }
  }
  return '';
}

/** The cells of a line laid out as a table row (tabs, or wide runs of blanks), as plain text. */
// A header row has a few cells: the first ones are read, however many a junk line has.
// An indented line's blanks before its first cell are no gap between cells.
const cellsOf = (raw: string) => raw.trimStart().split(CELL_GAP, MAX_CELLS).map(plainText);
/** The first cell that is not the motto's ("CỘNG HÒA XÃ HỘI …", "Độc lập - …"): the organ's, wherever the portal put it. */
function organCell(raw: string): string {
  const first = firstCell(raw);
  if (!MOTTO_CELL.test(first) || !raw.includes('|')) return first;
  return cellsOf(raw).find((c) => c !== '' && !MOTTO_CELL.test(c)) ?? first;
}
const MOTTO_CELL = /^(?:CỘNG HÒA|CỘNG HOÀ|Độc lập\s*[-–—]|ĐỘC LẬP)/u;
/** The first cell alone, the others not made plain. */
const firstCell = (raw: string) => plainText(beforeFirst(CELL_GAP, raw.trimStart()));
const CELL_GAP = /\t| {2,}|\|/;
const MAX_CELLS = 8;

// ---------------------------------------------------------------------------------------
// Subject and title

interface Subject {
  text: string;
  /** Index in doc.lines of the last subject line. */
  last: number;
}

/** Sentences that open the body, so are not part of the subject under the heading. */
// Also after a list's mark ("- Căn cứ Luật …"), and an article in capitals ("ĐIỀU 1.").
const BODY_OPENER = /^(?:[-+•]\s*)?(?:Căn cứ|Thực hiện|Trên cơ sở|Theo|Xét|Nhằm|Trong|Để|Kính gửi|Số\s*:|(?:Điều|ĐIỀU|Chương|Phần|Mục)\s+(?:\d+|[IVXL]+|thứ)(?![\p{L}\d]))/u;

/**
 * A decision whose heading and subject the portal dropped ("ỦY BAN NHÂN DÂN TỈNH / Căn cứ … /
 * QUYẾT ĐỊNH: / Điều 1. Ban hành kèm theo Quyết định này Kế hoạch …"): its first article, when
 * the text goes on after it (an excerpt cut inside it names nothing whole).
 */
/** Lines a sentence that opens like a subject is read over, to tell it from the body's first. */
const SUBJECT_SENTENCE_LINES = 12;
/** How many lines a first article may run over, as the portal broke it. */
const ARTICLE_LINES = 6;

function articleSubject(lines: Line[], top: number, width: number | null): Subject | null {
  // The article read as one sentence, wherever the portal broke it ("… giai đoạn 2016 -" / "2020 …").
  for (const l of sentencesFrom(lines, top + 1, ISSUES_WITHIN, width)) {
    const m = FIRST_ARTICLE.test(l.plain) ? ARTICLE_ONE.exec(l.plain) : null;
    if (m) return { text: articleText(m), last: lines.findLastIndex((x) => x.n === (l.last ?? l.n)) };
  }
  return null;
}

const PART_HEADING = /^(?:TÌNH HÌNH|ĐẶC ĐIỂM|SỰ CẦN THIẾT|CĂN CỨ|MỤC TIÊU|MỤC ĐÍCH|KẾT QUẢ|THỰC TRẠNG|QUAN ĐIỂM|NHIỆM VỤ|GIẢI PHÁP|TỔ CHỨC THỰC HIỆN|KINH PHÍ|PHẦN\s+(?:[IVX]+|THỨ|MỘT|I)(?!\p{L}))(?!\p{L})/u;

/**
 * What a first article issues or approves, worded as a subject line is ("về việc phê duyệt Kế
 * hoạch …"), so that the title is the plan's own, as it is under such a line.
 */
const articleText = (m: RegExpExecArray) => `về việc ${m[1]!.toLowerCase().startsWith('phê') ? 'phê duyệt' : 'ban hành'} ${(m[2] ?? m[3]!).replace(/[\s,;]+$/u, '')}`;

/** "Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch …”", "Điều 1. Phê duyệt Kế hoạch … như sau:". */
/** "Điều 1", in any case ("ĐIỀU 1"). */
const FIRST_ARTICLE = /^(?:Điều|ĐIỀU)\s+1(?!\d)/u;
// "Điều 1." or "Điều 1:", and as older decisions write it, "Điều 1 -".
const ARTICLE_ONE = /^Điều\s+1\s*[.:\-–]\s*(ban hành kèm theo (?:quyết định|nghị quyết) này|phê duyệt|ban hành)\s+(?:["“]((?:kế hoạch|chương trình|đề án|chiến lược)(?!\p{L})[^"“”]{3,300})["”]|((?:kế hoạch|chương trình|đề án|chiến lược)(?!\p{L})(?:[^:;(]|\((?=\s*(?:19|20)\d\d)){3,300}?)\s*(?:[.;:]|\((?!\s*(?:19|20)\d\d)|\svới\s|\snhư sau|$))/iu;

/**
 * A line right under the heading that opens like the body ("Thực hiện …") but is the subject:
 * "KẾ HOẠCH / Thực hiện công tác chăm sóc sức khỏe bà mẹ, trẻ em năm 2024". The body's
 * sentence names who issues what ("…, UBND huyện ban hành Kế hoạch …") or runs on to "như sau".
 */
const subjectLike = (plain: string) => /^Thực hiện\s/u.test(plain) && plain.length <= 400 && !/như sau/iu.test(plain) && issuingClause(plain, true) === null;

/**
 * The subject lines under the heading: one paragraph, in the style it starts in (capitals,
 * bold, or a Markdown heading), up to a blank line or the first sentence of the body.
 */
/** A line of years alone, which a title in capitals wrapped onto ("… GIAI ĐOẠN" / "2020 - 2025”"). */
const YEARS_ONLY = /^[\s\-–—"“”()/,.]*(?:19|20)\d\d(?:[\s\-–—"“”()/,.]*(?:19|20)\d\d)?[\s\-–—"“”()/,.]*$/u;

/** Words a title cannot end on: what follows them belongs to it. */
const TITLE_OPEN_END = /(?<!\p{L})(?:của|thuộc|trực thuộc|và|với|cho|về|tại|trên|các)$/iu;
/** Lines a title may run over: a long one in capitals on a narrow page takes six or seven. */
const SUBJECT_LINES = 8;

function subjectOf(lines: Line[], top: number, rest: string, width: number | null): Subject | null {
  const parts: string[] = [];
  let last = top;
  let upper = false;
  let bold = false;
  let typeOnly = false;
  if (rest) {
    // "KẾ HOẠCH HÀNH ĐỘNG" / "Thực hiện …": a word or two after the type word belong to it, not a style.
    const typeWords = isUpper(rest) && rest.split(' ').length <= 2;
    parts.push(typeWords ? rest.toLowerCase() : rest);
    const raw = lines[top]!.raw;
    bold = /\*\*/.test(raw) && !/\*\*\s*$/.test(raw);
    upper = isUpper(rest) && !typeWords;
    typeOnly = typeWords;
  }
  for (let i = top + 1; i < lines.length && parts.length < SUBJECT_LINES; i++) {
    const l = lines[i]!;
    if (l.plain === '') {
      // "KẾ HOẠCH HÀNH ĐỘNG" / (blank) / "THỰC HIỆN …": the subject is still to come. A title in
      // capitals goes on past a blank line into more capitals: a copy puts one between the
      // paragraphs a title was typed as ("THỰC HIỆN …" / (blank) / "GIAI ĐOẠN 2021 - 2030").
      const next = lines.slice(i + 1, i + 3).find((n) => n.plain !== '')?.plain ?? '';
      // Never into the enacting body's lines ("HỘI ĐỒNG NHÂN DÂN TỈNH …" / "KHÓA XVIII, KỲ HỌP THỨ CHÍN"), however a scan spells them.
      // A bold subject goes on to where its bold closes ("KẾ HOẠCH**Triển khai …" / (blank) / "… năm 2024**").
      if (parts.length && !typeOnly && !bold && !(upper && (isUpper(next) || YEARS_ONLY.test(next)) && !ENACTING.test(next))) break;
      continue;
    }
    // A decision with no subject line says what it issues in its first article.
    const sentence = parts.length === 0 && FIRST_ARTICLE.test(l.plain) ? logicalLines(lines.slice(i, i + ARTICLE_LINES), width)[0] : undefined;
    const article = sentence ? ARTICLE_ONE.exec(sentence.plain) : null;
    if (article) {
      parts.push(articleText(article));
      last = lines.findLastIndex((x) => x.n === (sentence!.last ?? sentence!.n));
      break;
    }
    // "Thực hiện …" is the subject only as a whole sentence that issues nothing: read over the lines the portal broke it into.
    if (romanHeading(l.plain) || /:$/.test(l.plain) || ATTACHED_LINE.test(l.plain) || (BODY_OPENER.test(l.plain) && !((parts.length === 0 || typeOnly) && subjectLike(logicalLines(lines.slice(i, i + SUBJECT_SENTENCE_LINES), width)[0]?.plain ?? l.plain)))) break;
    // The enacting body's line ("BỘ TRƯỞNG BỘ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH") opens the preamble.
    // Not a title's line that a narrow page starts with a body's name: "… CỦA THỦ TƯỚNG" / "CHÍNH PHỦ VỀ TĂNG CƯỜNG …",
    // or "… CỦA BAN CHẤP HÀNH" / "ĐẢNG BỘ TỈNH KHÁNH HÒA THỰC HIỆN NGHỊ QUYẾT …", two full lines; the body's own line
    // under a title ("THỦ TƯỚNG CHÍNH PHỦ") is short.
    // Nor one the title so far cannot end before ("… thuộc thẩm quyền giải quyết của" / "SỞ Y TẾ TỈNH HÀ TĨNH").
    if (parts.length && isUpper(l.plain) && AUTHORITY_LINE.test(l.plain) && !/(?<!\p{L})VỀ(?!\p{L})/u.test(l.plain) && !(fillsWidth(lines[i - 1]!.plain, width) && fillsWidth(l.plain, width)) && !TITLE_OPEN_END.test(parts.at(-1)!)) break;
    // Nor is an unnumbered part heading ("TÌNH HÌNH THỰC HIỆN …", "ĐẶC ĐIỂM TÌNH HÌNH") part of it.
    if (parts.length && !typeOnly && isUpper(l.plain) && PART_HEADING.test(l.plain)) break;
    // The subject's first line sets its style, also after type words alone ("KẾ HOẠCH HÀNH ĐỘNG").
    if (parts.length === 0 || typeOnly) {
      upper = isUpper(l.plain);
      bold = /^\s*\*\*/.test(l.raw) && !/\*\*\s*$/.test(l.raw.replace(/^\s*\*\*/, ''));
    } else if (upper && !isUpper(l.plain) && !YEARS_ONLY.test(l.plain)) break;
    else if (!upper && !bold && (isUpper(l.plain) || issuingClause(l.plain, true))) break;
    // Type words and a subject in capitals are one title in capitals (cased later, with its places).
    if (typeOnly && upper) parts[parts.length - 1] = parts.at(-1)!.toUpperCase();
    // The bracket naming the decision that issues the plan may follow the title on its line.
    const attached = ATTACHED_AFTER.exec(l.plain);
    const text = attached ? l.plain.slice(0, attached.index).trimEnd() : l.plain;
    if (text) parts.push(typeOnly && !upper ? lowerFirst(text) : text);
    typeOnly = false;
    last = i;
    if (attached) break;
    // A bold subject ends where the bold closes.
    if (parts.length > 1 && bold && /\*\*\s*$/.test(l.raw)) break;
  }
  if (!parts.length) return null;
  // Trailing ". ; :" cut by a loop: /[.;:]+$/ is quadratic on a long run of dots (a blank field).
  const text = clean(parts.join(' '));
  return { text: text.slice(0, trailingRun(text, { signs: '.;:', words: [], blanks: false })), last };
}

/**
 * Under no heading, the body's first paragraph may follow the header: sentences ("…: Tốc độ …",
 * "… quan trọng. Cơ cấu …") or a paragraph's length are no title.
 */
const bodyLike = (text: string) => text.length > 300 || /[.:;]\s+\p{Lu}/u.test(text);

/** How many lines under the heading may say which decision issues the plan. */
const ATTACHED_WITHIN = 8;
const ATTACHED_LINE = /^\(?\s*(?:được\s+)?ban hành kèm theo(?!\p{L})/iu;
/** The same bracket after the title on its line ("Thực hiện Chiến lược … (Ban hành kèm theo Quyết định …)"). */
const ATTACHED_AFTER = /\(\s*(?:được\s+)?ban hành kèm theo(?!\p{L})/iu;
const ATTACHED = new RegExp(
  String.raw`^\(?\s*(?:được\s+)?ban hành kèm theo\s+(?:quyết định|nghị quyết|chỉ thị|thông tư)\s+(?:số\s*:?\s*)?(\d+[a-z]?\s*(?:\/\s*\d{4})?\s*\/\s*\p{Lu}[\p{L}\d]*(?:\s*-\s*\p{Lu}[\p{L}\d]*)*)` +
    String.raw`(?:\s*,?\s*ngày\s*(\d{1,2})\s*(?:tháng|\/|-|\.)\s*(\d{1,2})\s*(?:năm|\/|-|\.)\s*(\d{4}))?(?:\s*,?\s*của\s+([^)]{3,120}?))?\s*(?:\)|$)`,
  'iu',
);

/** The decision that issues the document, from its "(Ban hành kèm theo Quyết định số … ngày … của …)" line. */
function attachedTo(lines: Line[]): { number: string; issued: string | null; by: string | null } | null {
  const at = lines.findIndex((l) => ATTACHED_LINE.test(l.plain) || ATTACHED_AFTER.test(l.plain));
  if (at < 0) return null;
  const first = lines[at]!.plain;
  const from = ATTACHED_LINE.test(first) ? 0 : ATTACHED_AFTER.exec(first)!.index;
  // The portal may break the parenthesis over lines ("… năm 2022" / "của Bộ trưởng Bộ Y tế)").
  const m = ATTACHED.exec([first.slice(from), ...lines.slice(at + 1, at + 3).map((l) => l.plain)].join(' ').replace(/\).*$/u, ')'));
  if (!m) return null;
  const [, num, d, mo, y, by] = m;
  return { number: normalizeNumber(num!.replace(/\s+/g, '')), issued: y ? parseDate(`ngày ${d} tháng ${mo} năm ${y}`) : null, by: by?.trim() ?? null };
}

/** Doc types a decision approves ("Về việc phê duyệt Kế hoạch …"). */
const APPROVED = /^(?:về việc|v\/v)\s+(?:phê duyệt|ban hành)\s+["“]?((?:kế hoạch|chương trình|đề án|quy chế|quy định|điều lệ|chiến lược)(?!\p{L}).*?)["”]?$/iu;

/**
 * The type word and the subject in sentence case; for a decision that approves an attached
 * plan, the plan's title.
 */
function titleOf(h: Heading | null, subject: Subject | null, docType: DocType, regions: Region[], number: string | null): string {
  const word = h ? capitalize(h.word.toLowerCase()) : null;
  if (!subject) {
    // No subject to read (a portal's excerpt): the type and number, "Kế hoạch 54/KH-UBND".
    const type = word ?? typeWord(docType) ?? 'Văn bản';
    return number ? `${type} ${number}` : type;
  }
  const text = isUpper(subject.text) ? properNames(lowerWords(subject.text), regions) : subject.text;
  const approved = docType === 'decision' ? APPROVED.exec(text) : null;
  if (approved) return capitalize(approved[1]!.trim());
  if (word) return `${word} ${lowerFirst(text)}`;
  // A portal that dropped the heading keeps the subject ("HÀNH ĐỘNG CỦA THÀNH PHỐ …" under
  // 74/KH-UBND): the type the number gives names it.
  const type = NAMED_TYPES.has(docType) ? typeWord(docType) : null;
  return type && !TYPE_WORD.test(text) && !/^(?:về|v\/v)(?!\p{L})/iu.test(text) ? `${type} ${lowerFirst(text)}` : capitalize(text);
}

/** The type word of a type as running text writes it: "Kế hoạch", "Quyết định". */
const typeWord = (docType: DocType) => {
  const word = HEADINGS.find(([, t]) => t === docType)?.[0];
  return word ? capitalize(word.toLowerCase()) : null;
};
/** The types whose word names a subject left without its heading. */
const NAMED_TYPES = new Set<DocType>(['plan', 'decision', 'directive', 'resolution']);
const TYPE_WORD = /^(?:kế hoạch|quyết định|ch[ỉí] thị|nghị quyết|chương trình|đề án|chiến lược|công văn|thông báo|báo cáo|hướng dẫn)(?!\p{L})/iu;

/** Lower case, but document numbers as written ("CHỈ THỊ SỐ 46/CT-TTG" → "chỉ thị số 46/CT-TTG"). */
// Without a "/" there is no number to keep, and the whole lowers as its words do (but for a Greek
// capital sigma, whose small form depends on the characters around it).
const lowerWords = (s: string) =>
  s.includes('/') || s.includes('Σ') ? s.replace(/\S+/gu, (w) => (/\d/.test(w) && w.includes('/') ? w : w.toLowerCase())) : s.toLowerCase();

/**
 * Put back the capitals of place names and of the national bodies in a lower-cased line ("tỉnh
 * vĩnh phúc" → "tỉnh Vĩnh Phúc", "thủ tướng chính phủ" → "Thủ tướng Chính phủ"), and the small
 * letter of "TTg" in a number.
 */
const properNames = (lower: string, regions: Region[]) =>
  capitalizePlaces(lower, regions)
    .replace(NATIONAL_BODIES, (b) => NATIONAL_NAMES[b]!)
    .replace(/-TTG(?![\p{L}])/gu, '-TTg');
const NATIONAL_NAMES: Record<string, string> = {
  'thủ tướng chính phủ': 'Thủ tướng Chính phủ',
  'chính phủ': 'Chính phủ',
  'quốc hội': 'Quốc hội',
  'bộ y tế': 'Bộ Y tế',
  'ban chấp hành trung ương': 'Ban Chấp hành Trung ương',
  'bộ chính trị': 'Bộ Chính trị',
  'việt nam': 'Việt Nam',
};
const NATIONAL_BODIES = new RegExp(`(?<![\\p{L}])(?:${Object.keys(NATIONAL_NAMES).join('|')})(?![\\p{L}])`, 'gu');

// ---------------------------------------------------------------------------------------
// Issuer and jurisdiction

/** Lines between the subject and the first part of the plan: where the issuer speaks. */
function preambleOf(lines: Line[], after: number): Line[] {
  const out: Line[] = [];
  for (let i = after + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (romanHeading(l.plain) || FIRST_ARTICLE.test(l.plain)) break;
    out.push(l);
  }
  return out;
}

interface Issuing {
  /** As written: "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", "UBND huyện", "Sở Y tế Bắc Giang". */
  text: string;
  /** The level word the phrase ends on without a name ("UBND tỉnh" → "tỉnh"). */
  levelWord: string | null;
}

const BODY = String.raw`(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Sở|Bộ|Ban|Trung tâm|Phòng)`;
const BODY_START = new RegExp(`(?<![\\p{L}])${BODY}(?![\\p{L}])`, 'gu');
// A health centre, hospital, population office or commune health station issues plans of its own too.
const AUTHORITY_START = /^(?:CHỦ TỊCH\s+)?(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|SỞ|BỘ|THỦ TƯỚNG|CHÍNH PHỦ|TỔNG CỤC|CHI CỤC|TRUNG TÂM Y TẾ|BỆNH VIỆN|TRẠM Y TẾ|PHÒNG Y TẾ|BAN CHỈ ĐẠO|ĐẢNG BỘ|(?:TỈNH|THÀNH|HUYỆN|THỊ|QUẬN|ĐẢNG) ỦY|(?:TỈNH|THÀNH|HUYỆN|THỊ|QUẬN|ĐẢNG) UỶ)(?!\p{L})/u;
const AUTHORITY_LINE = new RegExp(`${AUTHORITY_START.source}\\s+\\S`, 'u');
/** The enacting body's line under a title: its name (also as a scan garbles it, "HỘI ĐNG") or a council's session. */
const ENACTING = new RegExp(`${AUTHORITY_LINE.source}|^HỘI\\s+Đ\\S{0,2}NG\\s+NHÂN|(?<!\\p{L})KỲ HỌP(?!\\p{L})`, 'u');
// A ministry's or department's letter that opens its own clause: "…; Bộ Y tế hướng dẫn thực hiện
// kế hoạch … như sau:". Never "… của Bộ Y tế hướng dẫn …", which cites another document.
const GUIDING_BODY = /(?:^|[;:.]\s+)((?:Bộ|Tổng cục|Cục|Vụ)\s+\p{Lu}[\p{L} -]{1,60}?)\s+hướng dẫn(?!\p{L})/u;
const ISSUING_VERB = /\s(?:ban hành|xây dựng|yêu cầu|chỉ thị|quyết định)(?=\s|:|$)/gu;
const LEVEL_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];
/** An organ's name that names its unit: "UBND tỉnh An Giang", "Sở Y tế thành phố Hà Nội". */
const UNIT_NAMED = new RegExp(`(?<![\\p{L}])(?:${[...LEVEL_WORDS, 'đặc khu'].join('|')})\\s+\\p{Lu}`, 'u');

/**
 * The body that issues the document: a line in capitals naming it before the enacting words
 * ("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN" / "QUYẾT ĐỊNH:"), else the organ block at the top left
 * (`top`, headerAuthority's) where it names its unit or is a national body, else the subject of
 * the sentence that issues it ("…, Sở Y tế Bắc Giang xây dựng Kế hoạch …", "UBND tỉnh ban hành
 * Kế hoạch …"), else the organ block as it stands ("ỦY BAN NHÂN DÂN" / "HUYỆN LẠNG GIANG").
 */
function issuingBodyOf(preamble: Line[], top: string | null, regions: Region[], width: number | null): Issuing | null {
  const line = preamble.find((l) => isUpper(l.plain) && AUTHORITY_LINE.test(l.plain));
  if (line) return withLevel(fromCapitals(line.plain, regions));
  // The organ block names the issuer as the document sets it; a sentence may name it loosely
  // ("Chủ tịch Ủy ban nhân dân thành phố ban hành …") or name another body ("… của Bộ trưởng Bộ
  // Y tế ban hành Bộ tiêu chí …"). A block that names no place gives way to the sentence.
  const organ = top ? withLevel(fromCapitals(issuingOrgan(top), regions)) : null;
  if (organ && (UNIT_NAMED.test(organ.text) || NATIONAL_BODY.test(organ.text.toLowerCase()))) return organ;
  // Sentences, not lines: the portal may break one between the body and its verb ("Bộ Y tế" / "hướng dẫn …").
  for (const l of logicalLines(preamble, width)) {
    // The guiding body's verb first, by a plain search: the pattern would be tried at every mark.
    const text = issuingClause(l.plain) ?? (l.plain.includes('hướng dẫn') ? GUIDING_BODY.exec(l.plain)?.[1] : undefined);
    if (text) return withLevel(text);
  }
  return organ;
}

/**
 * Where an organ's name starts in a header block (not the "BAN" of "ỦY BAN", nor the "CỤC" of
 * "CHI CỤC"); "PHÒNG" and "BAN" only before a name of their own, not ending a place's name
 * ("THÀNH PHỐ HẢI PHÒNG").
 */
const ORGAN_NAME = /(?<![\p{L}])(?<!(?:ỦY|UỶ|UBND)\s+)(?<!(?:CHI|TỔNG)\s+)(?<!CÁN\s+)(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND|ĐẢNG BỘ|(?:BAN THƯỜNG VỤ\s+|BAN CHẤP HÀNH\s+)?(?:TỈNH|THÀNH|HUYỆN|THỊ|QUẬN|ĐẢNG) (?:ỦY|UỶ)|BỘ|SỞ|CHI CỤC|TỔNG CỤC|CỤC|TRUNG TÂM|(?:PHÒNG|BAN)(?![\p{L}])(?=\s+\p{Lu})(?!\s+(?:ỦY|UỶ|UBND|SỞ|BỘ)(?!\p{L}))|BỆNH VIỆN|TRẠM Y TẾ)(?![\p{L}])/gu;
/** A place's type word in capitals: where the place an organ names starts. */
const PLACE_TYPE = /(?<![\p{L}])(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)(?![\p{L}])(?!\s+(?:ỦY|UỶ)(?!\p{L}))/u;

/**
 * The organ that issues, from a header block that names its superior first: "UBND TỈNH BẮC
 * GIANG / SỞ Y TẾ" → "SỞ Y TẾ TỈNH BẮC GIANG", "UBND HUYỆN YÊN THẾ / UBND XÃ TÂN HIỆP" → "UBND XÃ
 * TÂN HIỆP". The last organ issues; where it names no place, its superior's place is its own.
 */
function issuingOrgan(block: string): string {
  const starts = matchesOf(ORGAN_NAME, block).map((m) => m.index).filter((at, i) => i === 0 || at > 0);
  if (starts.length < 2 || starts[0] !== 0) return block;
  const last = block.slice(starts.at(-1)!).trim();
  if (PLACE_TYPE.test(last)) return last;
  const superior = block.slice(0, starts.at(-1)!);
  const place = PLACE_TYPE.exec(superior);
  return place ? `${last} ${superior.slice(place.index).trim()}` : last;
}

/** Lower-cased, with place names and a body's own first capital kept: "SỞ Y TẾ" → "Sở Y tế". */
function fromCapitals(text: string, regions: Region[]): string {
  // A body's name keeps its first capital: "BỘ TRƯỞNG BỘ Y TẾ" → "Bộ trưởng Bộ Y tế".
  // A word with no vowel is an abbreviation and keeps its capitals ("KHHGĐ", "DS").
  return properNames(text.replace(/\p{L}+/gu, (w) => (hasVowel(w) ? w.toLowerCase() : w)), regions)
    .replace(/(?<![\p{L}])(ubnd|hđnd)(?![\p{L}])/gu, (w: string) => w.toUpperCase())
    .replace(/(^|\s)(sở|bộ|cục|vụ|tổng cục|chi cục|trung tâm|phòng|trạm)(\s+)(?!trưởng)(\p{Ll})/gu, (_, sp: string, body: string, gap: string, c: string) => sp + capitalize(body) + gap + c.toUpperCase())
    .replace(/(?<![\p{L}])chính phủ(?![\p{L}])/gu, 'Chính phủ')
    .replace(/(?<![\p{L}])ban (thường vụ|chấp hành)(?![\p{L}])/giu, (_, b: string) => `Ban ${capitalize(b.toLowerCase())}`);
}

/** Whether a word holds a vowel, with or without marks (its NFD holds one of "aeiouy"). */
function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    // Half of a pair: the word's own NFD tells.
    if (c >= 0xd800 && c <= 0xdfff) return /[aeiouy]/i.test(w.normalize('NFD'));
    let v = VOWELS[c];
    // Each letter's decomposition is looked at once: a word's NFD is its letters' NFDs, marks reordered.
    if (v === 0) VOWELS[c] = v = /[aeiouy]/i.test(String.fromCharCode(c).normalize('NFD')) ? 1 : 2;
    if (v === 1) return true;
  }
  return false;
}
/** By UTF-16 code unit: 1 where its NFD holds a vowel, 2 where it does not, 0 not yet known. */
const VOWELS = new Uint8Array(0x10000);

/** National motto and number lines, which share the header's first row with the organ. */
// "SỐ: 12/KH-UBND", never the "SỐ VIỆT NAM …" a title in capitals may break before.
const NOT_ORGAN = /^(?:CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|SỐ(?=\s*[:\d/]|\s*$))(?!\p{L})/u;

/**
 * The organ block at the top left, often the first cell of a table row: its lines joined, also
 * where the portal broke a line inside the organ's name ("ỦY" / "BAN NHÂN DÂN" / "TỈNH …").
 */
function headerAuthority(header: Line[]): string | null {
  // Blank lines left out: a copy may put one between the lines of the block ("BỘ Y TẾ" / (blank) / "TỔNG CỤC …").
  // The organ's cell is the first but for the motto's, which a portal may put first ("CỘNG HÒA … | BỘ Y TẾ |").
  const cells = header.map((l) => organCell(l.raw)).filter((c) => c !== '');
  // A block that names no place ("ỦY BAN NHÂN DÂN", its second line lost) gives way to a later one that does.
  let placeless: string | null = null;
  for (let start = 0; start < cells.length; start++) {
    const parts: string[] = [];
    for (const c of cells.slice(start, start + 4)) {
      if (!isUpper(c) || NOT_ORGAN.test(c)) break;
      parts.push(c);
    }
    const text = parts.join(' ');
    if (!AUTHORITY_START.test(text)) continue;
    // The organ, and at most two lines under it ("ỦY BAN NHÂN DÂN" / "HUYỆN LẠNG GIANG").
    const organ = parts.slice(0, parts.findIndex((_, i) => AUTHORITY_START.test(parts.slice(0, i + 1).join(' '))) + 3).join(' ');
    const block = clean(organ.slice(0, trailingRun(organ, { signs: '-–_', words: [], blanks: false })));
    if (PLACE_TYPE.test(block) || /^(?:BỘ|THỦ TƯỚNG|CHÍNH PHỦ)/u.test(block)) return block;
    placeless ??= block;
    start += parts.length - 1;
  }
  return placeless;
}

/**
 * The subject of "<body> ban hành / xây dựng / yêu cầu …" in a sentence, if it has one: the last
 * body name in the clause before the verb (after the last ",;:."), ten words at most, no digit.
 * One pass left to right: cutting and searching each verb's clause anew is quadratic on a line of
 * many verbs. A body name holds no ",;:.", so the sentence's body names that start in a clause are
 * the clause's own.
 * `earlier` counts a body that has issued an earlier document too ("… đã ban hành Kế hoạch số …"),
 * which tells a sentence of the body from a subject but is not the issuer of this one.
 */
/** Right before a body: "của", or "của" and its head ("của Bộ trưởng Bộ Tài chính hướng dẫn xây dựng …"). */
const CITED_BODY_BEFORE = /của\s+(?:(?:Bộ trưởng|Chủ tịch|Thủ trưởng|Giám đốc|Cục trưởng|Tổng cục trưởng|Viện trưởng)\s+)?$/iu;

function issuingClause(sentence: string, earlier = false): string | null {
  const verbs = matchesOf(ISSUING_VERB, sentence);
  // Most sentences have no such verb: their body names are never looked for.
  if (!verbs.length) return null;
  const bodies = matchesOf(BODY_START, sentence).map((m) => m.index);
  let from = 0;
  let scanned = 0;
  let next = 0;
  for (const v of verbs) {
    for (; scanned < v.index; scanned++) if (isClauseMark(sentence.charCodeAt(scanned))) from = scanned + 1;
    while (next < bodies.length && bodies[next]! < v.index) next++;
    const b = bodies[next - 1];
    // "… của Bộ trưởng Bộ Y tế ban hành …" names the body of a cited document, not the subject.
    if (b === undefined || b < from || CITED_BODY_BEFORE.test(sentence.slice(Math.max(0, b - 30), b)) || !atMostWords(sentence, b, v.index, 10)) continue;
    // "UBND tỉnh Ninh Bình đã ban hành Kế hoạch số 107/KH-UBND …": an earlier document, not this one.
    if (!earlier && /(?<!\p{L})đã\s*$/u.test(sentence.slice(Math.max(0, v.index - 8), v.index))) continue;
    const text = clean(sentence.slice(b, v.index));
    if (!/\d/.test(text)) return text;
  }
  return null;
}

/** ",", ";", ":" or ".", by code: a character read as a string would be a new string for most letters. */
const isClauseMark = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2e;

/** True when s[start, end) holds at most `max` words; reads from the end and stops past `max`. */
function atMostWords(s: string, start: number, end: number, max: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = end - 1; i >= start; i--) {
    const blank = /\s/u.test(s[i]!);
    if (!blank && !inWord && ++words > max) return false;
    inWord = !blank;
  }
  return true;
}

function withLevel(text: string): Issuing {
  const lower = text.toLowerCase();
  const levelWord = LEVEL_WORDS.find((w) => lower.endsWith(` ${w}`)) ?? null;
  return { text, levelWord };
}

/** The levels of the place a body's name ends with ("UBND xã Tân Hiệp" → commune), if it names one. */
function ownLevels(text: string): Level[] | null {
  const m = /(?<![\p{L}])(thành phố|tp\.?|thị xã|thị trấn|tỉnh|huyện|quận|xã|phường|đặc khu)\s+\p{Lu}/iu.exec(text);
  return m ? levelsOfWord(m[1]!.toLowerCase().startsWith('tp') ? 'thành phố' : m[1]!) : null;
}

/** National bodies: the Government, the Prime Minister, a ministry and its departments. */
const NATIONAL_BODY = /^(?:(?:thủ tướng\s+)?chính phủ|thủ tướng|văn phòng chính phủ|(?:bộ trưởng\s+)?bộ(?!\s+chỉ huy)|tổng cục|cục|vụ)(?!\p{L})/u;

interface Where {
  issuing: Issuing | null;
  /** The organ block at the top left and the banner's "Nơi ban hành" (or "Cơ quan ban hành"), in that order. */
  organ: string[];
  place: string;
  context: string[];
  date: string | null;
}

/**
 * The jurisdiction of the unit that issued the document (see resolvePlace); the country for a
 * national body. Never a guess: a name that stays ambiguous, or no name at all, is an error
 * that lists the candidates and the frontmatter line that settles it.
 */
function jurisdictionOf(where: Where, regions: Region[], file: string, line: number | null): Jurisdiction {
  const organs = [where.issuing?.text ?? '', ...where.organ].map(clean).filter(Boolean);
  const levels = where.issuing?.levelWord ? levelsOfWord(where.issuing.levelWord) : /^sở(?!\p{L})/iu.test(where.issuing?.text ?? '') ? (['province'] as Level[]) : ownLevels(where.issuing?.text ?? '');
  // A national body (the organ block, else the issuing sentence) that names no local unit.
  const organ = where.organ[0] || where.issuing?.text || where.organ[1] || '';
  const country = regions.find((r) => r.level === 'national');
  if (country && NATIONAL_BODY.test(organ.toLowerCase()) && !mentionsIn(organ, placeIndex(regions), where.date).some((m) => m.levels)) {
    return jurisdictionFor(country, regions);
  }
  const found = resolvePlace({ organ: organs, levels, place: where.place, context: where.context, date: where.date }, regions);
  if (found.kind === 'found') return jurisdictionFor(found.named.region, regions, found.named.name);
  const commune = found.kind === 'none' ? communeReadFromText(where, regions) : null;
  if (commune) return { ...jurisdictionFor(commune, regions), unit: { vi: commune.vi, en: commune.en, short: commune.short, parent: commune.parent! } };
  const add = (id: string) => `\`jurisdiction: {region: ${id}}\``;
  if (found.kind === 'ambiguous') {
    const list = found.candidates.map((c) => `${c.name} (${placeLabel(c.region, regions)}): ${add(c.region.id)}`).join('; ');
    throw new ConvertError(
      file,
      line,
      `cannot tell which unit issued the document: "${found.candidates[0]!.name}" is ${found.candidates.length} units${where.date ? ` on ${where.date}` : ' (the document gives no date)'}, and the text names no province that tells them apart`,
      `Add to the source's frontmatter the line for the right one: ${list}${where.date ? '' : '; or `issued:` with the date of issue, which tells the units before and after 1 July 2025 apart'}`,
    );
  }
  const named = COMMUNE_NAMED.exec(clean(where.issuing?.text ?? ''));
  if (named && !(where.date && where.date >= REFORM)) {
    throw new ConvertError(
      file,
      line,
      `the document is issued by ${named[1]!.toLowerCase()} ${named[2]!.split(' ').map((w) => capitalize(w)).join(' ')} before 1 July 2025, when the gazetteer lists no communes, and its header, place-and-date line, title and preamble name no one district or province that holds it`,
      'Add the commune to data/regions.yaml (id, vi, en, short, level: commune, parent: <its district id>, until: 2025-06-30) and `jurisdiction: {region: <its id>}` to the source\'s frontmatter; `npm run --silent regions -- --json` lists the district ids',
    );
  }
  throw new ConvertError(
    file,
    line,
    'cannot tell which province, district, city or commune issued the document: its header, place-and-date line, title and preamble name none (of data/gazetteer/ and data/regions.yaml)',
    `Add \`jurisdiction: {region: <id>}\` to the source's frontmatter (e.g. ${add(regions.find((r) => r.level === 'province')?.id ?? 'ha-noi')}), and the region to data/regions.yaml if it is not there`,
  );
}

/** The commune an issuer's name ends with: "UBND xã Tân Hiệp", "UBND THỊ TRẤN VÔI". */
const COMMUNE_NAMED = /(?<![\p{L}])(xã|phường|thị trấn)\s+(\p{L}+(?:\s+\p{L}+){0,3})$/iu;

/**
 * A commune, ward or township that issued a document before 1 July 2025: the gazetteer lists
 * none of that time, so the unit is read from the issuer's name, inside the one district (or,
 * failing one, the one province) the header, place line, title and preamble name. Null where
 * the issuer is no commune, or the text names no single unit that holds it.
 */
function communeReadFromText(where: Where, regions: Region[]): Region | null {
  if (where.date && where.date >= REFORM) return null;
  const m = COMMUNE_NAMED.exec(clean(where.issuing?.text ?? ''));
  if (!m) return null;
  const short = m[2]!.split(' ').map((w) => capitalize(w.toLowerCase())).join(' ');
  const index = placeIndex(regions);
  const named = [...where.organ, where.place, ...where.context].flatMap((t) => mentionsIn(t.slice(0, 2000), index, where.date).flatMap((x) => x.named.map((n) => n.region)));
  const only = (levels: Level[]) => {
    const found = [...new Set(named.filter((r) => levels.includes(r.level)))];
    return found.length === 1 ? found[0]! : null;
  };
  const parent = only(['district', 'city']) ?? only(['province']);
  return parent ? communeBefore2025(COMMUNE_TYPES[m[1]!.toLowerCase()]!, short, parent) : null;
}

/** "tỉnh Tiền Giang", "until 2025-06-30": what tells candidates apart in a message. */
function placeLabel(region: Region, regions: Region[]): string {
  const province = region.level === 'province' ? null : regionById(regions).get(provinceOf(region, regions));
  const when = region.until ? `until ${region.until}` : region.from ? `from ${region.from}` : '';
  return [province?.vi, when].filter(Boolean).join(', ') || region.id;
}

/**
 * The issuer in the short form documents use ("UBND thành phố Bắc Kạn"), completed with the
 * jurisdiction when the document leaves the name implicit ("UBND huyện" → "UBND huyện Lạng Giang").
 */
function issuerOf(issuing: Issuing | null, jur: Jurisdiction, region: Region | undefined, file: string): string {
  if (!issuing) {
    throw new ConvertError(
      file,
      null,
      'cannot find who issued the document (no "ỦY BAN NHÂN DÂN …" line, and no "… ban hành / xây dựng Kế hoạch" sentence)',
      'Add `issuer: <body>` to the source\'s frontmatter',
    );
  }
  let text = capitalize(issuing.text)
    .replace(/(?<![\p{L}])(?:Ủy|Uỷ) ban nhân dân(?![\p{L}])/giu, 'UBND')
    .replace(/(?<![\p{L}])Hội đồng nhân dân(?![\p{L}])/giu, 'HĐND');
  if (jur.level === 'national') return text;
  // A unit read from the text keeps the capitals of its name ("UBND thị trấn vôi" → "UBND thị trấn Vôi").
  if (jur.unit && text.toLowerCase().endsWith(jur.unit.vi.toLowerCase())) return text.slice(0, text.length - jur.unit.vi.length) + jur.unit.vi;
  // The name the document or the editor gives ("huyện Yên Thế"), else the region's.
  const vi = [jur.name, region?.vi ?? jur.name].find((n) => issuing.levelWord && n.toLowerCase().startsWith(`${issuing.levelWord} `)) ?? region?.vi ?? jur.name;
  if (issuing.levelWord && vi.toLowerCase().startsWith(`${issuing.levelWord} `)) {
    text = `${text.slice(0, text.length - issuing.levelWord.length)}${vi}`;
  } else if (!namesRegion(text, region) && !/\p{Lu}\p{Ll}*\s+\p{Lu}\p{Ll}*$/u.test(text)) {
    text = `${text} ${vi}`; // "Sở Y tế" → "Sở Y tế tỉnh Bắc Giang"
  }
  return text;
}

/** Whether a text names the region (by any of its names). */
function namesRegion(text: string, region: Region | undefined): boolean {
  return !!region && mentionsIn(text, regionIndex(region), null, true).length > 0;
}

/** One region's names as a place index, built once per region (placeIndex caches by list). */
const singles = new WeakMap<Region, readonly Region[]>();
function regionIndex(region: Region) {
  let list = singles.get(region);
  if (!list) singles.set(region, (list = [region]));
  return placeIndex(list);
}

// ---------------------------------------------------------------------------------------
// Signer

/** Lines of the signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC". */
const SIGNATURE = /^(?:TM|KT|TL|TUQ|Q)\.|^(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG)\b/u;
/** A signature block's first line; asked of every line, so its first two letters are looked at first. */
const isSignature = (plain: string) => SIGNATURE_FIRST.has(plain.charCodeAt(0)) && SIGNATURE_SECOND.has(plain.charCodeAt(1)) && SIGNATURE.test(plain);
const codesOf = (s: string) => new Set(Array.from(s, (c) => c.charCodeAt(0)));
const SIGNATURE_FIRST = codesOf('TKQPCGB');
const SIGNATURE_SECOND = codesOf('.MTLUHIỘR');
/** Words of titles and bodies that are never part of a name (Văn, Trung, Tâm, Nhân are). */
const NOT_IN_NAMES = new Set('Chủ Tịch Phó Giám Đốc Trưởng Ủy Uỷ Sở Bộ Phòng Nơi Nhận Lưu Kính Gửi Đã Ký'.split(' '));

/** "Nguyễn Thị Huế": two to five capitalised words, none a title. */
export function isPersonalName(s: string): boolean {
  const words = s.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w) && !NOT_IN_NAMES.has(w)) &&
    words.some((w) => w.length > 1)
  );
}

/** The name under the first signature block that has one. */
function signerOf(lines: Line[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const plain = lines[i]!.plain;
    if (!isSignature(plain) || !isUpper(plain)) continue;
    let j = i + 1;
    const skip = (p: string) => p === '' || (isUpper(p) && isSignature(p)) || /^\(?\s*(?:đã ký|ký)[^)]*\)?$/iu.test(p);
    while (j < lines.length && skip(lines[j]!.plain)) j++;
    const written = lines[j]?.plain ?? '';
    // Some documents set the name in capitals: "NGUYỄN VĂN LONG".
    const name = isUpper(written) ? written.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()) : written;
    if (isPersonalName(name)) return name;
    i = j - 1;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Period

const YEAR = String.raw`((?:19|20)\d{2})`;
const RANGES: RegExp[] = [
  // "giai đoạn 2021 - 2025", "giai đoạn 2021 đến 2025", "giai đoạn (2021 - 2025)".
  new RegExp(String.raw`giai đoạn\s*\(?\s*(?:từ\s+)?(?:năm\s+)?${YEAR}\s*(?:[-–—]|đến)\s*(?:năm\s+)?${YEAR}`, 'iu'),
  new RegExp(String.raw`từ\s+(?:năm\s+)?${YEAR}\s+đến\s+(?:hết\s+)?(?:năm\s+)?${YEAR}`, 'iu'),
  new RegExp(String.raw`(?<!\d)${YEAR}\s*[-–—]\s*${YEAR}(?!\d)`, 'u'),
];
// Not the year of a date ("Nghị quyết số 05/NQ-CP ngày 13 tháng 01 năm 2014"): that dates what the title cites.
const SINGLE = new RegExp(String.raw`(?<!tháng\s+\d{1,2}\s+)năm\s+${YEAR}(?!\s*[-–—]\s*\d)`, 'iu');
// "đến năm 2025", and as titles also write it, "đến 2025".
const UNTIL = new RegExp(String.raw`(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?${YEAR}(?![-–—/.,]?\d|\s*[-–—]\s*\d|\s*[%‰])`, 'iu');

/** In a title, a year after a programme's period that dates the plan itself ("… giai đoạn 2016-2025 năm 2021"), never "tầm nhìn đến năm 2045". */
const OWN_YEAR_AFTER = new RegExp(String.raw`^[^;]*?(?<!(?:đến|tới|hết)\s+)(?<!tháng\s+\d{1,2}\s+)năm\s+${YEAR}(?!\s*[-–—]\s*\d)`, 'iu');

/** A period in `text`; "đến năm 2030" runs from the year of issue (`from`), when it is known and not later. */
function periodIn(text: string, single: boolean, from: number | null = null, title = false): Period | null {
  for (const re of RANGES) {
    const m = re.exec(text);
    if (m && +m[1]! <= +m[2]!) {
      // "Triển khai Đề án … giai đoạn 2016-2025 năm 2021": the programme's years, then the plan's own.
      const own = title ? OWN_YEAR_AFTER.exec(text.slice(m.index + m[0].length)) : null;
      if (own && +own[1]! >= +m[1]! && +own[1]! <= +m[2]!) return { start: +own[1]!, end: +own[1]! };
      return { start: +m[1]!, end: +m[2]! };
    }
  }
  if (!single) return null;
  const until = UNTIL.exec(text);
  if (until && from !== null && from <= +until[1]!) return { start: from, end: +until[1]! };
  const y = SINGLE.exec(text);
  return y ? { start: +y[1]!, end: +y[1]! } : null;
}

/**
 * "Thời gian thực hiện: Từ năm 2024 đến hết năm 2025" where the plan states it, else the years
 * in its title ("giai đoạn 2021 - 2025", "năm 2024"); null for a document without one.
 */
const GIAN = /gian/i;

function periodOf(lines: Line[], title: string, issuedYear: number | null): Period | null {
  for (let i = 0; i < lines.length; i++) {
    // "gian" in any case first: a plain test, where the Unicode one is slow on every line.
    const m = GIAN.test(lines[i]!.plain) ? /thời gian thực hiện\s*:?\s*(.*)$/iu.exec(lines[i]!.plain) : null;
    if (!m) continue;
    const next = lines.slice(i + 1).find((l) => l.plain !== '')?.plain ?? '';
    const p = periodIn(m[1]!, true, issuedYear) ?? (m[1]!.trim() === '' ? periodIn(next, true, issuedYear) : null);
    if (p) return p;
  }
  return periodIn(title, true, issuedYear, true);
}
