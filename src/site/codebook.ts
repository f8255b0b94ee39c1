// The codebook: what every column of every download means, and every code its cells use, in
// Vietnamese and English. The /du-lieu/ page shows it, codebook.csv carries it, and
// datapackage.json takes its field descriptions from it; a test fails when a CSV gains a
// column the codebook does not explain.
import { COMPARATORS, DOC_TYPES, LEVELS, ROLES, UNITS } from '../schema.ts';

export interface Entry {
  /** The file (a name in /du-lieu/, or "bieu-do/*.csv" for every chart's CSV). */
  file: string;
  column: string;
  /** A value the column takes, for a coded column; empty for the column itself. */
  code: string;
  vi: string;
  en: string;
}

type Text = readonly [vi: string, en: string];
const col = (file: string, column: string, [vi, en]: Text): Entry => ({ file, column, code: '', vi, en });

const TARGET_COLUMNS: Record<string, Text> = {
  plan: ['Mã kế hoạch (tên tệp nguồn); trang /ke-hoach/<mã>/', 'Plan id (the source file name); page /ke-hoach/<id>/'],
  province: ['Mã tỉnh của địa bàn (data/regions.yaml)', 'Province id of the jurisdiction (data/regions.yaml)'],
  jurisdiction: ['Tên địa bàn như văn bản ghi', 'Name of the jurisdiction as the document writes it'],
  level: ['Cấp địa bàn (mã, xem dưới)', 'Level of the jurisdiction (code, below)'],
  indicator: ['Mã chỉ số (data/indicators.yaml); trống khi chưa phân loại', 'Indicator id (data/indicators.yaml); empty when unclassified'],
  indicator_vi: ['Tên chỉ số tiếng Việt', 'Indicator name in Vietnamese'],
  indicator_en: ['Tên chỉ số tiếng Anh', 'Indicator name in English'],
  comparator: ['Phép so sánh của mục tiêu (mã, xem dưới)', 'The target\'s comparator (code, below)'],
  value: ['Con số của mục tiêu, dấu chấm thập phân', 'The target\'s figure, decimal point'],
  unit: ['Đơn vị (mã, xem dưới)', 'Unit (code, below)'],
  year: ['Năm phải đạt; trống khi văn bản không ghi', 'Year to reach it; empty when the document gives none'],
  baseline_value: ['Giá trị năm gốc văn bản ghi', 'Baseline value the document gives'],
  baseline_year: ['Năm gốc', 'Baseline year'],
  group: ['Nhóm dân cư mục tiêu áp dụng (vd. vùng khó khăn); trống: toàn bộ', 'Subgroup the target applies to (e.g. difficult areas); empty: everyone'],
  source: ['Nơi đọc con số (mã, xem dưới)', 'Where the figure was read (code, below)'],
  goal: ['Mục tiêu (đề mục) chứa chỉ tiêu trong văn bản', 'The goal (heading) the target stands under in the document'],
  line: ['Số dòng trong văn bản; trang kế hoạch có neo #L<dòng>', 'Line number in the document; the plan page has the anchor #L<line>'],
  text: ['Nguyên văn dòng chứa chỉ tiêu', 'The line the target was read from, verbatim'],
  original_value: ['Con số văn bản ghi, khi biên tập viên đã sửa', 'The document\'s figure, when the editors corrected it'],
  correction_note: ['Lý do sửa', 'Why it was corrected'],
};

const AGENCY_COLUMNS: Record<string, Text> = {
  plan: TARGET_COLUMNS.plan!,
  agency: ['Mã cơ quan (data/agencies.yaml); trống khi chưa có trong danh mục', 'Body id (data/agencies.yaml); empty when not in the list'],
  agency_vi: ['Tên cơ quan tiếng Việt', 'Body name in Vietnamese'],
  agency_en: ['Tên cơ quan tiếng Anh', 'Body name in English'],
  name: ['Tên cơ quan như văn bản ghi', 'Name of the body as the document writes it'],
  role: ['Vai trò được giao (mã, xem dưới)', 'Role given (code, below)'],
  line: ['Số dòng giao việc trong văn bản', 'Line of the document that gives the work'],
  duties: ['Nhiệm vụ, ngăn bằng " | "', 'Duties, separated by " | "'],
};

const PLAN_COLUMNS: Record<string, Text> = {
  id: TARGET_COLUMNS.plan!,
  title: ['Tiêu đề văn bản', 'Title of the document'],
  doc_type: ['Loại văn bản (mã, xem dưới)', 'Kind of document (code, below)'],
  number: ['Số văn bản; trống khi văn bản không ghi', 'Document number; empty when it gives none'],
  issued: ['Ngày ban hành YYYY-MM-DD, YYYY-MM hoặc YYYY', 'Date of issue, YYYY-MM-DD, YYYY-MM or YYYY'],
  issuer: ['Cơ quan ban hành', 'Issuing body'],
  signer: ['Người ký', 'Signatory'],
  province: TARGET_COLUMNS.province!,
  level: TARGET_COLUMNS.level!,
  jurisdiction: TARGET_COLUMNS.jurisdiction!,
  period_start: ['Năm đầu giai đoạn', 'First year of the period'],
  period_end: ['Năm cuối giai đoạn', 'Last year of the period'],
  targets: ['Số chỉ tiêu số', 'Number of numeric targets'],
  agencies: ['Số lần giao việc cho cơ quan', 'Number of assignments to bodies'],
  citations: ['Số văn bản được dẫn', 'Number of documents cited'],
  flags: ['Số cảnh báo khi đọc', 'Number of warnings raised in reading'],
  source_file: ['Tệp nguồn trong kho mã', 'Source file in the repository'],
  sha256: ['Mã băm SHA-256 của tệp nguồn', 'SHA-256 hash of the source file'],
};

const CHART_COLUMNS: Record<string, Text> = {
  kind: ['Loại dòng (mã, xem dưới)', 'Kind of row (code, below)'],
  indicator: TARGET_COLUMNS.indicator!,
  plan: ['Mã kế hoạch; với dòng mục tiêu quốc gia/SDG: mã văn bản trong data/benchmarks.yaml', 'Plan id; for a national or SDG row, the document id in data/benchmarks.yaml'],
  document_number: ['Số văn bản', 'Document number'],
  jurisdiction: TARGET_COLUMNS.jurisdiction!,
  province: TARGET_COLUMNS.province!,
  year: TARGET_COLUMNS.year!,
  comparator: TARGET_COLUMNS.comparator!,
  value: TARGET_COLUMNS.value!,
  unit: TARGET_COLUMNS.unit!,
  baseline_value: TARGET_COLUMNS.baseline_value!,
  baseline_year: TARGET_COLUMNS.baseline_year!,
  group: TARGET_COLUMNS.group!,
  source: ['text/table cho kế hoạch; text/summary cho mục tiêu quốc gia (đọc từ toàn văn hay bản tóm tắt)', 'text/table for a plan; text/summary for a national target (read from the full text or a summary)'],
  line: ['Số dòng trong văn bản; với mục tiêu quốc gia/SDG: điều khoản', 'Line in the document; for a national or SDG target, the article'],
  source_url: ['Địa chỉ dòng nguồn trên trang này, hoặc nơi đọc mục tiêu quốc gia', 'Address of the source line on this site, or where the national target was read'],
  text: ['Nguyên văn dòng; với mục tiêu quốc gia/SDG: tên văn bản', 'The source line, verbatim; for a national or SDG target, the document\'s title'],
};

const CODEBOOK_COLUMNS: Record<string, Text> = {
  file: ['Tệp; "*" cho các mã dùng chung', 'File; "*" for the codes all files share'],
  column: ['Cột', 'Column'],
  code: ['Mã; trống ở dòng mô tả cột', 'Code; empty on the row describing the column'],
  vi: ['Ý nghĩa bằng tiếng Việt', 'Meaning in Vietnamese'],
  en: ['Ý nghĩa bằng tiếng Anh', 'Meaning in English'],
};

const CODES: { column: string; codes: Record<string, Text> }[] = [
  {
    column: 'comparator',
    codes: {
      lt: ['nhỏ hơn (<)', 'less than (<)'], lte: ['không quá (≤)', 'at most (≤)'], gt: ['lớn hơn (>)', 'more than (>)'],
      gte: ['ít nhất (≥)', 'at least (≥)'], eq: ['bằng (=)', 'equal to (=)'],
      increase: ['tăng thêm so với năm gốc', 'an increase over the baseline'], decrease: ['giảm so với năm gốc', 'a decrease from the baseline'],
    } satisfies Record<(typeof COMPARATORS)[number], Text>,
  },
  {
    column: 'unit',
    codes: {
      percent: ['phần trăm (%)', 'per cent (%)'],
      per_1000_live_births: ['trên 1.000 trẻ đẻ sống (‰)', 'per 1,000 live births (‰)'],
      per_100000_live_births: ['trên 100.000 trẻ đẻ sống', 'per 100,000 live births'],
      per_100000_population: ['trên 100.000 dân', 'per 100,000 population'],
      per_1000_population: ['trên 1.000 dân (‰)', 'per 1,000 population (‰)'],
      per_100000_children: ['trên 100.000 trẻ em', 'per 100,000 children'],
      per_1000_women: ['trên 1.000 phụ nữ (sinh ở tuổi 15-19)', 'per 1,000 women (births at ages 15-19)'],
      children_per_woman: ['số con trung bình của một phụ nữ', 'children per woman'],
      million_people: ['triệu người', 'million people'],
      boys_per_100_girls: ['số bé trai trên 100 bé gái khi sinh', 'boys per 100 girls at birth'],
      per_100_live_births: ['trên 100 trẻ đẻ sống', 'per 100 live births'],
      percentage_points: ['điểm phần trăm (một thay đổi của tỷ lệ)', 'percentage points (a change of a share)'],
      people: ['số người', 'number of people'],
      years: ['số năm (tuổi thọ)', 'years (life expectancy)'],
    } satisfies Record<(typeof UNITS)[number], Text>,
  },
  {
    column: 'source',
    codes: {
      text: ['câu trong văn bản (với mục tiêu quốc gia: toàn văn)', 'a sentence of the document (for a national target: its full text)'],
      table: ['bảng (phụ lục) của văn bản', 'a table (appendix) of the document'],
      summary: ['bản tóm tắt văn bản (mục tiêu quốc gia, khi chưa có toàn văn)', 'a summary of the document (national targets, when the full text was not at hand)'],
    },
  },
  {
    column: 'level',
    codes: {
      national: ['toàn quốc', 'national'], province: ['tỉnh, thành phố trực thuộc trung ương', 'province or centrally-run city'],
      city: ['thành phố thuộc tỉnh', 'city under a province'], district: ['huyện, quận, thị xã', 'district'], commune: ['xã, phường', 'commune or ward'],
    } satisfies Record<(typeof LEVELS)[number], Text>,
  },
  {
    column: 'role',
    codes: {
      lead: ['chủ trì', 'leads'], coordinate: ['phối hợp', 'coordinates'], requested: ['đề nghị tham gia', 'requested to take part'], assigned: ['được giao', 'assigned'],
    } satisfies Record<(typeof ROLES)[number], Text>,
  },
  {
    column: 'doc_type',
    codes: {
      decision: ['quyết định', 'decision'], plan: ['kế hoạch', 'plan'], directive: ['chỉ thị', 'directive'],
      official_letter: ['công văn', 'official letter'], resolution: ['nghị quyết', 'resolution'], other: ['văn bản khác', 'other'],
    } satisfies Record<(typeof DOC_TYPES)[number], Text>,
  },
  {
    column: 'kind',
    codes: {
      plan: ['mục tiêu của một kế hoạch', 'a plan\'s target'],
      national: ['mục tiêu quốc gia (đường tham chiếu)', 'a national target (reference line)'],
      international: ['mục tiêu SDG (đường tham chiếu)', 'an SDG target (reference line)'],
    },
  },
];

export const CHART_CSV = 'bieu-do/*.csv';
export const INDICATOR_CSV = 'chi-tieu/*.csv';

/** The codebook: each file's columns, then each coded column's codes (once, under the file "*"). */
export function codebook(): Entry[] {
  const files: [string, Record<string, Text>][] = [
    ['targets.csv', TARGET_COLUMNS],
    [INDICATOR_CSV, TARGET_COLUMNS],
    ['agencies.csv', AGENCY_COLUMNS],
    ['plans.csv', PLAN_COLUMNS],
    [CHART_CSV, CHART_COLUMNS],
    ['codebook.csv', CODEBOOK_COLUMNS],
  ];
  return [
    ...files.flatMap(([file, cols]) => Object.entries(cols).map(([c, text]) => col(file, c, text))),
    ...CODES.flatMap(({ column, codes }) => Object.entries(codes).map(([code, [vi, en]]) => ({ file: '*', column, code, vi, en }))),
  ];
}

/** A column's description in English (datapackage.json), or undefined when the codebook lacks it. */
export function describe(file: string, column: string): string | undefined {
  return codebook().find((e) => e.file === file && e.column === column && e.code === '')?.en;
}
