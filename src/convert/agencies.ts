// Responsible bodies: who the plan assigns duties to. Vietnamese plans and decisions list them
// as numbered items under "TỔ CHỨC THỰC HIỆN"; directives number them in the body. Each item
// names one or more bodies ("1. Sở Y tế", "9. Hội Liên hiệp Phụ nữ tỉnh và Tỉnh Đoàn thanh
// niên: Phối hợp …") followed by their duties (bullets, the rest of the line, or paragraphs).
import type { Agency, DocType, Flag, Role } from '../schema.ts';
import type { AgencyEntry } from '../taxonomy/schemas.ts';
import { findPart, foldBlanks, logicalLines, normalizeForMatch, trailingRun } from './document.ts';
import { PhrasingMatcher } from './phrasings.ts';
import type { Doc, Line } from './document.ts';

export interface AgenciesResult {
  agencies: Agency[];
  /** Numbered items that name bodies (leaves only: a parent grouping 1.1, 1.2 … is not one). */
  sections: number;
  flags: Flag[];
}

/** A numbered item ("1.", "1.1.", "2)") and the lines up to the next one. */
interface Item {
  num: string;
  line: Line;
  text: string;
  following: Line[];
}

/** What the item line says: the bodies it names and any duty written after them. */
interface Header {
  names: string[];
  requested: boolean;
  inlineDuty: string;
}

interface Section {
  num: string;
  line: Line;
  header: Header;
  dutyLines: Line[];
}

// Words a body's name starts with. Some only name a body in the plural ("các tổ chức …"),
// because alone they are verbs or common nouns ("Tổ chức thực hiện", "Đơn vị tính").
const HEADS = [
  'sở', 'phòng khám', 'phòng', 'ban', 'trung tâm', 'bệnh viện', 'trạm y tế', 'báo', 'đài',
  'hội', 'tỉnh đoàn', 'huyện đoàn', 'thành đoàn', 'đoàn', 'liên đoàn', 'ủy ban', 'uỷ ban',
  'ubnd', 'ubmttq', 'mttq', 'văn phòng', 'bảo hiểm', 'bhxh', 'công an', 'chi cục', 'cục',
  'kho bạc', 'viện', 'ngành', 'chính quyền', 'trường', 'nhà trường', 'bộ chỉ huy', 'bộ đội', 'ngân hàng',
  'tòa án', 'viện kiểm sát',
];
const PLURAL_HEADS = ['tổ chức', 'cơ quan', 'đơn vị', 'địa phương', 'cơ sở'];
// Common nouns and verbs that begin like a body ("Báo cáo", "Phòng, chống", "Ban hành").
const NOT_HEADS = ['báo cáo', 'phòng chống', 'phòng, chống', 'phòng ngừa', 'phòng bệnh', 'ban hành', 'hội nghị', 'hội thảo', 'hội thi', 'trường hợp'];

const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const alt = (words: string[]) => byLength(words).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const END = '(?![\\p{L}\\p{N}])';

/** Optional "các" and a head word (the rest of the name follows). */
const HEAD_RE = new RegExp(`^(các\\s+)?(?:(${alt(HEADS)})|(${alt(PLURAL_HEADS)}))${END}`, 'iu');
const NOT_HEAD_RE = new RegExp(`^(?:các\\s+)?(?:${alt(NOT_HEADS)})${END}`, 'iu');

// Lower-case verbs and frames that end a list of names written on the item line without a
// colon ("6. Báo Vĩnh Phúc, Đài … phối hợp với Sở Y tế …"). Names capitalise their words.
const DUTY_STARTS = [
  'phối hợp', 'chủ trì', 'chủ động', 'tích cực', 'tham mưu', 'chỉ đạo', 'có trách nhiệm',
  'chịu trách nhiệm', 'căn cứ', 'tăng cường', 'triển khai', 'thực hiện', 'xây dựng',
  'hướng dẫn', 'đẩy mạnh', 'tuyên truyền', 'theo dõi', 'bố trí', 'lồng ghép', 'kiểm tra',
  'giám sát', 'tham gia', 'huy động', 'củng cố',
];
const DUTY_START_RE = new RegExp(`\\s(?:${alt(DUTY_STARTS)})${END}`, 'u');
const STARTS_WITH_VERB_RE = new RegExp(`^(?:${alt([...DUTY_STARTS, 'cử', 'tổ chức'])})${END}`, 'iu');

// Never "1" of "1.1 Phòng …" (a sub-number without its last dot): the mark is not followed by a digit.
const NUMBERED_RE = /^(\d{1,2}(?:\.\d{1,2})*)[.)](?!\d)\s*(\S.*)$|^(\d{1,2}(?:\.\d{1,2})+)\s+(\S.*)$/u;
const BULLET_RE = /^[-+•–]\s*/u;
const BULLET_FIRST = '-+•–';
// The document's closing: "Trên đây là Kế hoạch …", the list of recipients.
const CLOSING_RE = /^(?:trên đây|nơi nhận)/iu;
// The signature block, which a .docx often runs on from the last duty without a blank line:
// "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ GIÁM ĐỐC" (in capitals, as documents set it).
const SIGNATURE_RE = /^(?:(?:TM|KT|TL|Q)\.\s*\p{Lu}|(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)$)/u;
/** The first letters of a closing or a signature: a line that starts with none is neither. */
const END_FIRST = 'tTnNKQPCG';

/** Bodies, their roles and duties, from the implementation part (or a directive's body). */
export function extractAgencies(doc: Doc, docType: DocType, taxonomy: AgencyEntry[]): AgenciesResult {
  // Sentences, not lines: a duty the page wrapped over lines is one duty.
  const scope = logicalLines(implementationScope(doc, docType), doc.width);
  let sections = toSections(splitItems(scope));
  // No numbered body: bodies may head bullets, lettered items or paragraphs ("- Sở Tài chính: …",
  // "a) Sở Y tế …", "Sở Tài chính tham mưu …"), each a section of its own.
  // Not over a directive's whole body, whose paragraphs open with its own issuer ("Ủy ban nhân dân tỉnh yêu cầu …").
  if (!sections.length && docType !== 'directive') sections = toSections(looseItems(scope));
  const matcher = agencyMatcher(taxonomy);
  const agencies: Agency[] = [];
  const flags: Flag[] = [];
  for (const s of sections) {
    const duties = collectDuties(s.header.inlineDuty, s.dutyLines);
    const role = roleOf(s.header.requested, duties);
    for (const name of s.header.names) {
      const agency = matcher(name);
      if (agency === null) {
        flags.push({ kind: 'unknown_agency', message: `No entry in data/agencies.yaml matches "${name}"`, line: s.line.n });
      }
      agencies.push({ name, agency, role, duties: [...duties], line: s.line.n });
    }
  }
  for (const g of givenLead(doc)) {
    const agency = matcher(g.name);
    if (agency === null) continue;
    const named = agencies.filter((a) => a.agency === agency);
    if (named.length) for (const a of named) a.role = 'lead';
    else agencies.push({ name: g.name, agency, role: 'lead', duties: [g.duty], line: g.line });
  }
  return { agencies, sections: sections.length, flags };
}

// "Giao Sở Y tế chủ trì, phối hợp …": wherever it stands, the body named leads.
const GIVEN_LEAD_RE = /(?:^|[\s,;:.])giao\s+(.{3,80}?)\s+chủ trì(?![\p{L}])/iu;

/** Bodies a sentence anywhere in the document makes lead ("Giao X chủ trì …"), with the sentence. */
export function givenLead(doc: Doc): { name: string; duty: string; line: number }[] {
  const out: { name: string; duty: string; line: number }[] = [];
  // Sentences, not lines: "Giao Giám đốc Sở Y tế" / "chủ trì, phối hợp …" as a portal breaks it.
  for (const l of doc.logical) {
    // "trì", "Trì" and "TRÌ" hold "rì" or "RÌ": two plain searches before the pattern.
    if (l.plain.length > 2000 || !(l.plain.includes('rì') || l.plain.includes('RÌ')) || !/chủ trì/iu.test(l.plain)) continue;
    const m = GIVEN_LEAD_RE.exec(l.plain);
    if (m) out.push({ name: m[1]!.trim(), duty: l.plain.replace(/^[-+•]\s*/, ''), line: l.n });
  }
  return out;
}

/** The lines to read: the "TỔ CHỨC THỰC HIỆN" part, or a directive's whole body; up to the closing. */
export function implementationScope(doc: Doc, docType: DocType): Line[] {
  const part = findPart(doc, /TỔ CHỨC THỰC HIỆN/i) ?? numberedPart(doc);
  const lines = part ? part.slice(1) : docType === 'directive' ? doc.lines : [];
  const out: Line[] = [];
  for (const l of lines) {
    if (END_FIRST.includes(l.plain.charAt(0)) && (CLOSING_RE.test(l.plain) || SIGNATURE_RE.test(l.plain))) break;
    // A paragraph ending "./." is the document's last sentence ("Yêu cầu … thực hiện./.").
    if (l.plain.endsWith('./.') && !BULLET_RE.test(l.plain)) break;
    out.push(l);
  }
  return out;
}

/**
 * In a document whose parts Word numbered "1.", "2." … (a .docx's own numbering, which reads as
 * arabic): "4. TỔ CHỨC THỰC HIỆN" up to the next part's heading in capitals ("5. KINH PHÍ").
 */
function numberedPart(doc: Doc): Line[] | null {
  const start = doc.lines.findIndex((l) => NUMBERED_PART.test(l.plain));
  if (start < 0) return null;
  const n = Number(NUMBERED_PART.exec(doc.lines[start]!.plain)![1]);
  const end = doc.lines.findIndex((l, i) => i > start && Number(CAPITALS_PART.exec(l.plain)?.[1] ?? 0) > n);
  return doc.lines.slice(start, end < 0 ? doc.lines.length : end);
}
const NUMBERED_PART = /^(\d{1,2})[.)]\s*TỔ CHỨC THỰC HIỆN(?!\p{L})/iu;
const CAPITALS_PART = /^(\d{1,2})[.)]\s*\p{Lu}{2,}\s+\p{Lu}{2,}/u;

function splitItems(lines: Line[]): Item[] {
  const items: Item[] = [];
  for (const line of lines) {
    // A number starts with a digit: most lines are passed over before the pattern.
    const m = isDigit(line.plain.charCodeAt(0)) ? NUMBERED_RE.exec(line.plain) : null;
    if (m) items.push({ num: m[1] ?? m[3]!, line, text: (m[2] ?? m[4]!).trim(), following: [] });
    else items.at(-1)?.following.push(line);
  }
  return items;
}

/** Every line an item: its bullet or letter dropped, numbered in order (none the child of another). */
function looseItems(lines: Line[]): Item[] {
  return lines.filter((l) => l.plain !== '').map((line, i) => ({ num: `p${i}`, line, text: line.plain.replace(LOOSE_MARK, '').trim(), following: [] }));
}
const LOOSE_MARK = /^(?:[-+•–*]|[a-zđ][.)])\s*/u;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

// "1.2" under "1": the number, then a dot (compared in place, not by building "1.").
const isChildOf = (num: string, parent: string) => num.length > parent.length && num.charCodeAt(parent.length) === 0x2e && num.startsWith(parent);

/**
 * Items that name bodies. A numbered item that is not a body ends the previous section, unless
 * it is numbered under it (then it is part of that body's duties). A body item with body
 * children ("1. Các phòng thuộc Sở" → "1.1. Phòng Nghiệp vụ Y") is a grouping, not a section.
 */
function toSections(items: Item[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (const item of items) {
    const header = parseHeader(item.text);
    if (header) {
      current = { num: item.num, line: item.line, header, dutyLines: [...item.following] };
      sections.push(current);
    } else if (current && isChildOf(item.num, current.num)) {
      current.dutyLines.push(item.line, ...item.following);
    } else {
      current = null;
    }
  }
  return sections.filter((s) => !sections.some((c) => isChildOf(c.num, s.num)));
}

/** Names and inline duty of an item line, or null when the item does not name a body. */
export function parseHeader(text: string): Header | null {
  const req = /^đề nghị\s+/iu.exec(text);
  const rest = req ? text.slice(req[0].length) : text;
  const { names, duty } = splitNamesFromDuty(rest);
  if (names.length === 0 || !startsWithHead(names[0]!)) return null;
  return { names, requested: req !== null, inlineDuty: duty };
}

function splitNamesFromDuty(text: string): { names: string[]; duty: string } {
  const colon = text.indexOf(':');
  // Only a verb before the colon counts: the duty after it is not searched (a verb holds no colon).
  const verb = DUTY_START_RE.exec(colon >= 0 ? text.slice(0, colon) : text)?.index ?? -1;
  if (colon >= 0 && verb < 0) {
    const before = text.slice(0, colon);
    const after = text.slice(colon + 1).trim();
    const members = memberList(before, after);
    if (members) return members;
    return { names: splitBodies(before), duty: after };
  }
  if (verb >= 0) return { names: splitBodies(text.slice(0, verb)), duty: text.slice(verb).trim() };
  return { names: splitBodies(text), duty: '' };
}

/**
 * "Các Bệnh viện: Đa khoa tỉnh, Sản Nhi": a plural head, a colon, then short member names
 * that share the head. Returns "Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản Nhi"; null otherwise.
 */
function memberList(before: string, after: string): { names: string[]; duty: string } | null {
  const head = headOf(before.trim());
  if (!head || !head.m[1] || head.named) return null;
  const colon = after.indexOf(':');
  const list = colon >= 0 ? after.slice(0, colon) : after;
  const members = segments(list).map((s) => s.text.trim()).filter((s) => s !== '');
  const short = members.every((m) => m.split(/\s+/).length <= 4 && !STARTS_WITH_VERB_RE.test(m));
  if (members.length === 0 || !short) return null;
  const headWord = before.trim().slice(head.m[1].length);
  return {
    names: members.map((m) => cleanName(`${headWord} ${m}`)),
    duty: colon >= 0 ? after.slice(colon + 1).trim() : '',
  };
}

/**
 * List parts separated by ",", ";" or "và" (with the blanks around them), each with the separator
 * before it: the parts of text.split(/(\s*[,;]\s*|\s+và\s+)/u), found by a scan of the text,
 * where the pattern would be tried at every character.
 */
function segments(text: string): { sep: string; text: string }[] {
  const out: { sep: string; text: string }[] = [];
  let start = 0;
  let sep = '';
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    let end = -1;
    if (c === COMMA || c === SEMICOLON) end = blanksEnd(text, i + 1);
    else if (isBlank(c)) {
      const next = blanksEnd(text, i);
      const d = text.charCodeAt(next);
      if (d === COMMA || d === SEMICOLON) end = blanksEnd(text, next + 1);
      else if (text.startsWith('và', next) && isBlank(text.charCodeAt(next + 2))) end = blanksEnd(text, next + 2);
      // Blanks before anything else separate nothing, from wherever in them a search starts.
      else {
        i = next;
        continue;
      }
    }
    if (end < 0) {
      i++;
      continue;
    }
    out.push({ sep, text: text.slice(start, i) });
    sep = text.slice(i, end);
    start = i = end;
  }
  out.push({ sep, text: text.slice(start) });
  return out;
}
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/** Whether a UTF-16 code unit is a blank as \s has it (white space and line ends). */
function isBlank(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  // Letters, Vietnamese ones too, are below U+1680 and answered at once.
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The end of the run of blanks at `from` (`from` itself when there is none). */
function blanksEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Split names written together into one name per body. A part starts a new body only when it
 * starts like one ("Tỉnh Đoàn thanh niên", "các tổ chức chính trị - xã hội"); otherwise it
 * belongs to the name before ("Sở Lao động - Thương binh và Xã hội", "UBND các xã, phường").
 * A bare plural head ("Các Bệnh viện, Phòng khám đa khoa tư nhân") shares what follows.
 */
export function splitBodies(text: string): string[] {
  const groups: string[] = [];
  for (const { sep, text: part } of segments(text)) {
    const last = groups.length - 1;
    if (last < 0 || (startsBody(part) && !isBareHead(groups[last]!))) groups.push(part);
    else groups[last] += sep + part;
  }
  return groups.map(cleanName).filter((g) => g !== '');
}

/** Whether an item's first name starts like a body ("7. Chế độ báo cáo" does not). */
function startsWithHead(name: string): boolean {
  const trimmed = name.trim();
  const m = headOf(trimmed)?.m;
  return m !== undefined && (m[2] !== undefined || m[1] !== undefined) && !NOT_HEAD_RE.test(trimmed);
}

/** A part that names a body by itself: "các …" or a capitalised head, followed by a name. */
function startsBody(part: string): boolean {
  const trimmed = part.trim();
  const head = headOf(trimmed);
  if (!head || NOT_HEAD_RE.test(trimmed) || !head.named) return false;
  const m = head.m;
  if (m[1]) return true;
  const first = (m[2] ?? m[3] ?? '').charAt(0);
  return m[2] !== undefined && first !== first.toLowerCase();
}

/** "Các Sở", "Các Bệnh viện": a plural head with no name of its own. */
function isBareHead(name: string): boolean {
  const head = headOf(name.trim());
  return head !== null && head.m[1] !== undefined && !head.named;
}

/**
 * The head of a trimmed name (HEAD_RE's match) and whether a name follows it; null where there
 * is none, or the text runs on past a line end (a name is one line).
 */
function headOf(text: string): { m: RegExpExecArray; named: boolean } | null {
  const m = HEAD_RE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  return LINE_END.test(rest) ? null : { m, named: rest.trim() !== '' };
}
const LINE_END = /[\n\r\u2028\u2029]/;

function cleanName(name: string): string {
  // The end is cut by a loop: /[\s,;:.]+$/ is quadratic on a long run of those (", , , …").
  let start = 0;
  while (start < name.length && (',;:.'.includes(name[start]!) || isBlank(name.charCodeAt(start)))) start++;
  const end = Math.max(start, trailingRun(name, { signs: ',;:.', words: [] }));
  return foldBlanks(name.slice(start, end));
}

/**
 * Duties: the inline text, then each bullet or paragraph below the item. A paragraph starting
 * in lower case continues the duty before it (a sentence broken by a stray line break).
 */
export function collectDuties(inline: string, lines: Line[]): string[] {
  const duties = inline.trim() ? [inline.trim()] : [];
  for (const l of lines) {
    const text = l.plain.trim();
    if (text === '') continue;
    // A bullet is told by its first character: the pattern runs on bullets alone.
    const bullet = BULLET_FIRST.includes(text.charAt(0));
    const body = bullet ? text.replace(BULLET_RE, '').trim() : text;
    if (body === '') continue;
    const first = body.charAt(0);
    if (!bullet && duties.length > 0 && first !== first.toUpperCase()) duties[duties.length - 1] += ' ' + body;
    else duties.push(body);
  }
  return duties;
}

// "Theo chức năng, nhiệm vụ được giao", "Căn cứ chức năng nhiệm vụ": frames before the verb.
const FRAME_RE = /^(?:căn cứ|theo)\s+(?:[^,]*,\s*){0,3}?[^,]*?nhiệm vụ(?:\s+và quyền hạn)?(?:\s+được (?:giao|phân công))?,?\s*/iu;
const ADVERB_RE = /^(?:thường xuyên|chủ động|tích cực|tiếp tục|định kỳ|hằng năm|hàng năm)[,\s]+/iu;
const LEAD_RE = /(?<!(?:đơn vị|cơ quan)\s)chủ trì(?![\p{L}])/iu;

/**
 * Requested (addressed with "Đề nghị"), lead ("chủ trì"), coordinate (its first duty is to
 * "Phối hợp với …", the same in every document), or assigned.
 */
export function roleOf(requested: boolean, duties: string[]): Role {
  if (requested) return 'requested';
  // "trì" in any case holds "ì" or "Ì": plain searches before the pattern.
  if (duties.some((d) => (d.includes('ì') || d.includes('Ì')) && LEAD_RE.test(d))) return 'lead';
  if (duties.length > 0 && /^phối hợp(?![\p{L}])/iu.test(firstVerb(duties[0]!))) return 'coordinate';
  return 'assigned';
}

/** The duty from its first verb on, without leading frames and adverbs. */
function firstVerb(duty: string): string {
  let d = duty.trim().replace(FRAME_RE, '');
  for (let prev = ''; prev !== d; ) {
    prev = d;
    d = d.replace(ADVERB_RE, '');
  }
  return d;
}

// Old-style tone placement ("uỷ", "hoá") folded to the new style, word-finally, so
// "Uỷ ban" and "Ủy ban" match the same phrasing.
const OLD_TONE_RE = /([oOuU])([aeyAEY])([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}\p{M}])/gu;
/** Where OLD_TONE_RE may match, in composed text: o or u before a, e or y with a tone. Most names have none. */
const OLD_TONE_AT = /[oOuU][àáãảạèéẽẻẹỳýỹỷỵÀÁÃẢẠÈÉẼẺẸỲÝỸỶỴ]/;

/** The dashes that join the parts of a name ("Lao động – Thương binh"). */
const DASH = /[-–—]/;

/** Normalise a name or a phrasing word for matching. */
export function normalizeName(s: string): string {
  const nfc = s.normalize('NFC');
  const folded = OLD_TONE_AT.test(nfc) ? nfc.normalize('NFD').replace(OLD_TONE_RE, '$1$3$2').normalize('NFC') : nfc;
  const norm = normalizeForMatch(folded);
  // Most names have no dash: a plain test before the replace.
  return (DASH.test(norm) ? norm.replace(/\s*[-–—]\s*/gu, ' - ') : norm).trim();
}

/** The taxonomy id of a name: the first entry (in file order) with a matching phrasing. */
export function agencyMatcher(taxonomy: AgencyEntry[]): (name: string) => string | null {
  const matcher = normalizedMatcher(taxonomy);
  return (name) => matcher.first(normalizeName(name));
}

/** The taxonomy's phrasings normalised for matching: once per taxonomy, not once per document. */
const normalizedCache = new WeakMap<AgencyEntry[], PhrasingMatcher<string>>();
function normalizedMatcher(taxonomy: AgencyEntry[]): PhrasingMatcher<string> {
  let matcher = normalizedCache.get(taxonomy);
  if (!matcher) {
    matcher = new PhrasingMatcher(taxonomy.map((e) => ({ value: e.id, phrasings: e.phrasings.map((p) => p.map(normalizeName)), exclude: e.exclude.map(normalizeName) })));
    normalizedCache.set(taxonomy, matcher);
  }
  return matcher;
}
