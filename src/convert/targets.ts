// Numeric targets written as sentences: "Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 9,5‰."
import type { Goal, Period, Target, Unclassified, Unit } from '../schema.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import { agesInWords, findPart, isTableRow, lineAt, romanHeading, trailingRun, type Doc, type Line } from './document.ts';
import { classify, namesRuledOut } from './indicators.ts';
import { beforeFirst, firstLettersChecked, matchesOf } from './matches.ts';
import { comparatorOf, comparatorWord, NUMBER_SOURCE, parseViNumber, unitOf, VALUE_RE, WORD_VALUE_RE } from './numbers.ts';
import { flatTablesOf } from './tables.ts';

export interface TargetContext {
  indicators: readonly Indicator[];
  period: Period | null;
  /** The year the document was issued: a figure dated before it is a past result, not a target. */
  issuedYear?: number | null;
  /** True for a national document: "toàn quốc" figures are then its own, not context. */
  national?: boolean;
  /** The document's title: the people a whole plan is for are no subgroup of its targets. */
  title?: string | null;
}

export interface TargetsFound {
  targets: Target[];
  goals: Goal[];
  unclassified: Unclassified[];
}

interface Figure {
  start: number;
  end: number;
  value: number;
  unitText: string;
  /** Counted in words ("2,1 con", "109 bé trai"), outside the targets part: kept for the editor, never a target. */
  outside?: true;
}

const TARGET_PART = /MỤC TIÊU|CHỈ TIÊU/i;
const GOAL_LINE = /^(?:[-+•]\s*)?(?:\d+(?:\.\d+)*[.)]?\s*)?(Mục tiêu\s+\d+\s*[:.].*)$/i;
/** A heading such as "2. Chỉ tiêu đến năm 2025" sets the year of the targets below it. */
const HEADING_YEAR = /^(?:[-+]\s*)?(?:\d+(?:\.\d+)*[.)]?\s*|[a-zđ][.)]\s*)?(?:(?:các\s+)?chỉ tiêu|mục tiêu)[^.;]{0,80}?(?:\bnăm\s+|(?<!\p{L})(?:đến|tới)\s+)(\d{4})[^.;]{0,20}$/iu;
/** A heading that is only a period ("2.1. Giai đoạn 2021 - 2025", "b) Giai đoạn từ năm 2026 đến năm 2030:") dates the targets below it to its end. */
const PERIOD_HEADING = /^(?:[-+•*]\s*)?(?:\d+(?:\.\d+)*[.)]?\s*|[a-zđ][.)]\s*)?giai đoạn\s+(?:từ\s+)?(?:năm\s+)?(?:19|20)\d\d\s*(?:[-–—]|đến)\s*(?:năm\s+)?((?:19|20)\d\d)\s*[:.]?$/iu;
/**
 * A year after a preposition, with or without "năm": "đến năm 2025", "vào 2025". Bare, it is a
 * year of this or the last century that is no figure ("đến 2.030", "vào 2025 ca").
 */
const YEAR_AFTER_WORD = String.raw`(?:n[ăa]m\s+)?((?:19|20)\d\d)(?!\d|[.,]\d|\s*[%‰/])`;
const CLAUSE_YEAR = firstLettersChecked(new RegExp(String.raw`(?=[đvt])(?<!so với\s)(?:đến|vào|trong|tới|đến hết)\s+(?:(?:hết|cuối)\s+)?${YEAR_AFTER_WORD}`, 'giu'));
/** A year right after a figure, with or without a preposition: "80% năm 2025", "10‰ vào năm 2025", "(năm 2025)", "(2025)". */
const YEAR_AFTER = new RegExp(String.raw`^\s*(?:[(,]?\s*(?:(?:vào|đến|tới|trong)\s+(?:(?:hết|cuối)\s+)?${YEAR_AFTER_WORD}|(?:(?:hết|cuối)\s+)?n[ăa]m\s+(\d{4}))|\(\s*((?:19|20)\d\d)\s*\))`, 'iu');
/** "… trở xuống" right after a figure that "từ" opens: that figure or less. */
const OR_LESS = /^\s*trở\s+xuống(?!\p{L})/u;
/** "xuống" alone right before a figure (not "xuống còn"). */
const BARE_DOWN = /(?:^|\s)(?:xuống|suống)\s*$/iu;
/** A reference year: "so với năm 2024", "so với 2024", and the portals' "so năm 2024". */
const SO_VOI_YEAR = String.raw`so\s+(?:với\s+(?:năm\s+)?|năm\s+)(\d{4})`;
/** A reference year right after a figure. */
const AGAINST_YEAR = new RegExp(String.raw`^\s*(?:\S+\s+){0,2}?${SO_VOI_YEAR}`, 'iu');
/** A change against a reference year right after a figure: "giảm … 0,1% so với năm 2016". */
// "so năm 2022": the portals' shorthand for "so với năm 2022".
const AGAINST = /^\s*(?:\S+\s+){0,2}?so\s+(?:với|năm\s+\d{4})/iu;
/** The verb of a relative target, in its clause before the figure. */
const CHANGE_VERB = /(?:^|[^\p{L}])(giảm|tăng)(?=[^\p{L}])/giu;
// A year after a preposition, or after "năm" alone ("Năm 2025:", "Riêng năm 2024, …").
const LEAD_YEAR_START = String.raw`^(?:[-+•*]\s*)?(?:[a-zđ][.)]\s*|\d+(?:\.\d+)*[.)]?\s*)?(?:phấn đấu\s+|mục tiêu\s+)?(?:(?:đến|tới|vào|trong|giai đoạn đến)\s+(?:(?:hết|cuối)\s+)?|giai đoạn\s+(?:từ\s+)?(?:năm\s+)?(?:19|20)\d\d\s*(?:[-–]|đến)\s*|(?:riêng\s+)?(?=n[ăa]m\s))${YEAR_AFTER_WORD}`;
/** Whether a line may hold a year of these patterns (1900–2099): the plain search before them. */
const mayHoldYear = (plain: string) => plain.includes('20') || plain.includes('19');
/** A lead-in that dates what follows: "Đến năm 2025:", "a) Phấn đấu đến năm 2030," (alone or opening a line). */
const LEAD_YEAR = new RegExp(String.raw`${LEAD_YEAR_START}\s*(?:[:,.-]|$)`, 'iu');
/** A sentence that opens on its year dates each of its figures that names none: "Phấn đấu đến năm 2015 giảm A xuống còn 58,3…, giảm B xuống còn 10‰". */
const OPENING_YEAR = new RegExp(String.raw`${LEAD_YEAR_START}(?!\d)`, 'iu');
// A word's start is (?<!\p{L}) in these patterns, not (?:^|[^\p{L}]): the same test, which runs many times faster.
// A lookahead for the first letters of the words goes before it: a place that fails it is passed
// over before the slower look back is tried.
/** A change per year ("tốc độ giảm sinh trung bình mỗi năm 0,1‰"): a relative target. */
const PER_YEAR = firstLettersChecked(/(?=[gt])(?<!\p{L})(giảm|tăng)(?=[^\p{L}])[^;]*?(?:mỗi năm|hằng năm|hàng năm|bình quân|trung bình)[^;]*$/iu);
/** "… đều giảm", "… đều đạt": the figure that follows is every joined subject's. */
const SHARED = /\sđều\s+(?:\p{L}+\s*){0,2}$/u;

/** The indicators of the subjects a clause joins with "và" or ",", in order, each once. */
function sharedIndicators(subjects: string, indicators: readonly Indicator[]): (Indicator | null)[] {
  // A subject the taxonomy cannot name ("tỷ lệ phá thai ở vị thành niên") keeps its figure, unclassified.
  const parts = subjects.split(/\s+và\s+|,\s*/u);
  const first = classify(parts[0]!, indicators);
  const found = parts.flatMap((part, k) => (k === 0 ? first : joinedIndicator(part, parts[0]!, first, indicators)) ?? (RATE_WORD.test(part) ? [null] : []));
  return [...new Set(found)];
}
const RATE_WORD = /^\s*(?:tỷ|tỉ)\s+(?:lệ|suất|số)(?!\p{L})/iu;
/** "Tỷ lệ này", "tỷ số này", "chỉ số này": the rate of the clause before. */
const THIS_RATE = firstLettersChecked(/(?=[tc])(?<!\p{L})(?:(?:tỷ|tỉ)\s+(?:lệ|suất|số)|chỉ số|chỉ tiêu)\s+(?:này|đó)(?!\p{L})/iu);
/** A rate named anywhere in a clause. */
const RATE_NAMED = firstLettersChecked(/(?=t)(?<!\p{L})(?:tỷ|tỉ)\s+(?:lệ|suất|số)(?!\p{L})/iu);

/** Years joined by "và" or commas: "năm 2025 và năm 2030", "2025, 2030". */
const JOINED_YEARS = /(?:19|20)\d\d(?:\s*(?:,|và|,\s*và)\s*(?:năm\s+)?(?:19|20)\d\d)+/u;
/** "… lần lượt là", "… lần lượt đạt", "… tương ứng là": the figures that follow take the subjects in turn. */
const RESPECTIVELY = /(?:^|\s)(?:lần\s+lượt|tương\s+ứng)(?:\s+(?:là|đạt|ở mức|giảm|tăng|xuống|còn|dưới|trên|không quá|tối thiểu|ít nhất|khoảng))*\s*:?\s*$/iu;

/**
 * The indicators of the subjects before "lần lượt", in order, joined by "và" or ",". A subject
 * that leaves out the words it shares with the first is read with them ("Tỷ suất tử vong trẻ em
 * dưới 1 tuổi và dưới 5 tuổi", "xét nghiệm HIV và giang mai"); a part that names nothing is the start of the next one's name
 * ("Tỷ lệ bà mẹ và trẻ sơ sinh được chăm sóc …"). The last, if the taxonomy cannot name it,
 * takes its turn unclassified.
 */
function respectiveIndicators(subjects: string, indicators: readonly Indicator[]): (Indicator | null)[] {
  const parts = subjects.split(/(\s+và\s+|,\s*)/u);
  const out: (Indicator | null)[] = [];
  let first = '';
  let pending = '';
  for (let k = 0; k < parts.length; k += 2) {
    const part = pending + parts[k]!;
    const last = k + 2 >= parts.length;
    const named = out.length === 0 ? classify(part, indicators) : joinedIndicator(part, first, out[0]!, indicators);
    if (named || last) {
      out.push(named);
      if (out.length === 1) first = part;
      pending = '';
    } else pending = part + parts[k + 1]!;
  }
  return out;
}
/** Nothing but a joining word between two figures: "10‰ và 15‰", "90%, 85%". */
const JOINED_FIGURES = /^\s*(?:,|và|,\s*và)\s*$/u;

/**
 * "Giảm tỷ suất tử vong trẻ em dưới 1 tuổi, dưới 5 tuổi xuống còn 10‰ và 15‰": as many distinct
 * joined subjects as joined figures take them in turn, "lần lượt" or not. Null unless the counts
 * match and every subject names an indicator of its own.
 */
function impliedInTurn(subjects: string, figures: readonly Figure[], i: number, text: string, indicators: readonly Indicator[]): { subjects: (Indicator | null)[]; next: number } | null {
  let joined = 0;
  while (i + joined + 1 < figures.length && JOINED_FIGURES.test(text.slice(figures[i + joined]!.end, figures[i + joined + 1]!.start))) joined++;
  if (!joined || !(subjects.includes(',') || subjects.includes(' và '))) return null;
  const named = respectiveIndicators(subjects, indicators);
  return named.length === joined + 1 && named.every(Boolean) && new Set(named).size === named.length ? { subjects: named, next: 1 } : null;
}

/**
 * The indicator of a subject joined to a first one: its own, or the first's with the words it
 * leaves out ("… dưới 1 tuổi và dưới 5 tuổi") or with its last words in place ("… xét nghiệm HIV
 * và giang mai").
 */
function joinedIndicator(part: string, first: string, firstIndicator: Indicator | null, indicators: readonly Indicator[]): Indicator | null {
  const own = classify(part, indicators);
  if (own) return own;
  const whole = withEllipsis(first, part);
  const elided = whole ? classify(whole, indicators) : null;
  if (elided) return elided;
  return firstIndicator ? (inPlaceOf(first, part, firstIndicator, indicators)?.indicator ?? null) : null;
}

/**
 * The size of a change ("mức giảm tỷ lệ sinh con thứ 3 trở lên đạt 0,5%", "Mức giảm tỷ lệ sinh:
 * 0,1‰"), or a clause that opens on its verb and names no level to reach ("- Giảm tỷ lệ sinh:
 * 0,3‰", "Giảm tỷ lệ sinh 0,3‰"; never "giảm … xuống còn 10%"): a relative target.
 */
const AMOUNT = /(?:(?:^|[^\p{L}])(?:mức|tốc độ)\s+|^[-+•*\s]*(?:phấn đấu\s+)?(?=(?:giảm|tăng)\s(?:(?!xuống|còn|lên|đến|tới|mức|bằng|là|đạt)[^;])*$))(giảm|tăng)(?=[^\p{L}])/iu;
/** A clause stating a past result ("đã giảm … xuống còn 23,7% năm 2016"). */
const PAST = firstLettersChecked(/(?=[đnhtk])(?<!\p{L})(?:đã\s+(?:giảm|tăng|đạt|xuống|lên|còn|ở mức)|năm trước|hiện nay|hiện tại|hiện còn|thực hiện năm|kết quả năm)(?=[^\p{L}]|$)/iu);
/** An estimate of the present, which a plan states beside its targets ("Ước dân số trung bình năm 2024: …", "ước thực hiện năm 2023 đạt …"). */
const ESTIMATE = firstLettersChecked(/(?=ư)(?<!\p{L})ước\s+(?:tính|thực hiện|đạt|dân số|cả năm|năm)(?=[^\p{L}]|$)/iu);
/** Figures about the whole country, quoted as context in a local plan. */
// "Góp phần thực hiện mục tiêu quốc gia giảm …", "(mục tiêu quốc gia là 18,5‰)": the country's target
// beside the plan's own (never "Chương trình mục tiêu quốc gia …", a programme's name). "… đạt 99%,
// cao hơn so với cả nước" compares the plan's figure with the country: it is the plan's.
const NATIONAL_CONTEXT = firstLettersChecked(/(?=[tcbgm])(?<!\p{L})(?<!so với\s(?:mức\s)?(?:(?:bình quân|trung bình)\s(?:chung\s)?)?(?:của\s)?)(?:toàn quốc|cả nước|trên cả nước|bình quân chung|trung bình cả nước|góp phần (?:thực hiện |đạt |hoàn thành )?(?:các |thành công )?mục tiêu (?:quốc gia|chung)|(?:mục tiêu|chỉ tiêu) quốc gia (?:là|đến năm))(?=[^\p{L}]|$)/iu);
/** Whether a figure lies inside a match (a bracket). */
const within = (f: Figure, m: RegExpExecArray) => f.start >= m.index && f.end <= m.index + m[0].length;
/**
 * What a higher level assigned or another document sets: "(chỉ tiêu Bộ Y tế giao là 90%)", "(tỉnh
 * giao 95%)", "(chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh là 75%)". A document by its capitalised
 * name: "chỉ tiêu kế hoạch" alone may be the plan's own.
 */
const ASSIGNED = firstLettersChecked(/(?=[ĐđGgCcMm])(?<!\p{L})(?:(?:[Đđ]ược\s+)?[Gg]iao(?:\s+là)?|(?:[Cc]hỉ tiêu|[Mm]ục tiêu)\s+(?:của\s+|theo\s+|tại\s+)?(?:Nghị quyết|Quyết định|Kế hoạch|Chương trình|Chiến lược|Đề án|Chỉ thị))(?![\p{L}])/u);
/** A bracket: an aside, read apart from the clause around it ("dưới 20‰ (toàn quốc là 18,5‰)"). */
const ASIDE = /\([^()]*\)/g;

/**
 * The figures of a line that are the country's: those of a clause (up to a ";" or a sentence's
 * stop) or of a bracket that names the country. The plan's own figures beside them are read:
 * "Tỷ suất … của tỉnh dưới 20‰ (toàn quốc là 18,5‰)", "…; toàn quốc đạt 90%".
 */
function nationalFigures(plain: string, figures: readonly Figure[]): Set<Figure> {
  const asides = matchesOf(ASIDE, plain);
  // The clauses are read without their brackets, each bracket on its own.
  const masked = plain.replace(ASIDE, (a) => ' '.repeat(a.length));
  const out = new Set<Figure>();
  for (const f of figures) {
    const text = asides.find((m) => within(f, m))?.[0] ?? lastClause(masked.slice(0, f.start)) + firstClause(masked.slice(f.start));
    if (NATIONAL_CONTEXT.test(text)) out.add(f);
  }
  return out;
}
/** Not a year. */
const NOT_YEAR = String.raw`(?!(?:19|20)\d\d(?!\d))`;
/** Not a unit of age, time or weight after a number ("5 tuổi", "6 tháng", "2.500 gam"). */
const NOT_MEASURE = String.raw`(?!(?:năm|tuổi|tháng|ngày|giờ|tuần|lần|gam|gram|kg|cm)(?!\p{L}))`;
/** A number of things and the noun it counts ("70.000 ngôi nhà", "170 trường học"; never "5 tuổi"). */
const COUNTED = String.raw`${NOT_YEAR}(?:\d{1,3}(?:\.\d{3})+|\d{2,})\s+${NOT_MEASURE}`;
/** A count of things set as a target: a number and a noun, then "đạt" or a target year. */
const COUNT_TARGET = new RegExp(String.raw`(?<![\d.,/])${COUNTED}\p{L}[^;]*?(?:\sđạt\s|(?:vào|đến)\s+năm\s+\d{4})`, 'u');
/**
 * A list item that opens on a count of people or things, in the targets part: "- 1.100 người
 * nghiện chích ma túy điều trị Methadone;", "- Có ít nhất 500 cộng tác viên …". Not a year, an
 * age or a duration.
 */
const COUNT_ITEM_OPENS = new RegExp(String.raw`^(?:[-+•*–]\s*|[a-zđ][.)]\s*)(?:(?:[Cc]ó|[Pp]hấn đấu(?:\s+có)?|[Đđ]ạt|[Íí]t nhất|[Tt]ối thiểu|[Tt]rên|[Hh]ơn|[Kk]hoảng)\s+)*${COUNTED}\p{Ll}`, 'u');
/**
 * A count after a label's colon or a comparator word: "Số bác sĩ/vạn dân: 10 bác sĩ", "Số giường
 * bệnh/vạn dân đạt 32 giường". Not a year, an age, a duration or a weight.
 */
const COUNT_AFTER = firstLettersChecked(new RegExp(String.raw`(?:[:≥≤<>]|(?=[đlcxítdk])(?<!\p{L})(?:đạt|lên|còn|xuống|ít nhất|tối thiểu|trên|dưới|khoảng))\s*${NOT_YEAR}(?:\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s+${NOT_MEASURE}\p{Ll}`, 'u'));
/** A height set as a target: "chiều cao trung bình … tăng thêm 1,5 cm", "đạt 1,5 - 2 cm". */
const HEIGHT_TARGET = firstLettersChecked(/(?=[tđlk])(?<!\p{L})(?:tăng(?:\s+thêm)?|đạt|lên|trên|khoảng)\s+\d+(?:,\d+)?(?:\s*[-–]\s*\d+(?:,\d+)?)?\s*cm(?![\p{L}\d])/iu);
/** Why figures outside the targets part are left unread when their words name no indicator: a phrasing may read them (the editor's report says so). */
export const NAMES_NO_INDICATOR = 'figure outside the targets part that names no known indicator';
/** Why a count is kept for the editor. */
const COUNT_KEPT = 'a count of things, which no unit of the record holds: kept for the editor';
/** A count of things in the text: one of the three ways plans set one. */
const countsThings = (text: string) => COUNT_TARGET.test(text) || COUNT_ITEM_OPENS.test(text) || COUNT_AFTER.test(text);

/**
 * Where each clause of a line starts that counts things and holds none of the line's figures: a
 * ";"-clause, or within one that holds figures a clause after a comma and a space ("tỷ lệ lây
 * truyền dưới 2%, số trẻ mới nhiễm dưới 50 trẻ"), never at a decimal comma.
 */
function countClauses(plain: string, figures: readonly Figure[], from = 0, split = CLAUSE): number[] {
  const out: number[] = [];
  for (const m of matchesOf(split, plain)) {
    const [start, end] = [from + m.index, from + m.index + m[0].length];
    const holds = figures.some((f) => f.start >= start && f.start < end);
    if (!holds && countsThings(m[0])) out.push(start + (m[0].length - m[0].trimStart().length));
    else if (holds && split === CLAUSE) out.push(...countClauses(m[0], figures, start, COMMA_CLAUSE));
  }
  return out;
}
const CLAUSE = /[^;]+/g;
const COMMA_CLAUSE = /(?:[^,]|,(?!\s))+/g;

/** A change by a fraction: "giảm 1/3 tỷ lệ …", "giảm 2/3", "giảm hai phần ba", "giảm một nửa". */
const FRACTION_CHANGE = firstLettersChecked(/(?=[gt])(?<![\p{L}])(giảm|tăng)(?:\s+(?:được|thêm|ít nhất|khoảng))?\s+(\d\s*\/\s*\d(?![\d.,])|(?:một|hai|ba) phần (?:hai|ba|tư|năm)|một nửa)(?![\p{L}\d])/iu);
/** A comparator sign right before a number: "≤ 19,5", "< 20,0". */
const BOUND_WITHOUT_UNIT = /[<>≤≥]\s*\d/;
const BASELINE_YEAR = new RegExp(SO_VOI_YEAR, 'iu');
const SUBGROUP = /(?:trong đó|riêng)\s*[:,]?\s*([^;]*)$/iu;
/** A subgroup defined by a condition, which may hold figures of its own: "ở các tỉnh năm 2020 có tỷ suất … trên 19‰". */
const DEFINED_GROUP = /(?:ở|tại|đối với)\s+((?:các|những)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|địa phương|nơi)(?:\s*,\s*(?:thành phố|thị xã|quận|phường|thị trấn))?\s+(?:năm\s+\d{4}\s+)?(?:có|còn|với|mà)\s.*)$/u;
/** The country's macro-regions, which national plans set figures for ("khu vực Tây Nguyên", "các tỉnh miền núi phía Bắc"). */
const REGION_NAMES = String.raw`(?:trung du và )?miền núi phía bắc|tây nguyên|tây bắc|đông bắc|đồng bằng sông (?:hồng|cửu long)|bắc trung bộ|nam trung bộ|duyên hải miền trung|đông nam bộ|tây nam bộ`
  // Every word in either case: the patterns that use it are not all case-insensitive.
  .replace(/(^|[\s(|:])(\p{Ll})/gu, (_, at: string, c: string) => `${at}[${c.toUpperCase()}${c}]`);
/** A subgroup's name alone, then up to three comparator words, at the end of the text before its figure. */
const NAME_TRAIT = String.raw`(?:${REGION_NAMES}|miền núi|vùng cao|vùng sâu|vùng xa|đặc biệt khó khăn|khó khăn|dân tộc thiểu số|DTTS|nông thôn|thành thị|đô thị|nội thành|ngoại thành|đồng bằng|ven biển|biên giới|hải đảo)`;
// Traits may be joined: "khu vực miền núi phía Bắc và Tây Nguyên".
const GROUP_NAME = String.raw`\s*(?:và\s+)?((?:(?:vùng|khu vực|địa bàn|(?:các\s+)?(?:xã|huyện|tỉnh)|đồng bào)\s+){0,2}${NAME_TRAIT}(?:\s*(?:,|và)\s*${NAME_TRAIT})*)(?:\s*(?:đạt|dưới|trên|là|còn|xuống|giảm|tăng|từ|không quá|tối thiểu|ít nhất|:)){0,3}\s*$`;
/** A subgroup's name alone after a comma or a bracket, before its figure: ", miền núi đạt", ", vùng khó khăn dưới", "(khu vực miền núi dưới". */
const BARE_GROUP = new RegExp(`(?<=[,(])${GROUP_NAME}`, 'iu');
/** A clause after a ";" that is a subgroup's name alone, before its figure: "; miền núi đạt". */
const GROUP_CLAUSE = new RegExp(`(?<=;)${GROUP_NAME}`, 'iu');
const NEXT_GROUP = /^[^\p{L}]*(?:và|còn)?\s*((?:vùng|khu vực|miền|huyện|xã|các|nhóm|đồng bào|dân tộc|nông thôn|thành thị)\s.*)$/iu;
/** Words that may stand between two figures without naming anything ("… và tăng 15% …"). */
const LEAD_IN = { signs: ',;<>≤≥=', words: ['và', 'hoặc', 'tăng', 'giảm', 'đạt', 'trên', 'dưới', 'xuống', 'còn'] };
/** Words that end a subgroup's name without being part of it ("vùng khó khăn đạt"). */
const GROUP_TAIL = { signs: ':,<>≤≥', words: ['đạt', 'trên', 'dưới', 'xuống', 'còn', 'và', 'hoặc', 'giảm', 'tăng', 'lên', 'mức', 'ở', 'khoảng', 'vào', 'đến', 'tới', 'trong', 'năm', 'từ'] };


/** The goal heading ("Mục tiêu 1: …") a line opens, or null. */
export function goalTitle(plain: string): string | null {
  // "Mục tiêu" in any case holds "ụ" or "Ụ": the plain search first, as most lines have neither.
  const m = plain.includes('ụ') || plain.includes('Ụ') ? GOAL_LINE.exec(plain) : null;
  return m ? m[1]!.trim() : null;
}

function figuresOf(text: string, inPart: boolean, indicators: readonly Indicator[]): Figure[] {
  const out: Figure[] = [];
  // Every unit VALUE_RE takes holds one of these ("/100.000" holds "100").
  if (text.includes('%') || text.includes('‰') || text.includes('000') || text.includes('100') || text.includes('phần trăm')) {
    for (const m of matchesOf(VALUE_RE, text)) {
      out.push({ start: m.index, end: m.index + m[0].length, value: parseViNumber(m[1]!), unitText: m[2]! });
    }
  }
  // Values in words are read in the targets part; elsewhere, where the words are common, only the
  // rates counted in children, boys and years of life ("tổng tỷ suất sinh đạt 2,15 con/phụ nữ"),
  // so that such a figure is reported to the editor, never dropped unseen.
  if (inPart ? mayHoldWordUnit(text) : WORD_RATE_OUTSIDE.test(text)) {
    for (const m of matchesOf(WORD_VALUE_RE, text)) {
      const unit = m[2]!.toLowerCase();
      if (!inPart && (unit === 'người' || unit.startsWith('triệu'))) continue;
      // "- Tổng số người mới sử dụng BPTT hiện đại trong năm 5.605.000 người;": an item that counts
      // people and ends on its count states it with no word before it.
      const count = unit === 'người' && COUNT_ITEM.test(text) && ITEM_END.test(text.slice(m.index + m[0].length));
      let word = count ? 'direction' : comparatorWord(text.slice(0, m.index));
      // "Tổng tỷ suất sinh 2,1 con", "Mức sinh 1,4 con/phụ nữ": no word, but the clause names the
      // indicator counted in that unit (never "gia đình có 2 con").
      if (word === null && (unit === 'con' || unit.includes('trai')) && namesIndicatorIn(`${ownPart(text.slice(0, m.index))}${m[0]}`, unitOf(unit), indicators)) word = 'direction';
      if (word === null || word === 'from' || word === 'increase' || word === 'decrease') continue;
      // Ages and head counts are targets only as a listed value ("Tuổi thọ trung bình: 73,8 tuổi",
      // "Tổng số người mới sử dụng BPTT: 5.113.387 người"), never "trẻ dưới 5 tuổi".
      // A life expectancy may also be set with a word ("Tuổi thọ trung bình đạt 74 tuổi"), when
      // nothing between it and the figure names people of an age ("… của trẻ dưới 5 tuổi").
      // Healthy years in "tuổi" too ("…, trong đó sẽ sống khỏe mạnh tối thiểu 68 tuổi").
      if (unit === 'tuổi' ? !/tuổi thọ/iu.test(text) || (word !== 'direction' && !LIFE_EXPECTANCY_BEFORE.test(text.slice(0, m.index)) && !HEALTHY_YEARS_BEFORE.test(text.slice(0, m.index))) : unit === 'người' && word !== 'direction') continue;
      // Years counted as "năm" only for healthy life years ("số năm sống khỏe mạnh đạt tối thiểu 68 năm").
      if (unit === 'năm' && !HEALTHY_YEARS_BEFORE.test(text.slice(0, m.index))) continue;
      // Outside the targets part (a directive has none), a clause that aims sets a target: "Phấn đấu
      // đến năm 2025 tỷ số giới tính khi sinh dưới 110 trẻ trai/100 trẻ gái".
      const clause = inPart ? '' : lastClause(text.slice(0, m.index));
      const aims = !inPart && AIM.test(clause) && !PAST.test(clause);
      out.push({ start: m.index, end: m.index + m[0].length, value: parseViNumber(m[1]!), unitText: m[2]!.toLowerCase(), ...(inPart || aims ? {} : { outside: true as const }) });
    }
    out.sort((a, b) => a.start - b.start);
    // "dưới 109 bé trai/100 bé gái … vào năm 2025; dưới 107 vào năm 2030": a bound whose unit
    // the figure before it stated once.
    const counted = out.filter((f) => f.unitText === 'con' || f.unitText.includes('trai'));
    for (const f of counted) {
      const m = ELLIPTIC_WORD_VALUE.exec(text.slice(f.end, f.end + 80));
      if (m) out.push({ start: f.end + m.index + m[0].length - m[1]!.length, end: f.end + m.index + m[0].length, value: parseViNumber(m[1]!), unitText: f.unitText });
    }
    if (counted.length) out.sort((a, b) => a.start - b.start);
  }
  return out;
}

const DIGIT = /\d/;

/**
 * Whether a line of the targets part may hold a value in words: plain searches, each of a word
 * by its rarest letters first ("ườ" for "người": a search stops at every "n" of the line).
 */
const mayHoldWordUnit = (text: string) => text.includes('con') || text.includes('trai')
  || (text.includes('ườ') && text.includes('người')) || (text.includes('ổi') && text.includes('tuổi'))
  || (text.includes('ệu') && text.includes('triệu')) || (text.includes('ỏe') && text.includes('sống khỏe'));

/** Outside the targets part, a rate counted in words: children per woman, boys per 100 girls, years of life. */
const WORD_RATE_OUTSIDE = /\d\s*(?:con|(?:số\s+)?(?:bé|trẻ)\s+(?:em\s+|sơ\s+sinh\s+)?trai)(?![\p{L}\d])|tuổi thọ|sống khỏe/iu;

/** After a figure counted in words: its clause, then "; dưới 107" or "và 2,0" with no unit of its own. */
const ELLIPTIC_WORD_VALUE = new RegExp(String.raw`^(?:[^;.%‰\d]|\d{4})*?(?:[;,]\s*(?:và\s+)?|\svà\s+)(?:dưới|không quá|tối đa|trên|ít nhất|tối thiểu|đạt|còn|xuống)\s+(${NUMBER_SOURCE})(?=\s*(?:[;.,]|$|(?:vào|đến|trong)?\s*năm\s+\d{4}))`, 'u');

/** "số năm sống khỏe mạnh … đạt" right before a number of years, in the same clause. */
const HEALTHY_YEARS_BEFORE = /sống khỏe(?:[^,;.:])*$/iu;

/** "tuổi thọ … đạt" right before an age, with no people named in between. */
const LIFE_EXPECTANCY_BEFORE = /tuổi thọ(?:(?!trẻ|người|phụ nữ|em\b)[^,;.:])*$/iu;

/** The words after the last stop or comma: the part of a clause a bare figure belongs to. */
const ownPart = (s: string) => s.slice(Math.max(lastStop(s), s.lastIndexOf(',') + 1));

/** Whether `clause` names an indicator counted in `unit`. */
function namesIndicatorIn(clause: string, unit: Unit | null, indicators: readonly Indicator[]): boolean {
  return unit !== null && classify(clause, indicators)?.unit === unit;
}

/** The start of a range that ends at a figure: "5-10%", "5 – 10%" (never "2021-2025", which has no unit). */
const RANGE_BEFORE = new RegExp(String.raw`(?<![\d.,/])(${NUMBER_SOURCE})\s*[-–]\s*$`, 'u');

/** An item that counts ("- Tổng số người …", "Số người …"), and the end of one after its figure. */
const COUNT_ITEM = /^(?:[-+•]\s*)?(?:tổng\s+)?số\s/iu;
const ITEM_END = /^\s*[.;]?\s*$/;

/** Words unitOf reads as each unit that a value in words carries ("112 trẻ trai", "2,1 con"). */
const UNIT_WORDS: Partial<Record<Target['unit'], string>> = {
  boys_per_100_girls: 'trai', children_per_woman: 'con', million_people: 'triệu', people: 'người', years: 'tuổi',
};
/** A bare value that ends an item, after its label's colon: "(số trẻ trai/100 trẻ gái): không quá 112." */
const LISTED_VALUE = new RegExp(String.raw`:\s*(?:\p{L}+(?:\s+\p{L}+){0,2}\s+)?(${NUMBER_SOURCE})\s*[.;]?\s*$`, 'u');

/** A label that ends on its unit in brackets: "… (%)", "… (đơn vị tính: ‰)". */
const UNIT_IN_LABEL = /\(\s*(?:đơn vị\s*(?:tính)?\s*:?\s*)?(%|‰)\s*\)\s*$/iu;

/**
 * An item whose label names an indicator counted in words (the unit stated once, in the label)
 * and ends on its value alone: the value is read in the indicator's unit. Percentages and rates
 * always write their unit, so a bare number under them is never read.
 */
function listedValue(text: string, indicators: readonly Indicator[]): Figure[] {
  const m = LISTED_VALUE.exec(text);
  if (!m) return [];
  const label = text.slice(0, m.index);
  // "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ (%): 95": the label states the sign.
  const sign = UNIT_IN_LABEL.exec(label)?.[1];
  const indicator = sign ? null : classify(label, indicators);
  const unitText = sign ?? (indicator ? UNIT_WORDS[indicator.unit] : undefined);
  if (!unitText) return [];
  const start = m.index + m[0].lastIndexOf(m[1]!);
  return [{ start, end: start + m[1]!.length, value: parseViNumber(m[1]!), unitText }];
}

/** Resolve an elliptic clause ("… dưới 1 tuổi xuống dưới 4‰ và trẻ dưới 5 tuổi …") against the one before. */
function withEllipsis(previous: string, clause: string): string | null {
  // "… trẻ em < 1 tuổi: 10‰; < 5 tuổi: 15‰": the sign reads as the word it stands for.
  if (previous.includes('<')) previous = agesInWords(previous);
  if (clause.includes('<')) clause = agesInWords(clause);
  const stripped = clause.replace(/^[\s,;]*(?:và|hoặc)?\s*/u, '');
  const first = /^\p{L}+/u.exec(stripped)?.[0];
  // A Vietnamese word is one syllable; a "word" of hundreds of letters is no clause to resolve.
  if (!first || first.length > MAX_WORD) return null;
  const at = wordIndex(previous, first);
  return at > 0 ? previous.slice(0, at) + stripped : null;
}

/**
 * The indicator a short clause names in place of the last words of the subject before it ("…
 * được xét nghiệm HIV" / "giang mai" → "… được xét nghiệm giang mai"), with the subject it stands
 * for; null unless that names an indicator other than the one before.
 */
function inPlaceOf(previous: string, clause: string, was: Indicator, indicators: readonly Indicator[]): { indicator: Indicator; subject: string } | null {
  const core = (s: string) => s.slice(0, trailingRun(s, LEAD_IN)).replace(/^[\s,;:(]*(?:và|hoặc)?\s*/u, '').trim();
  const fragment = core(clause);
  const words = fragment.split(/\s+/);
  // "…; ở phụ nữ có thai giảm xuống dưới 23%": the preposition is no word of the short name.
  const named = words.length - (/^(?:ở|tại|trong)$/u.test(words[0]!) ? 1 : 0);
  if (fragment === '' || named > MAX_FRAGMENT || !/^[\p{L}\s]+$/u.test(fragment)) return null;
  const own = core(previous).split(/\s+/);
  for (const k of new Set([words.length, 1, 2, 3])) {
    if (own.length - k < 2) continue;
    const subject = `${own.slice(0, -k).join(' ')} ${fragment}`;
    const indicator = classify(subject, indicators);
    if (indicator && indicator !== was) return { indicator, subject };
  }
  return null;
}
const MAX_FRAGMENT = 4;

const MAX_WORD = 30;
const LETTER = /\p{L}/u;

/** Index of the first `word` in `s` with no letter right before or after it, or -1. */
function wordIndex(s: string, word: string): number {
  for (let at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
    // The code point before `at` may be a surrogate pair.
    const low = at > 0 ? s.charCodeAt(at - 1) : 0;
    const prev = at === 0 ? '' : low >= 0xdc00 && low <= 0xdfff && at > 1 ? s.slice(at - 2, at) : s[at - 1]!;
    const next = String.fromCodePoint(s.codePointAt(at + word.length) ?? 0x20);
    if (!LETTER.test(prev) && !LETTER.test(next)) return at;
  }
  return -1;
}

/** A comma and a verb that opens a clause of its own. */
const COMMA_VERB = /,\s*(?=(?:giảm|tăng|nâng|đưa|khống chế|duy trì|phấn đấu)(?!\p{L}))/giu;

/** The clause of `s` that ends it: after the last ";" or sentence stop. */
function lastClause(s: string): string {
  return s.slice(lastStop(s));
}

/** Where a figure's own subgroup ends: "dưới 23%, riêng ở vùng miền núi dưới 25,5%" (the group is the next figure's). */
const OWN_GROUP_END = /,|;|\s(?:riêng|trong đó)(?!\p{L})/u;

/** Where the words after a figure and its own subject stop naming it: "và"/"hoặc", or a year. */
const FORWARD_END_AFTER_SUBJECT = /\s(?:và|hoặc)\s|(?:vào\s+|đến\s+|trong\s+)?n[ăa]m\s+\d{4}|(?:vào|đến|trong)\s+(?:19|20)\d\d(?!\d)/u;
/** Where the words after a figure stop naming it: a comma, "và"/"hoặc", or a year. */
const FORWARD_END = new RegExp(`,|${FORWARD_END_AFTER_SUBJECT.source}`, 'u');

/**
 * How a whole sentence, item or heading ends: a stop, a colon, a closing bracket or quote, or a
 * figure's unit or a year ("… xuống dưới 4‰", "… vào năm 2025"), as a list item may. An excerpt
 * cut mid-sentence ends on anything else ("… và dưới 10", "… 90% năm 2030 và giảm").
 */
const WHOLE_END = /(?:[.;:!?…)\]"”’%‰]|(?<!\d)\d{4})\s*$/u;

/** Where the last clause of `s` starts: after its last ";" or sentence stop (0 when none). */
function lastStop(s: string): number {
  // A loop from the end: a regex for "the last stop" is quadratic on a long line.
  for (let i = s.length - 1; i >= 0; i--) if (isStop(s, i)) return i + 1;
  return 0;
}

/** A clause stop at `i`: a ";", or a "." that ends a sentence (not "21.4"). */
function isStop(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 0x3b || (c === 0x2e && i + 1 < s.length && /\s/.test(s[i + 1]!));
}

/** The clause of `s` that starts it: up to the first ";" or sentence stop. */
function firstClause(s: string): string {
  const cut = s.search(/;|\.(?:\s|$)/);
  return cut >= 0 ? s.slice(0, cut) : s;
}

/**
 * The year a figure's own clause gives it: first a year right after it or later in its
 * clause, then the last year of the clause before it. Baselines ("so với năm 2020") never.
 */
function yearOf(ownBefore: string, own: string, after: string, rest: string): number | null {
  // "lên 80% (năm 2030 là 85%)": a bracket that runs on to the next figure dates that figure.
  const open = own.indexOf('(');
  if (open >= 0 && !own.includes(')', open)) own = own.slice(0, open);
  const right = YEAR_AFTER.exec(own);
  if (right) return yearIn(right);
  const led = YEAR_LEADS.exec(ownBefore.slice(-48));
  if (led) return Number(led[1]);
  const later = matchesOf(CLAUSE_YEAR, own)[0];
  if (later) return Number(later[1]);
  const earlier = matchesOf(CLAUSE_YEAR, ownBefore).at(-1);
  if (earlier) return Number(earlier[1]);
  // "… do đuối nước năm 2025 và …", "… năm 2025 xuống còn 500/100.000": a bare year in the clause.
  const bare = BARE_YEAR.exec(beforeFirst(FORWARD_END_BEFORE_YEAR, own)) ?? matchesOf(BARE_YEARS, ownBefore).at(-1);
  if (bare) return Number(bare[1]);
  // "dưới 10% (nội thành), 5% (ngoại thành) vào năm 2025": figures of one clause share the year
  // that closes it. Bounded: a clause of thousands of figures is read once per figure.
  if (own.length < after.length) return null;
  const clause = firstClause(rest.slice(0, 400));
  const closing = YEAR_AFTER_FIGURE.exec(clause);
  return closing ? yearIn(closing) : null;
}

/**
 * A year or a period that leads its figure's clause, with no preposition: "2025 đạt 80%, 2030 đạt
 * 90%", "năm 2030: 85%", "năm 2024 phấn đấu đạt trên 97%", "giai đoạn 2026-2030 dưới 18‰" (its end).
 */
const YEAR_LEADS = /(?:^|[,;:(]\s*|\s)(?<!so với\s|từ\s)(?:năm\s+)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\s*:?\s*(?:phấn đấu\s+)?(?:(?:đạt|là|giảm(?:\s+còn|\s+xuống)?|tăng(?:\s+lên)?|dưới|trên|còn|xuống|lên|không quá|tối thiểu|ít nhất|khoảng)\s*){0,2}$/u;

/** The year a match of YEAR_AFTER or YEAR_AFTER_FIGURE holds: each way of writing it is a group. */
const yearIn = (m: RegExpExecArray) => Number(m[1] ?? m[2] ?? m[3] ?? m[4]);

/**
 * The year an earlier clause of the sentence sets for the ones after it ("đến năm 2025 tăng A lên
 * 80%; tăng B lên 25%"): its last "đến / vào / trong năm …" outside brackets, where a figure's
 * own clause names none. `before` is the text before the figure on its line.
 */
function sentenceYear(before: string): number | null {
  // Each pattern below needs a year of 1900–2099.
  if (!mayHoldYear(before)) return null;
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf(': '));
  const sentence = before.slice(stop + 1).replace(/\([^()]*\)/g, ' ');
  const last = matchesOf(CLAUSE_YEAR, sentence).at(-1);
  if (last) return Number(last[1]);
  // "Một số chỉ tiêu cụ thể trong năm 2024: A 95%; B 60%": a lead-in dates the list after its colon.
  const colon = before.lastIndexOf(': ');
  if (colon < 0 || colon < before.lastIndexOf('. ')) return null;
  const lead = LIST_LEAD_YEAR.exec(before.slice(Math.max(0, before.lastIndexOf('. ', colon) + 1), colon + 1));
  if (lead) return Number(lead[1]);
  // "…dưới 8%; đến năm 2030: A dưới 19%; B dưới 7%": a clause that is only its year dates the list after its colon.
  const year = YEAR_BEFORE_COLON.exec(before.slice(Math.max(0, before.lastIndexOf('; ', colon) + 1, before.lastIndexOf('. ', colon) + 1), colon + 1));
  return year ? Number(year[1]) : null;
}

/** A clause of nothing but its year, before a colon: "đến năm 2030:", "- Năm 2025:", "(đến năm 2030):". */
const YEAR_BEFORE_COLON = /^[\s\-+•*(]*(?:(?:phấn đấu|mục tiêu)\s+)?(?:(?:đến|vào|trong|tới|đến hết)\s+(?:(?:hết|cuối)\s+)?)?n[ăa]m\s+((?:19|20)\d\d)\s*\)?\s*:\s*$/iu;

/** A lead-in of targets that ends on its colon: "… chỉ tiêu cụ thể trong năm 2024 cần phấn đấu thực hiện, gồm:". */
const LIST_LEAD_YEAR = new RegExp(String.raw`(?:chỉ tiêu|mục tiêu)[^.;:]{0,60}?(?:đến|vào|trong|tới|đến hết)\s+(?:(?:hết|cuối)\s+)?${YEAR_AFTER_WORD}[^.;:]{0,60}:\s*$`, 'iu');

/** "năm 2025" with no preposition; never a reference ("so với năm", "từ năm") nor a date ("tháng 9 năm 2021"). */
const BARE_YEAR_SOURCE = String.raw`(?=n)(?<!so với\s)(?<!so\s)(?<!từ\s)(?<!tháng\s+\d{1,2}\s+)(?<![\p{L}])n[ăa]m\s+(\d{4})(?!\d)`;
const BARE_YEAR = firstLettersChecked(new RegExp(BARE_YEAR_SOURCE, 'iu'));
const BARE_YEARS = firstLettersChecked(new RegExp(BARE_YEAR_SOURCE, 'giu'));
/** A figure's own words end where another figure's or a subgroup's start ("… và 20%", "ở các tỉnh năm 2020 có …"). */
const FORWARD_END_BEFORE_YEAR = /\s(?:và|hoặc|ở|tại|đối với|trong đó|riêng)\s/u;

/** The first year that follows a figure in a clause ("5% (khu vực ngoại thành) vào năm 2025", "5% ở ngoại thành vào năm 2025"). */
// After any other place ("5% ở nông thôn và dưới 10% ở thành phố lớn đến năm 2020") only a year with
// its preposition: "ở các tỉnh năm 2020 có tỷ suất … trên 19‰" defines a group by a year.
const YEAR_AFTER_FIGURE = new RegExp(
  String.raw`[%‰]\s*(?:(?:\([^()]{0,40}\)\s*|(?:ở|tại)\s+(?:khu vực\s+|vùng\s+)?(?:nội thành|ngoại thành|nội thị|ngoại thị|thành thị|nông thôn|đô thị|đồng bằng|miền núi)\s+)?` +
    String.raw`(?:(?:vào|đến|tới|trong)\s+(?:(?:hết|cuối)\s+)?${YEAR_AFTER_WORD}|(?:(?:hết|cuối)\s+)?n[ăa]m\s+(\d{4}))` +
    String.raw`|(?:ở|tại)\s+(?:\p{L}+\s+){1,5}?(?:vào|đến|tới|trong)\s+(?:(?:hết|cuối)\s+)?(?:n[ăa]m\s+)?((?:19|20)\d\d)(?!\d|[.,]\d|\s*[%‰/]))`,
  'iu',
);

/** Physical lines `from`…`to` joined as a logical line joins them: the sentence from the line a target cites. */
function sentenceFrom(doc: Doc, from: number, to: number): string {
  // One line is its own text: no copy per target (a line may hold thousands of figures).
  if (from >= to) return doc.lines[from - 1]!.raw;
  // Blank lines between them left out: a logical line may go on past one.
  return doc.lines.slice(from - 1, to).flatMap((l, i) => (i === 0 ? [l.raw] : l.plain === '' ? [] : [l.raw.trimStart()])).join(' ');
}

/** A numbered heading that opens the targets ("2. Mục tiêu cụ thể", "Chỉ tiêu:"), when no Roman part does. */
const TARGET_HEADING = /^(?:[-+]\s*)?(?:Điều\s+\d+\s*[.:]\s*|\d+(?:\.\d+)*[.)]?\s*|[a-zđ][.)]\s*)?(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?:\s+cụ thể|\s+chủ yếu|\s+chung|\s+tổng quát|\s+kế hoạch)?(?:\s+(?:đến|năm|giai đoạn|trong)[^:.;%‰]*)?\s*[:.]?\s*$/iu;
/** A numbered goal or target, where a portal dropped the part's heading: "a) Mục tiêu 1: …", "- Chỉ tiêu 2: …". */
const NUMBERED_TARGET = /^(?:[-+•]\s*)?(?:\d+(?:\.\d+)*[.)]?\s*|[a-zđ][.)]\s*)?(?:mục tiêu|chỉ tiêu)\s+\d+\s*[:.]/iu;
/** A heading that closes them: the tasks, solutions, organisation or funding. */
const AFTER_TARGETS = /^(?:[IVX]+[.)\-–/]|(?:Điều\s+)?\d+[.)])\s*(?:nhiệm vụ|giải pháp|tổ chức thực hiện|kinh phí|phạm vi|đối tượng)/iu;

/**
 * The lines of the targets part: the Roman-numbered "MỤC TIÊU"/"CHỈ TIÊU" part, or, in a text
 * without one (an excerpt, a short plan), from the first targets heading to the tasks.
 */
function targetPart(doc: Doc): Line[] {
  const part = findPart(doc, TARGET_PART);
  if (part) return part;
  const start = doc.lines.findIndex((l) => TARGET_HEADING.test(l.plain) || NUMBERED_TARGET.test(l.plain));
  if (start < 0) return [];
  const end = doc.lines.findIndex((l, i) => i > start && (romanHeading(l.plain) !== null || AFTER_TARGETS.test(l.plain)));
  return doc.lines.slice(start, end < 0 ? doc.lines.length : end);
}

/** A part on what was done before the plan: "I. KẾT QUẢ THỰC HIỆN NĂM 2023", "I. ĐÁNH GIÁ TÌNH HÌNH …", "I. THỰC TRẠNG". Not the results a plan expects. */
const RESULTS_PART = /(?:KẾT QUẢ(?!\s+(?:MONG ĐỢI|DỰ KIẾN|CẦN ĐẠT|ĐẦU RA))|THỰC TRẠNG|TÌNH HÌNH|ĐÁNH GIÁ|ĐẶC ĐIỂM|SỰ CẦN THIẾT)/iu;

/** The lines of the parts on results (RESULTS_PART) that are not the targets part, and each one's heading. */
function resultsParts(doc: Doc, inPart: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  let heading: string | null = null;
  for (const l of doc.lines) {
    if (romanHeading(l.plain) !== null) heading = RESULTS_PART.test(l.plain) && !TARGET_PART.test(l.plain) ? l.plain : null;
    else if (heading && !inPart.has(l.n)) out.set(l.n, heading);
  }
  return out;
}

/** Read every figure with a target unit: in the targets part all of them, elsewhere those naming an indicator. */
export function extractTextTargets(doc: Doc, ctx: TargetContext): TargetsFound {
  const inPart = new Set(targetPart(doc).map((l) => l.n));
  const results = resultsParts(doc, inPart);
  const targets: Target[] = [];
  const goals: Goal[] = [];
  const unclassified: Unclassified[] = [];
  let goal: string | null = null;
  const ofWholePlan = planScope(ctx.title ?? '');
  let headingYear: number | null = null;
  let lastIndicator: Indicator | null = null;

  // A text cut off mid-sentence (a portal's excerpt): its last sentence is no target.
  const last = doc.logical.at(-1);
  const cutFrom = last && !isTableRow(last.raw) && !WHOLE_END.test(last.plain) ? lastStop(last.plain) : -1;

  // Lines of a table written one cell per line are its cells, read with it (tables.ts).
  const inFlatTable = new Set(flatTablesOf(doc).flatMap((t) => [...t.lines]));
  for (const line of doc.logical) {
    if (isTableRow(line.raw) || inFlatTable.has(line.n)) continue;
    // Every figure has a digit, and so has a goal's heading ("Mục tiêu 1: …"); most lines have none.
    const digit = DIGIT.test(line.plain);
    const title = digit ? goalTitle(line.plain) : null;
    if (title) {
      goal = title;
      if (!goals.some((g) => g.title === title)) goals.push({ title, line: line.n });
    }
    const ofPart = inPart.has(line.n);
    let figures = digit ? figuresOf(line.plain, ofPart, ctx.indicators) : [];
    // "Giảm 1/3 tỷ lệ tử vong trẻ em dưới 5 tuổi": a change by a fraction, which no unit of the record holds.
    const fraction = ofPart && (line.plain.includes('/') || line.plain.includes('phần') || line.plain.includes('nửa')) ? FRACTION_CHANGE.exec(line.plain) : null;
    if (fraction) {
      unclassified.push({ line: lineAt(line, fraction.index), text: line.raw, reason: `a change by a fraction ("${fraction[1]} ${fraction[2]}"), which no unit of the record holds: kept for the editor` });
    }
    // Background and grounds state rates in words as results and definitions ("TFR < 2,1 con/bà mẹ",
    // "tỷ số giới tính khi sinh … là 114,2 trẻ trai/100 trẻ gái"): reported, not read.
    const outside = figures.filter((f) => f.outside);
    if (outside.length) {
      const list = outside.map((f) => line.plain.slice(f.start, f.end)).join(', ');
      unclassified.push({ line: lineAt(line, outside[0]!.start), text: line.raw, reason: `a figure in words outside the targets part (${list}): kept for the editor, not read as a target` });
      figures = figures.filter((f) => !f.outside);
    }
    if (!figures.length && ofPart && digit) figures = listedValue(line.plain, ctx.indicators);
    // "Hằng năm giảm 5-10% số trẻ em …": a range is no one figure. Kept for the editor, its end not read as a target.
    const rangeFrom = figures.map((f) => {
      const before = line.plain.slice(Math.max(0, f.start - 24), f.start);
      return before.includes('-') || before.includes('–') ? RANGE_BEFORE.exec(before)?.[1] : undefined;
    });
    if (rangeFrom.some((from) => from !== undefined)) {
      figures.forEach((f, i) => {
        if (rangeFrom[i] !== undefined) {
          unclassified.push({ line: lineAt(line, f.start), text: line.raw, reason: `a range (${rangeFrom[i]}–${line.plain.slice(f.start, f.end)}), not one figure: not read as a target` });
        }
      });
      figures = figures.filter((_, i) => rangeFrom[i] === undefined);
      if (!figures.length) continue;
    }
    // A line that ends on a figure with its unit ("… xuống dưới 32/100.000 trẻ đẻ sống") is whole.
    const endsOnFigure = figures.length > 0 && line.plain.slice(figures.at(-1)!.end).trim() === '';
    if (line === last && cutFrom >= 0 && !endsOnFigure && figures.some((f) => f.start >= cutFrom)) {
      unclassified.push({ line: lineAt(line, cutFrom), text: line.raw, reason: 'the text ends mid-sentence (cut off?): its figures are not read as targets' });
      figures = figures.filter((f) => f.start < cutFrom);
      if (!figures.length) continue;
    }
    const figureless = figures.length === 0;
    // "…; số bác sĩ/1 vạn dân đạt 12 bác sĩ; …": a clause counting things among clauses with rates.
    if (!figureless && ofPart && (line.plain.includes(';') || line.plain.includes(', '))) {
      for (const at of countClauses(line.plain, figures)) {
        unclassified.push({ line: lineAt(line, at), text: line.raw, reason: COUNT_KEPT });
      }
    }
    if (figureless) {
      // What the editor is shown from such a line of the targets part has a digit.
      if (ofPart && digit) {
        // "… % 25,02 24,1 ≤ 19,5 < 20,0": a bound on a figure whose unit stands apart (a table the
        // portal flattened) is kept for the editor, never read as a target nor dropped.
        if (BOUND_WITHOUT_UNIT.test(line.plain)) {
          unclassified.push({ line: line.n, text: line.raw, reason: 'a bound on a figure with no unit beside it (a table flattened into lines?)' });
        } else if (countsThings(line.plain)) {
          // "70.000 ngôi nhà … đạt tiêu chí … vào năm 2025": a count of things, which no unit of the record holds.
          unclassified.push({ line: line.n, text: line.raw, reason: COUNT_KEPT });
        } else if (line.plain.includes('cm') && HEIGHT_TARGET.test(line.plain)) {
          unclassified.push({ line: line.n, text: line.raw, reason: 'a height in centimetres, which no unit of the record holds: kept for the editor' });
        }
      }
      const hy = digit ? (HEADING_YEAR.exec(line.plain) ?? LEAD_YEAR.exec(line.plain) ?? PERIOD_HEADING.exec(line.plain)) : null;
      if (hy) headingYear = Number(hy[1]);
      else if (romanHeading(line.plain)) headingYear = null;
      continue;
    }
    // "I. KẾT QUẢ THỰC HIỆN NĂM 2023": what the part reports was done, whatever its sentences say.
    const reported = results.get(line.n);
    if (reported) {
      const list = figures.map((f) => line.plain.slice(f.start, f.end)).join(', ');
      unclassified.push({ line: line.n, text: line.raw, reason: `figures in the part on the situation before the plan ("${reported}"): ${list}, not targets` });
      continue;
    }

    if (!ctx.national && NATIONAL_CONTEXT.test(line.plain)) {
      const national = nationalFigures(line.plain, figures);
      if (national.size) {
        const first = figures.find((f) => national.has(f))!;
        const all = national.size === figures.length;
        unclassified.push({ line: all ? line.n : lineAt(line, first.start), text: line.raw, reason: 'figures for the whole country, quoted as context' });
        figures = figures.filter((f) => !national.has(f));
        if (!figures.length) continue;
      }
    }
    // "… đạt 95% (chỉ tiêu Bộ Y tế giao là 90%)": the figure a higher level assigned, beside the plan's own.
    if (line.plain.includes('(') && (line.plain.includes('giao') || line.plain.includes('tiêu'))) {
      const assigned = matchesOf(ASIDE, line.plain).filter((m) => ASSIGNED.test(m[0]));
      const left = figures.filter((f) => !assigned.some((m) => within(f, m)));
      if (left.length < figures.length) {
        unclassified.push({ line: lineAt(line, assigned[0]!.index), text: line.raw, reason: 'a figure a higher level or another document sets, in brackets beside the plan\'s own: not the plan\'s target' });
        figures = left;
        if (!figures.length) continue;
      }
    }
    const leadYear = mayHoldYear(line.plain) ? OPENING_YEAR.exec(line.plain) : null;
    const lineYear = leadYear ? Number(leadYear[1]) : null;
    const found = readLine(line, figures, ctx, lastIndicator);
    if (found.length === 0) continue;
    const named = found.some((f) => f.indicator);
    if (!ofPart && !named) {
      unclassified.push({ line: line.n, text: line.raw, reason: NAMES_NO_INDICATOR });
      continue;
    }
    // The text each cited line starts: computed once per line, shared by its targets.
    const texts = new Map<number, string>();
    const textFrom = (n: number) => texts.get(n) ?? texts.set(n, sentenceFrom(doc, n, line.last ?? line.n)).get(n)!;
    for (const f of found) {
      const year = f.year ?? lineYear ?? headingYear ?? ctx.period?.end ?? ctx.issuedYear ?? null;
      if (f.past === 'aside') {
        unclassified.push({ line: line.n, text: line.raw, reason: `a change in brackets beside the figure before it (${f.value}), not a target of its own` });
        continue;
      }
      if (f.past === 'estimate') {
        unclassified.push({ line: line.n, text: line.raw, reason: `an estimate (${f.value}${f.year ? ` for ${f.year}` : ''}), not a target` });
        continue;
      }
      // Dated before the document, by its own clause or by the year that opens its line or heading
      // ("Năm 2020, … lần lượt là 14‰ và 20‰"): a result.
      const dated = f.year ?? lineYear ?? headingYear;
      if (f.past || (dated !== null && ctx.issuedYear != null && dated < ctx.issuedYear)) {
        // A year the plan still aims at is no year of a result its words state as reached ("hiện nay chỉ mới đạt 15%").
        const when = dated !== null && (ctx.issuedYear == null || dated < ctx.issuedYear) ? dated : null;
        unclassified.push({ line: line.n, text: line.raw, reason: `a past result (${f.value} ${when ? `in ${when}` : f.past ? 'stated as reached' : 'in an earlier year'}), not a target` });
        continue;
      }
      targets.push({
        indicator: f.indicator?.id ?? null,
        text: textFrom(f.line),
        line: f.line,
        comparator: f.comparator,
        value: f.value,
        unit: f.unit,
        year,
        baseline: f.baseline?.year != null ? { value: f.baseline.value, year: f.baseline.year } : f.baselineYear ? { value: null, year: f.baselineYear } : null,
        group: f.group && !ofWholePlan(f.group) ? f.group : null,
        source: 'text',
        goal: ofPart ? goal : null,
        correction: null,
      });
      if (f.indicator) lastIndicator = f.indicator;
    }
  }
  return { targets, goals, unclassified };
}

interface Found {
  line: number;
  indicator: Indicator | null;
  comparator: Target['comparator'];
  value: number;
  unit: Target['unit'];
  year: number | null;
  baselineYear: number | null;
  baseline: { value: number; year: number | null } | null;
  group: string | null;
  /**
   * Stated as already achieved ("đã giảm … còn 23,7%"), as an estimate of the present ("Ước dân số
   * … năm 2024: …"), or as the change a bracket gives beside the figure before it ("70% (tăng 54,7%
   * so với 2017)").
   */
  past: 'past' | 'estimate' | 'aside' | null;
}

/** A clause before its figure of nothing but aim, time, change and bound words: "phấn đấu đến năm 2025 giảm xuống dưới". */
const BARE_CLAUSE = /^[\s;,.:\-+•]*(?:(?:phấn đấu|hướng tới|đến|vào|trong|tới|năm|giai đoạn|\d{4}(?:\s*[-–]\s*\d{4})?:?|giảm|tăng|xuống|còn|dưới|trên|đạt|duy trì|ở mức|mức|không quá|tối thiểu|ít nhất|tối đa|lên|và|sẽ|được|thêm|là)(?:\s+|$))+$/iu;

/** The words a clause may open with before its figure: "; phấn đấu có 90% …", "; trên 95% …". */
const OPENS_CLAUSE = /^[\s;,.:\-+•*]*(?:(?:và|hoặc|phấn đấu|có|đạt|trên|dưới|khoảng|ít nhất|tối thiểu|tối đa|không quá|hơn)\s+)*$/iu;
/** Who a figure counts, right after it: "90% trẻ em …", "100% trạm y tế xã …", "75% cơ sở …". */
const PEOPLE = String.raw`trẻ|phụ nữ|bà mẹ|người|hộ|cán bộ|nhân viên|nam|nữ|vị thành niên|thanh niên|học sinh|gia đình|cộng đồng|cha|mẹ|cặp|thai phụ|sản phụ|cô dâu`;
/** Units, bodies and places: what no indicator of the taxonomy counts ("100% các huyện đưa mục tiêu … vào kế hoạch"). */
const INSTITUTIONS = String.raw`tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|bản|tổ dân phố|cơ sở|trạm|trường|bệnh viện|đơn vị|ngôi nhà|cấp ủy|chính quyền|địa phương|cơ quan|ngành`;
const OWN_SUBJECT = new RegExp(String.raw`^\s*(?:số\s+|(?:các|những)\s+)?(?:${PEOPLE}|${INSTITUTIONS})(?!\p{L})`, 'iu');
const INSTITUTION_SUBJECT = new RegExp(String.raw`^\s*(?:(?:các|những)\s+)?(?:${INSTITUTIONS})(?!\p{L})`, 'iu');
/** A comma that joins the people a figure counts ("70% cha mẹ, người chăm sóc trẻ nhận biết …"), not two clauses. */
const PEOPLE_COMMA = new RegExp(String.raw`,(?=\s*(?:${PEOPLE})(?!\p{L}))`, 'giu');

/** The targets of one line: one per figure, each with the clause that names it. */
function readLine(line: Line, figures: Figure[], ctx: TargetContext, lastIndicator: Indicator | null): Found[] {
  const text = line.plain;
  const out: Found[] = [];
  const baselineYear = BASELINE_YEAR.exec(text)?.[1];
  // A line with no word of a past result has no clause of one: the clause of each of its figures
  // is not searched (a line of thousands of figures would be read 300 characters per figure).
  const mayBePast = PAST.test(text);
  const mayLookBack = RETROSPECT.test(text);
  let consumed = 0;
  let previousBefore = '';
  /** The words that named the last figure's indicator: its clause, or what a short clause after it stood for. */
  let previousSubject = '';
  let previousIndicator: Indicator | null = null;
  let previous: Found | null = null;
  /** A "từ 23,7% (năm 2016)" figure waiting for the target it is the baseline of. */
  let from: { value: number; year: number | null } | null = null;
  /** The text before that figure, which may name the subgroup of the target it starts ("tại khu vực Tây Nguyên giảm từ 178 … xuống còn 100"). */
  let fromBefore: string | null = null;
  /** The subjects "A và B lần lượt là …" names, which its figures take in turn. */
  let respective: { subjects: (Indicator | null)[]; next: number } | null = null;
  /** The years "năm 2025 và năm 2030 lần lượt là …" joins, which its figures take in turn. */
  let respectiveYears: { years: number[]; next: number } | null = null;

  /** The end of a subgroup's definition ("ở các tỉnh … có tỷ suất … trên 19‰"): its figures are no targets. */
  let definitionEnd = -1;
  /** Where the clause of the figure at hand starts, found by one pass over the line. */
  let clauseStart = 0;
  let scanned = 0;

  figures.forEach((fig, i) => {
    if (fig.start < definitionEnd) {
      consumed = fig.end;
      return;
    }
    const before = text.slice(consumed, fig.start);
    // "giảm còn 20% (năm 2020: 23,5%)": the level of a year before the plan, in brackets right
    // after its target, is the target's baseline.
    const bracketYear = previous && !previous.baseline && before.includes('(') ? BASELINE_IN_BRACKETS.exec(before) : null;
    const startYear = ctx.issuedYear ?? ctx.period?.start ?? null;
    if (bracketYear && startYear !== null && Number(bracketYear[1]) < startYear && previous!.comparator !== 'increase' && previous!.comparator !== 'decrease' && unitOf(fig.unitText, previous!.unit) === previous!.unit) {
      previous!.baseline = { value: fig.value, year: Number(bracketYear[1]) };
      consumed = fig.end;
      return;
    }
    const nextStart = figures[i + 1]?.start ?? text.length;
    // The text after a figure belongs to it up to the lead-in words of the next figure.
    const afterEnd = i + 1 < figures.length ? fig.end + trailingRun(text.slice(fig.end, nextStart), LEAD_IN) : text.length;
    const after = text.slice(fig.end, afterEnd);
    // "…: năm 2025 đạt 90%, năm 2030 đạt 95%": a year that leads the next figure is not this one's.
    const nextYear = i + 1 < figures.length ? (YEAR_LEADS.exec(text.slice(fig.end, nextStart))?.index ?? after.length) : after.length;

    // The clause the figure ends (from the last stop before it) and the one it starts.
    const ownBefore = lastClause(before);
    const ownAfter = firstClause(after);
    // "…, trong đó khu vực đồng bằng đạt 99% và khu vực miền núi đạt 90%": a figure after a
    // subgroup's, joined by "và" or a comma, names a subgroup too.
    const paren = PAREN_GROUP.exec(after);
    // "… đạt 95% toàn tỉnh, miền núi đạt 80%": a bare subgroup's name after a comma names one too.
    // "…; miền núi đạt 90%": a clause of nothing but a subgroup's name names one of the figure before.
    let sub = SUBGROUP.exec(before) ?? (!paren && previous && sameClause(before) ? (previous.group ? NEXT_GROUP : BARE_GROUP).exec(before) : null) ?? (!paren && previous ? GROUP_CLAUSE.exec(before) : null);
    // Its own clause names it: a clause before a ";" names the figures of that clause.
    // "Giảm … tỷ lệ tử vong trẻ em dưới 5 tuổi, giảm tỷ suất tử vong sơ sinh xuống 9‰": a clause that a
    // comma and a verb open names its figure before any subject earlier in the sentence.
    const verbClause = sub ? null : matchesOf(COMMA_VERB, ownBefore).at(-1);
    let indicator = (verbClause && classify(ownBefore.slice(verbClause.index), ctx.indicators)) || classify(sub ? before.slice(0, sub.index) : ownBefore, ctx.indicators);
    // "…, trong đó số năm sống khỏe mạnh đạt 68 năm": what follows "trong đó" names an indicator
    // of its own, no subgroup of the one before.
    const named = sub ? classify(sub[1]!, ctx.indicators) : null;
    if (named && named !== indicator) {
      sub = null;
      indicator = named;
    }
    // "…; 90% trẻ em từ 6-16 tuổi biết …": a figure that opens its clause, followed by its own subject.
    const figureFirst = OPENS_CLAUSE.test(ownBefore) && OWN_SUBJECT.test(ownAfter);
    let forward = false;
    // "95% phụ nữ có thai được khám …": the indicator right after a figure, before its clause
    // goes on to a year or another item ("… năm 2030 và giảm tỷ lệ tảo hôn"). Never where it
    // counts units or bodies: no indicator counts them.
    if (!indicator && !sub && !INSTITUTION_SUBJECT.test(ownAfter)) {
      const subject = figureFirst ? ownAfter.replace(PEOPLE_COMMA, ' ') : ownAfter;
      indicator = classify(subject.split(FORWARD_END, 1)[0]!, ctx.indicators);
      // "90% các cặp nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn": the commas of
      // a clause that opens on its figure and subject list what its people are given.
      if (!indicator && figureFirst) indicator = classify(subject.split(FORWARD_END_AFTER_SUBJECT, 1)[0]!, ctx.indicators);
      forward = indicator !== null;
    }
    // Such a figure speaks of its own subject, not of the clause before.
    const ownSubject = !indicator && !sub && figureFirst;
    let subject = ownBefore;
    if (!indicator && !sub && previousIndicator && !ownSubject) {
      const joined = withEllipsis(previousBefore, before);
      indicator = joined ? classify(joined, ctx.indicators) : null;
      // "… được xét nghiệm HIV đạt 95%; giang mai đạt 90%": a clause of a few words names what the
      // one before counted, in place of the last words of its subject.
      const instead = indicator ? null : inPlaceOf(previousSubject, ownBefore, previousIndicator, ctx.indicators);
      if (instead) [indicator, subject] = [instead.indicator, instead.subject];
      // "…; phấn đấu đến năm 2025 đưa tỷ số này xuống dưới 110": "this rate" is the one before.
      if (!indicator && THIS_RATE.test(ownBefore)) indicator = previousIndicator;
    }
    // "…; phấn đấu đến năm 2025 giảm xuống dưới 20‰": a clause of verbs and a year alone names
    // nothing, so it carries on the one before.
    // "… 1,4 con/phụ nữ vào năm 2025 (…), hướng tới 2030 là 1,6 con": after a comma too.
    let carried = false;
    if (!indicator && !ownSubject && (sub || sameClause(before) || BARE_CLAUSE.test(ownBefore) || BARE_CLAUSE.test(ownPart(before))) && previousIndicator) {
      indicator = previousIndicator;
      carried = true;
    }
    if (!indicator && sub) indicator = i === 0 ? lastIndicator : null;
    // "Tỷ suất tử vong trẻ em dưới 1 tuổi và dưới 5 tuổi lần lượt là 12‰ và 18‰": the figures take
    // the joined subjects in turn. A figure past the last subject takes none.
    const respectively = sub ? null : RESPECTIVELY.exec(ownBefore);
    let inTurn = false;
    // "… năm 2025 và năm 2030 lần lượt là 20% và 18%", "Đến năm 2025 và 2030, … đạt tương ứng 50% và 70%":
    // the figures take the joined years in turn.
    let turnYear: number | null = null;
    const lead = respectively ? ownBefore.slice(0, respectively.index) : '';
    if (respectively) {
      const joinedYears = JOINED_YEARS.exec(lead);
      respectiveYears = joinedYears ? { years: matchesOf(/(?:19|20)\d\d/g, joinedYears[0]).map((m) => Number(m[0])), next: 1 } : null;
      turnYear = respectiveYears?.years[0] ?? null;
    } else if (respectiveYears && sameClause(before)) turnYear = respectiveYears.years[respectiveYears.next++] ?? null;
    else respectiveYears = null;
    if (respectively) {
      const subjects = respectiveIndicators(lead, ctx.indicators);
      respective = subjects.length > 1 ? { subjects, next: 1 } : null;
      if (respective) indicator = subjects[0]!;
    } else if (respective && !sub && sameClause(before) && (carried || !indicator)) {
      indicator = respective.subjects[respective.next++] ?? null;
      inTurn = true;
    } else if (respective && !sub && carried) {
      // "… lần lượt là 14‰ và 20‰; phấn đấu đến năm 2025 giảm xuống còn 12‰ và 18‰": a clause that
      // carries on takes the subjects in turn again.
      indicator = respective.subjects[0]!;
      respective.next = 1;
    } else {
      respective = sub ? null : impliedInTurn(ownBefore, figures, i, text, ctx.indicators);
      if (respective) indicator = respective.subjects[0]!;
    }

    const direction = indicator?.direction ?? null;
    const head = text.slice(0, fig.start);
    const word = comparatorWord(head);
    const fromStart = word === 'from' && i + 1 < figures.length && sameClause(text.slice(fig.end, figures[i + 1]!.start));
    if (fromStart) {
      from = { value: fig.value, year: yearAfter(after) };
      fromBefore = before;
      previousBefore = before;
      previousIndicator = indicator ?? previousIndicator;
      consumed = fig.end;
      return;
    }
    // "xuống 10‰ vào năm 2025 và 9‰ vào năm 2030": the second figure keeps the first one's bound.
    const inherits = word === null && previous !== null && sameClause(before) && (previous.indicator === indicator || inTurn);
    const perYear = ((word === null || word === 'direction') && PER_YEAR.exec(ownBefore)) || ((word === null || word === 'direction' || word === 'up') && AMOUNT.exec(ownBefore));
    // "giảm … xuống 2% so với năm 2024": a fall of 2 against that year (never "xuống còn 2%").
    const downAgainst = word === 'down' && BARE_DOWN.test(head.slice(-12)) && AGAINST_YEAR.test(after);
    const against = !perYear && (word === null || word === 'direction' || word === 'up' || word === 'from' || downAgainst) && AGAINST.test(after)
      ? matchesOf(CHANGE_VERB, lastClause(before === '' ? head : head.slice(-200))).at(-1)
      : undefined;
    let comparator: Target['comparator'] = inherits
      ? previous!.comparator
      : perYear ? (perYear[1]!.toLowerCase() === 'tăng' ? 'increase' : 'decrease')
      : against ? (against[1]!.toLowerCase() === 'tăng' ? 'increase' : 'decrease')
      // "từ 95% trở lên": at least; "từ 15% trở xuống": at most.
      : word === 'from' ? (OR_LESS.test(after) ? 'lte' : 'gte')
      : comparatorOf(word, direction);
    const relative = comparator === 'increase' || comparator === 'decrease';
    const defined = DEFINED_GROUP.exec(firstClause(text.slice(fig.end, nextStart)));
    let group = paren ? paren[1]!.trim() : sub ? cleanGroup(sub[1]!) : groupIn(beforeFirst(OWN_GROUP_END, ownAfter)) ?? groupIn(ownBefore)
      ?? (fromBefore === null ? null : groupIn(lastClause(fromBefore)) ?? (previous ? groupOf(GROUP_CLAUSE.exec(fromBefore)) : null));
    if (defined && !sub) {
      const start = fig.end + defined.index + defined[0].length - defined[1]!.length;
      definitionEnd = fig.end + firstClause(text.slice(fig.end)).length;
      group = text.slice(start, definitionEnd).trim();
    }
    // A target cites the line its clause starts on (its sentence, in a list of ";"-joined ones).
    for (let k = scanned; k < fig.start; k++) if (isStop(text, k)) clauseStart = k + 1;
    scanned = fig.start;
    const unit = unitOf(fig.unitText, indicator?.unit ?? null) ?? 'percent';
    // A count, an age or a ratio in words is never an indicator set in another unit.
    if (indicator && WORD_UNITS.has(unit) && indicator.unit !== unit) indicator = null;
    // Nor is a rate a level of one counted in words ("tốc độ tăng tỷ số giới tính khi sinh không quá 0,4%"),
    // nor a figure in ‰ any change of it.
    if (indicator && WORD_UNITS.has(indicator.unit) && indicator.unit !== unit && (!relative || unit !== 'percent') && unit !== 'percentage_points') indicator = null;
    // The bound a figure took from the direction of an indicator it turned out not to be is none.
    if (!indicator && direction !== null && !inherits && !relative && (word === null || word === 'direction')) comparator = comparatorOf(word, null);
    const found: Found = {
      line: lineAt(line, clauseStart + blanksAt(text.slice(clauseStart, clauseStart + 20))),
      indicator,
      comparator,
      value: fig.value,
      unit,
      year: turnYear ?? yearOf(ownBefore, ownAfter.slice(0, nextYear), after.slice(0, nextYear), text.slice(fig.end)) ?? sentenceYear(text.slice(Math.max(0, fig.start - 400), fig.start)),
      baselineYear: relative && baselineYear ? Number(baselineYear) : null,
      baseline: from && !relative ? from : null,
      // "khu vực miền núi giảm xuống dưới 26% vào năm 2025 và dưới 23% vào năm 2030": a figure joined
      // by no more than a year and its bound keeps the subgroup of the one before.
      group: group ?? (inherits || (previous?.group && previous.indicator === indicator && !before.includes(';') && sameClause(before) && BARE_CLAUSE.test(before)) ? previous!.group : null),
      past: previous && CHANGE_IN_BRACKETS.test(before)
        ? 'aside'
        : // Bounded: a clause of thousands of figures would make this quadratic.
          // The words after the figure up to a comma: "Hiện nay … đạt 96%, phấn đấu duy trì trên 95%"
          // reports a result, whatever the clause goes on to aim at. Not an aside in brackets: "lên
          // trên 95% (hiện nay 92%)" gives the present beside the target.
          pastOrEstimate(text.slice(Math.max(clauseStart, fig.start - 300), fig.start) + beforeFirst(/[,(]/, ownAfter), head.slice(-60), mayBePast)
          ?? (mayLookBack ? lookingBack(head.slice(Math.max(0, head.lastIndexOf('. '), head.length - 400)), text.slice(clauseStart, fig.start)) : null),
    };
    from = null;
    fromBefore = null;
    // "tỷ lệ có thai ở vị thành niên và tỷ lệ phá thai ở vị thành niên đều giảm 20%": one figure
    // for each indicator the clause joins.
    const shared = indicator && !sub && SHARED.test(ownBefore) ? sharedIndicators(ownBefore.replace(SHARED, ''), ctx.indicators) : [];
    if (shared.length > 1) out.push(...shared.map((i) => ({ ...found, indicator: i })));
    else out.push(found);
    previous = found;
    previousBefore = before;
    if (indicator && indicator !== previousIndicator) previousSubject = subject;
    // A figure that names its own subject, known or not, ends the carrying on of the one before:
    // "80% ngôi nhà … vào năm 2025 và 90% vào năm 2030" is no figure of the sentence before it.
    // So does one whose own clause names a subject the taxonomy does not know ("tỷ lệ hộ gia đình
    // thiếu an ninh thực phẩm … dưới 5% (khu vực miền núi dưới 20%)") or rules out ("Kiểm soát
    // tình trạng béo phì ở người trưởng thành ở mức dưới 8% … và duy trì ở mức dưới 12%").
    const otherSubject = !indicator && !sub && !inTurn && (RATE_NAMED.test(ownBefore) || namesRuledOut(ownBefore, ctx.indicators));
    previousIndicator = indicator ?? (ownSubject || otherSubject ? null : previousIndicator);
    // A figure named by the words after it, or followed by its own subject, takes them up to the
    // end of its clause: the next figure's clause names its own ("100% các huyện …, 80% huyện …").
    consumed = forward || ownSubject ? fig.end + ownAfter.length : fig.end;
  });
  return out;
}

const WORD_UNITS = new Set<Target['unit']>(['children_per_woman', 'million_people', 'boys_per_100_girls', 'people', 'years']);

/** What may stand between two figures of one target: stops, a year, "và". */
const BARE = { signs: ';,()0123456789', words: ['và', 'hoặc', 'năm', 'nam', 'vào', 'đến', 'trong'] };

/** A bracket right after a figure that opens on a change: "70% (tăng 54,7% so với 2017)". */
const CHANGE_IN_BRACKETS = /^\s*\(\s*(?:tăng|giảm)(?:\s+thêm)?\s*$/iu;
/** What makes a place or people a subgroup: "vùng đồng bào dân tộc thiểu số" is one for "dân tộc thiểu số". */
const GROUP_TRAITS = /dân tộc thiểu số|miền núi|vùng cao|vùng sâu|vùng xa|đặc biệt khó khăn|khó khăn|nông thôn|thành thị|đô thị|biên giới|ven biển|hải đảo|nghèo/gu;
const MACRO_REGION = new RegExp(REGION_NAMES, 'iu');
const traitsOf = (s: string) => s.toLowerCase().replace(/(?<!\p{L})dtts(?!\p{L})/gu, 'dân tộc thiểu số').match(GROUP_TRAITS) ?? [];
/**
 * Whether a subgroup is what the whole plan is about: in a plan "… ở trẻ em dưới 5 tuổi vùng đồng
 * bào dân tộc thiểu số và miền núi", a target for "vùng đồng bào DTTS" is the plan's own.
 */
function planScope(title: string): (group: string) => boolean {
  const scope = new Set(traitsOf(title));
  return (group) => {
    // A macro-region is a part of any such plan ("miền núi phía Bắc" in a plan for all mountain areas).
    if (MACRO_REGION.test(group)) return false;
    const traits = traitsOf(group);
    return traits.length > 0 && traits.every((t) => scope.has(t));
  };
}
/** A year and its level in brackets after a figure: "(năm 2020: ", "(năm 2020 là ", "(2023 đạt ". */
const BASELINE_IN_BRACKETS = /^\s*\(\s*(?:năm\s+)?((?:19|20)\d\d)\s*(?::|là|đạt|ở mức)?\s*$/iu;
/** A result of today right before its figure, whatever the clause aims at: "… hiện nay chỉ mới đạt 15%". */
const RESULT_NOW = firstLettersChecked(/(?=[hđ])(?<!\p{L})(?:hiện nay|hiện tại|đến nay)\s+(?:(?:chỉ|mới|đã|đang|vẫn)\s+)*(?:đạt|là|ở mức|còn)\s*(?:khoảng\s+)?$/iu);

/**
 * Whether a figure's clause reports what was achieved or estimates the present, not what is
 * planned. `head` is the text right before the figure.
 */
/** A sentence that looks back on the years before the plan: "Trong những năm qua, … đã đạt được nhiều kết quả …". */
const RETROSPECT = firstLettersChecked(/(?=[tqgnđ])(?<!\p{L})(?:(?:trong|qua)\s+(?:những|các|mấy)\s+năm\s+(?:qua|vừa qua|gần đây)|thời gian qua|giai đoạn vừa qua|những năm gần đây|đã đạt được (?:nhiều |những )?kết quả)(?=[^\p{L}]|$)/iu);
/** What a clause aims at: a figure it sets looks forward, whatever the sentence began with. */
const AIM = /phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|đến năm|vào năm|đến hết năm/iu;

/**
 * "Trong những năm qua, công tác … đã đạt được nhiều kết quả quan trọng; …; tỷ suất tử vong trẻ em
 * dưới 1 tuổi còn 21‰": a figure in a sentence that looks back, in a clause that aims at nothing,
 * is a result. `sentence` is the sentence up to the figure, `clause` its own clause.
 */
function lookingBack(sentence: string, clause: string): Found['past'] {
  return RETROSPECT.test(sentence) && !AIM.test(clause) ? 'past' : null;
}

function pastOrEstimate(clause: string, head: string, mayBePast: boolean): Found['past'] {
  if (mayBePast && RESULT_NOW.test(head)) return 'past';
  const kind = mayBePast && PAST.test(clause) ? 'past' : (clause.includes('ớc') || clause.includes('ỚC')) && ESTIMATE.test(clause) ? 'estimate' : null;
  return kind && !/phấn đấu|mục tiêu|chỉ tiêu/iu.test(clause) ? kind : null;
}

/** True when `between` (the text since the last figure) starts no new clause: only "và", ",", a year. */
function sameClause(between: string): boolean {
  // "đạt 70% năm 2025; 90% năm 2030": a figure with nothing before it but the stop carries on.
  // A scan, not a regex: adjacent optional runs backtrack quadratically on 200 kB of commas.
  if (trailingRun(between, BARE) === 0) return true;
  return !/[;.]/.test(between.replace(/\d\.\d/g, '')) && between.length < 60;
}

/** How many blanks `s` opens with (trimStart removes what \s matches). */
const blanksAt = (s: string) => s.length - s.trimStart().length;

/** The year written right after a figure ("từ 23,7% năm 2016 xuống …"). */
function yearAfter(after: string): number | null {
  const m = YEAR_AFTER.exec(after);
  return m ? yearIn(m) : null;
}

/**
 * A subgroup a clause restricts its figure to: "ở vùng khó khăn", "tại các huyện miền núi",
 * "đối với đồng bào dân tộc thiểu số", "ở nông thôn", "tại huyện Mù Cang Chải". Emphasis
 * ("đặc biệt ở vùng khó khăn", "ưu tiên miền núi") restricts nothing.
 */
const GROUP_KIND = String.raw`(?:vùng|khu vực|địa bàn|miền|tỉnh|xã|huyện|thôn|bản|đồng bào|người)\s+`;
// The name goes on ("… miền núi phía Bắc và Tây Nguyên") up to what its people are given or do.
const GROUP_TRAIT = String.raw`(?:${REGION_NAMES}|đặc biệt khó khăn|khó khăn|miền núi|vùng cao|vùng sâu|vùng xa|dân tộc thiểu số|DTTS|nông thôn|thành thị|đô thị|nội thành|ngoại thành|nội thị|ngoại thị|đồng bằng|ven biển|biên giới|hải đảo|nghèo|thành phố(?!\s+\p{Lu}))(?:(?!\s(?:được|có|đạt|là|xuống|giảm|tăng)(?!\p{L}))[\p{L} ])*`;
// Each look back for the words that make a mention no restriction comes after the cheaper test of
// the same place (the preposition, a blank, "của"): most places fail that test first.
const GROUP = new RegExp(
  String.raw`(?:ở|tại|đối với|thuộc|trong)(?<!(?:đặc biệt |ưu tiên |nhất là |chú trọng |kể cả )(?:ở|tại|đối với|thuộc|trong))\s+((?:các\s+|những\s+)?(?:${GROUP_KIND}){0,2}${GROUP_TRAIT}|(?:huyện|thị xã|thành phố|xã|phường)\s+\p{Lu}[\p{L} ]*)` +
    // "trẻ em dưới 5 tuổi vùng đồng bào dân tộc thiểu số", "của các xã vùng cao": a kind of place
    // and its trait name a subgroup without "ở" too (never a named place: the plan's own).
    // "trên địa bàn thành phố" is the plan's own place.
    String.raw`|(?:(?<=\s)|(?=của\s))(?<!đặc biệt |ưu tiên |nhất là |chú trọng |kể cả |trên |ở |tại |đối với |thuộc |trong )(?:của\s+)?((?:các\s+|những\s+)?(?:${GROUP_KIND}){1,2}(?!thành phố)${GROUP_TRAIT})` +
    // "trên địa bàn các huyện nghèo" (never "trên địa bàn huyện X", the plan's own place).
    String.raw`|trên địa bàn\s+((?:(?:các|những)\s+)?(?:xã|huyện|thôn|bản|vùng)\s+(?:nghèo|đặc biệt khó khăn|khó khăn|miền núi|vùng cao|biên giới|ven biển|dân tộc thiểu số)(?:(?!\s(?:được|có|đạt|là|xuống|giảm|tăng)(?!\p{L}))[\p{L} ])*)`,
  'u',
);

/** A subgroup in brackets right after its figure: "dưới 10% (khu vực nội thành), 5% (khu vực ngoại thành)". */
const PAREN_GROUP = new RegExp(String.raw`^\s*\(\s*((?:(?:khu vực|vùng|miền|địa bàn|các xã|các huyện|các tỉnh)\s+)?(?:${REGION_NAMES}|nội thành|ngoại thành|nội thị|ngoại thị|thành thị|nông thôn|đô thị|đồng bằng|miền núi|vùng cao|khó khăn|đặc biệt khó khăn|dân tộc thiểu số|ven biển|biên giới)[\p{L} ]{0,30})\)`, 'iu');

/** The subgroup a match of GROUP_NAME's patterns names. */
const groupOf = (m: RegExpExecArray | null) => (m ? cleanGroup(m[1]!) : null);

function groupIn(clause: string): string | null {
  const m = GROUP.exec(clause);
  return m ? cleanGroup(m[1] ?? m[2] ?? m[3]!) : null;
}

/** "vùng khó khăn đạt" → "vùng khó khăn". */
function cleanGroup(s: string): string {
  // "trong đó ở khu vực Tây Nguyên dưới …": the place, without its preposition.
  const t = s.replace(/t[ỷỉ] lệ/giu, '').replace(/^\s*(?:ở|tại)\s+/u, '');
  return t.slice(0, trailingRun(t, GROUP_TAIL)).trim();
}
