// The editor's report on one document (npm run review): what the converter read, in Vietnamese
// with English in brackets, and for each missing or doubtful item the exact frontmatter to add.
// Pure: a record in, text out.
import type { Comparator, Flag, FlagKind, PlanRecord, Role, SourceFrontmatter, Target, Unit } from '../schema.ts';
import type { Taxonomies } from '../taxonomy/load.ts';
import type { ConvertError } from './errors.ts';
import type { Removed } from './read.ts';
import { NAMES_NO_INDICATOR } from './targets.ts';

export interface ReviewInput {
  record: PlanRecord;
  /** The document text after any frontmatter: line N is line N of the record. */
  body: string;
  /** The frontmatter the source already has ({} when none). */
  frontmatter: SourceFrontmatter;
  tax: Taxonomies;
  /** Invisible and control characters removed on reading. */
  removed?: readonly Removed[];
}

/** What an editor fills in for a value only the signed document can give. */
export const PLACEHOLDER = '??';

type Correction = NonNullable<SourceFrontmatter['corrections']>[number];

/** One item of "Cần sửa / bổ sung": what is wrong, and what to write where. */
export interface Fix {
  /** Vietnamese (English). */
  title: string;
  /** What to check or decide, Vietnamese (English). */
  advice: string;
  /** Frontmatter keys to add (corrections are appended to the list); "??" marks what to fill in. */
  frontmatter?: Record<string, unknown>;
  /** The other way to fix it, when the editor must choose (e.g. correct the table, not the text). */
  alternative?: { advice: string; frontmatter: Record<string, unknown> };
  /** Text for another file (data/indicators.yaml, data/agencies.yaml), when the fix is there. */
  elsewhere?: { file: string; text: string };
}

// ---------------------------------------------------------------------------------------
// Words

const DOC_TYPES: Record<PlanRecord['docType'], string> = {
  decision: 'Quyết định (decision)',
  plan: 'Kế hoạch (plan)',
  directive: 'Chỉ thị (directive)',
  official_letter: 'Công văn (official letter)',
  resolution: 'Nghị quyết (resolution)',
  other: 'Khác (other)',
};
const LEVELS: Record<PlanRecord['jurisdiction']['level'], string> = {
  national: 'toàn quốc (national)',
  province: 'tỉnh (province)',
  city: 'thành phố (city)',
  district: 'huyện (district)',
  commune: 'xã (commune)',
};
const ROLES: Record<Role, string> = {
  lead: 'chủ trì (lead)',
  coordinate: 'phối hợp (coordinate)',
  requested: 'đề nghị (requested)',
  assigned: 'được giao (assigned)',
};
const FLAGS: Record<FlagKind, string> = {
  impossible_value: 'giá trị không thể đạt (impossible value)',
  text_table_conflict: 'văn bản và bảng khác nhau (text/table conflict)',
  citation_after_plan: 'văn bản được dẫn có sau kế hoạch (citation dated after the plan)',
  citation_implausible_year: 'năm không hợp lý trong văn bản được dẫn (implausible year in a citation)',
  missing_number: 'thiếu số văn bản (no document number)',
  missing_date: 'thiếu ngày ban hành (no date of issue)',
  unclassified_target: 'chỉ tiêu chưa phân loại (unclassified target)',
  unknown_agency: 'cơ quan chưa có trong danh mục (body not in the taxonomy)',
  corrected: 'đã được biên tập viên sửa (corrected by the editors)',
};
const UNITS: Record<Unit, string> = {
  percent: '%',
  per_1000_live_births: '‰',
  per_100000_live_births: '/100.000 trẻ đẻ sống',
  per_100000_population: '/100.000 dân',
  per_1000_population: '‰ (trên 1.000 dân)',
  per_100000_children: '/100.000 trẻ em',
  per_1000_women: '/1.000 phụ nữ',
  children_per_woman: ' con/phụ nữ',
  million_people: ' triệu người',
  boys_per_100_girls: ' trẻ trai/100 trẻ gái',
  per_100_live_births: '/100 trẻ đẻ sống',
  percentage_points: ' điểm phần trăm',
  people: ' người',
  years: ' tuổi',
};
const SIGNS: Record<Comparator, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=', increase: 'tăng (increase)', decrease: 'giảm (decrease)' };
const REASONS: Record<string, string> = {
  [NAMES_NO_INDICATOR]: 'số liệu ngoài phần mục tiêu, không gọi tên chỉ số nào đã biết (figure outside the targets part that names no known indicator)',
};
/** Type codes of document numbers ("06/CT-UBND"). */
const CODES: Partial<Record<PlanRecord['docType'], string>> = { decision: 'QĐ', plan: 'KH', directive: 'CT', resolution: 'NQ' };

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 3 });
const figure = (c: Comparator, v: number, unit: Unit) => `${SIGNS[c]} ${viNumber.format(v)}${UNITS[unit]}`;
const quote = (s: string, max = 110) => {
  const one = s.replace(/\t+/g, ' | ').replace(/\s+/g, ' ').trim();
  return `«${one.length > max ? `${one.slice(0, max - 1)}…` : one}»`;
};
const line = (n: number | null) => (n === null ? '' : `Dòng (Line) ${n}: `);
const MISSING = '— thiếu (missing)';

// ---------------------------------------------------------------------------------------
// Fixes

/** The number line at the top ("Số: /KH-UBND") with the blank number marked, else a pattern from type and issuer. */
function numberPattern(body: string, r: PlanRecord): string {
  for (const l of body.split('\n').slice(0, 40)) {
    const m = /^\W*Số\s*:?\s*(.*)$/u.exec(l.replace(/[*#]/g, '').trim());
    const rest = m?.[1]?.replace(/\s+/g, '');
    if (rest?.startsWith('/')) return `${PLACEHOLDER}${rest}`;
  }
  const organ = /^Sở Y tế/i.test(r.issuer) ? 'SYT' : /^(?:Chủ tịch\s+)?UBND/i.test(r.issuer) ? 'UBND' : /^HĐND/i.test(r.issuer) ? 'HĐND' : PLACEHOLDER;
  return `${PLACEHOLDER}/${CODES[r.docType] ?? PLACEHOLDER}-${organ}`;
}

function datePattern(issued: string | null): string {
  if (issued === null) return `${PLACEHOLDER}${PLACEHOLDER}-${PLACEHOLDER}-${PLACEHOLDER}`;
  return issued.length === 7 ? `${issued}-${PLACEHOLDER}` : `${issued}-${PLACEHOLDER}-${PLACEHOLDER}`;
}

/** The fields that pick out one target for a correction (indicator and year when they are known). */
function selector(t: Target): Pick<Correction, 'line' | 'indicator' | 'year'> {
  return { line: t.line, ...(t.indicator ? { indicator: t.indicator } : {}), ...(t.year !== null ? { year: t.year } : {}) };
}

/** True when the selector of `t` names it alone, as the converter requires of a correction. */
function singles(t: Target, targets: readonly Target[]): boolean {
  return targets.filter((o) => o.line === t.line && (!t.indicator || o.indicator === t.indicator) && (t.year === null || o.year === t.year)).length === 1;
}

export function fixesOf({ record, body, tax }: ReviewInput): Fix[] {
  const fixes: Fix[] = [];
  const r = record;
  const name = (id: string | null) => (id ? (tax.indicators.find((i) => i.id === id)?.vi ?? id) : 'chỉ tiêu chưa phân loại (unclassified)');

  if (r.docType === 'other') {
    fixes.push({
      title: 'Loại văn bản (Document type) chưa rõ (not recognised)',
      advice: 'Ghi loại văn bản: decision, plan, directive, official_letter, resolution hoặc other (write the document type).',
      frontmatter: { docType: PLACEHOLDER },
    });
  }
  if (r.number === null) {
    fixes.push({
      title: 'Số văn bản (Document number): thiếu (missing)',
      advice:
        'Văn bản để trống số (bản dự thảo?). Nếu bản đã ký có số, ghi số đó; nếu không, bỏ qua mục này ' +
        '(the number is blank, perhaps a draft: if the signed copy has a number, write it; otherwise leave this out).',
      frontmatter: { number: numberPattern(body, r) },
    });
  }
  if (r.issued === null || r.issued.length < 10) {
    fixes.push({
      title: `Ngày ban hành (Date of issue): ${r.issued === null ? 'thiếu (missing)' : `chỉ có ${r.issued} (only ${r.issued})`}`,
      advice: 'Ghi ngày ký trên bản đã ký, dạng năm-tháng-ngày (write the date of signature as YYYY-MM-DD).',
      frontmatter: { issued: datePattern(r.issued) },
    });
  }
  if (r.signer === null) {
    fixes.push({
      title: 'Người ký (Signer): thiếu (missing)',
      advice: 'Ghi họ tên người ký ở cuối văn bản (write the full name of the signatory).',
      frontmatter: { signer: PLACEHOLDER },
    });
  }
  if (r.period === null && r.docType !== 'directive' && r.docType !== 'official_letter') {
    const years = r.targets.map((t) => t.year).filter((y): y is number => y !== null);
    const start = r.issued ? Number(r.issued.slice(0, 4)) : (years.length ? Math.min(...years) : null);
    const end = years.length ? Math.max(...years, start ?? 0) : null;
    fixes.push({
      title: 'Giai đoạn thực hiện (Period): thiếu (missing)',
      advice: 'Ghi năm bắt đầu và năm kết thúc; các năm gợi ý lấy từ ngày ban hành và năm của các chỉ tiêu, cần kiểm tra (write the first and last year; the years suggested come from the date and the targets: check them).',
      frontmatter: { period: { start: start ?? PLACEHOLDER, end: end ?? PLACEHOLDER } },
    });
  }

  for (const f of r.flags) {
    if (f.kind === 'text_table_conflict') fixes.push(...conflictFixes(f, r, name));
    if (f.kind === 'impossible_value') {
      const t = r.targets.find((x) => x.line === f.line && x.source === 'text') ?? r.targets.find((x) => x.line === f.line);
      if (!t) continue;
      fixes.push({
        title: `${line(t.line)}${name(t.indicator)}: ${figure(t.comparator, t.value, t.unit)} không thể đạt (cannot be reached)`,
        advice: singles(t, r.targets)
          ? 'Đối chiếu bản gốc và ghi con số đúng (check the original and write the right figure and comparator: lt, lte, gt, gte, eq).'
          : 'Dòng này có nhiều chỉ tiêu cùng chỉ số và năm: không sửa được bằng frontmatter (the line has several targets with this indicator and year: a correction cannot single it out).',
        ...(singles(t, r.targets)
          ? {
              frontmatter: {
                corrections: [{
                  ...selector(t), value: PLACEHOLDER, comparator: t.comparator,
                  note: `Văn bản ghi ${figure(t.comparator, t.value, t.unit)}, không thể đạt (the document says ${figure(t.comparator, t.value, t.unit)}, which cannot be reached)`,
                }],
              },
            }
          : {}),
      });
    }
  }

  const unclassified = r.targets.filter((t) => t.indicator === null);
  // Lines left unread because they name no known indicator: a phrasing may read them. Past
  // results, the country's figures, counts and ranges are listed above, but no phrasing reads them.
  const unnamed = r.unclassified.filter((u) => u.reason === NAMES_NO_INDICATOR);
  if (unclassified.length || unnamed.length) {
    fixes.push({
      title: `${unclassified.length} chỉ tiêu chưa phân loại, ${unnamed.length} dòng có số không gọi tên chỉ số nào (unclassified targets, unread lines that name no indicator)`,
      advice:
        'Nếu dòng nói về một chỉ số đã có, thêm cách gọi của văn bản vào `phrasings` của chỉ số đó trong data/indicators.yaml (mỗi cách gọi là danh sách các từ phải có); ' +
        'nếu là chỉ số mới, thêm một mục mới (if the line names a known indicator, add the document\'s wording to its `phrasings` in data/indicators.yaml; a new indicator needs a new entry). ' +
        `Các dòng (lines): ${[...new Set([...unclassified.map((t) => t.line), ...unnamed.map((u) => u.line)])].sort((a, b) => a - b).join(', ')}.`,
      elsewhere: { file: 'data/indicators.yaml', text: '  phrasings: [["từ", "ngữ", "của văn bản"]]   # thêm vào chỉ số phù hợp (add to the matching indicator)' },
    });
  }

  const unknown = r.agencies.filter((a) => a.agency === null);
  if (unknown.length) {
    fixes.push({
      title: `${unknown.length} cơ quan chưa có trong data/agencies.yaml (bodies not in the taxonomy)`,
      advice: 'Thêm cách gọi vào `phrasings` của cơ quan đã có, hoặc thêm một mục mới (add the wording to an existing body\'s `phrasings`, or add an entry).',
      elsewhere: {
        file: 'data/agencies.yaml',
        text: unknown
          .map((a) => `- id: ${PLACEHOLDER}\n  slug: ${PLACEHOLDER}\n  vi: ${JSON.stringify(a.name)}\n  en: ${PLACEHOLDER}\n  group: other\n  phrasings: [[${JSON.stringify(a.name.toLowerCase())}]]`)
          .join('\n'),
      },
    });
  }
  return fixes;
}

/** A text/table conflict: correct the text to the table, or the table to the text; the editor decides. */
function conflictFixes(f: Flag, r: PlanRecord, name: (id: string | null) => string): Fix[] {
  const t = r.targets.find((x) => x.line === f.line && x.source === 'text' && x.indicator && x.group === null && !x.correction);
  const o = t && r.targets.find((x) => x.source === 'table' && x.indicator === t.indicator && x.year === t.year && x.group === null && x.value !== t.value);
  if (!t || !o) return [];
  const table = figure(o.comparator, o.value, o.unit);
  const text = figure(t.comparator, t.value, t.unit);
  const fix: Fix = {
    title: `${line(t.line)}${name(t.indicator)} ${t.year ?? ''}: văn bản ghi ${text}, bảng (dòng ${o.line}) ghi ${table} (the text and the table differ)`,
    advice: singles(t, r.targets)
      ? `Đối chiếu bản gốc. Nếu bảng đúng, sửa dòng ${t.line} (check the original; if the table is right, correct line ${t.line}):`
      : `Dòng ${t.line} có nhiều chỉ tiêu cùng chỉ số và năm: không sửa được bằng frontmatter (line ${t.line} has several targets with this indicator and year: a correction cannot single it out).`,
  };
  if (singles(t, r.targets)) {
    fix.frontmatter = {
      corrections: [{
        ...selector(t), value: o.value, comparator: o.comparator,
        note: `Văn bản ghi ${text}, bảng ở dòng ${o.line} ghi ${table}; sửa theo bảng (the text says ${text}, the table on line ${o.line} says ${table}; corrected to the table)`,
      }],
    };
  }
  if (singles(o, r.targets)) {
    fix.alternative = {
      advice: `Nếu văn bản đúng, sửa dòng ${o.line} thay vào đó (if the text is right, correct line ${o.line} instead):`,
      frontmatter: {
        corrections: [{
          ...selector(o), value: t.value, comparator: t.comparator,
          note: `Bảng ghi ${table}, văn bản ở dòng ${t.line} ghi ${text}; sửa theo văn bản (the table says ${table}, the text on line ${t.line} says ${text}; corrected to the text)`,
        }],
      },
    };
  }
  return [fix];
}

// ---------------------------------------------------------------------------------------
// Frontmatter as YAML

const KEYS = ['slug', 'duplicateOf', 'title', 'docType', 'number', 'issued', 'issuer', 'signer', 'jurisdiction', 'period', 'corrections'] as const;
const CORRECTION_KEYS = ['line', 'indicator', 'year', 'value', 'comparator', 'note'] as const;

/** A scalar as YAML: strings double-quoted (JSON strings are valid YAML), ids plain. */
function scalar(v: unknown): string {
  if (typeof v === 'string') return /^[a-z_]+$/.test(v) ? v : JSON.stringify(v);
  return v === null ? 'null' : String(v);
}

/** Frontmatter in the order of SourceFrontmatter, one key a line, between "---" lines. */
export function frontmatterYaml(fm: Record<string, unknown>): string {
  const out = ['---'];
  for (const key of KEYS) {
    const v = fm[key];
    if (v === undefined) continue;
    if (key === 'corrections') {
      out.push((v as unknown[]).length ? 'corrections:' : 'corrections: []');
      for (const c of v as Record<string, unknown>[]) {
        CORRECTION_KEYS.filter((k) => c[k] !== undefined).forEach((k, i) => out.push(`${i ? '    ' : '  - '}${k}: ${scalar(c[k])}`));
      }
    } else if (v !== null && typeof v === 'object') {
      out.push(`${key}: { ${Object.entries(v).map(([k, x]) => `${k}: ${scalar(x)}`).join(', ')} }`);
    } else out.push(`${key}: ${scalar(v)}`);
  }
  out.push('---');
  return out.join('\n');
}

/** The source's frontmatter with every fix added: new keys after the existing ones, corrections appended. */
export function mergedFrontmatter(existing: SourceFrontmatter, fixes: readonly Fix[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...existing };
  for (const f of fixes) {
    for (const [k, v] of Object.entries(f.frontmatter ?? {})) {
      if (k === 'corrections') merged.corrections = [...((merged.corrections as unknown[] | undefined) ?? []), ...(v as unknown[])];
      else if (merged[k] === undefined || merged[k] === null) merged[k] = v;
    }
  }
  return merged;
}

// ---------------------------------------------------------------------------------------
// The report

const REMOVED: Record<Removed['kind'], string> = {
  invisible: 'ký tự vô hình (invisible characters: zero-width spaces, joiners, soft hyphens, direction marks, BOM)',
  control: 'ký tự điều khiển (control characters)',
};

/**
 * One line per kind of character removed on reading: how many, and on which lines (the
 * document's lines, counted after the frontmatter as everywhere else).
 */
export function removedSummary(removed: readonly Removed[], bodyStart: number): string[] {
  return (['invisible', 'control'] as const).flatMap((kind) => {
    const of = removed.filter((r) => r.kind === kind);
    if (!of.length) return [];
    const total = of.reduce((n, r) => n + r.count, 0);
    const body = of.filter((r) => r.line >= bodyStart).map((r) => r.line - bodyStart + 1);
    const front = of.filter((r) => r.line < bodyStart).map((r) => r.line);
    const list = (ls: number[]) => (ls.length > 20 ? `${ls.slice(0, 20).join(', ')}, … (${ls.length})` : ls.join(', '));
    const where = [body.length ? `dòng (lines) ${list(body)}` : '', front.length ? `frontmatter, dòng (file lines) ${list(front)}` : ''].filter(Boolean).join('; ');
    return [`${total} ${REMOVED[kind]}: ${where}`];
  });
}

export function reviewReport(input: ReviewInput): string {
  const { record: r, tax, frontmatter } = input;
  const name = (id: string | null) => (id ? `${tax.indicators.find((i) => i.id === id)?.vi ?? id} [${id}]` : 'chưa phân loại (unclassified)');
  const edited = (key: keyof SourceFrontmatter) => (frontmatter[key] !== undefined ? ' [frontmatter]' : '');
  const fixes = fixesOf(input);
  const warnings = r.flags.filter((f) => f.kind !== 'corrected');
  const out: string[] = [];
  const section = (title: string, items: string[]) => {
    out.push('', title, ...(items.length ? items : ['  — không có (none)']));
  };

  out.push(
    `BÁO CÁO BIÊN TẬP (EDITOR'S REPORT): ${r.source.file}`,
    `Trang (Page): ${r.id} · số dòng tính từ sau frontmatter (lines are counted after the frontmatter)`,
    `Kết quả (Result): chuyển đổi được, ${warnings.length} cảnh báo, ${fixes.length} mục cần sửa / bổ sung (converts; ${warnings.length} warnings, ${fixes.length} items to fix or complete)`,
  );

  const j = r.jurisdiction;
  section('THÔNG TIN VĂN BẢN (METADATA)', [
    `  Tiêu đề (Title): ${r.title}${edited('title')}`,
    `  Loại văn bản (Type): ${DOC_TYPES[r.docType]}${edited('docType')}`,
    `  Số (Number): ${r.number ?? MISSING}${edited('number')}`,
    `  Ngày ban hành (Date of issue): ${r.issued ?? MISSING}${r.issued && r.issued.length < 10 ? ' — chưa đủ ngày (incomplete)' : ''}${edited('issued')}`,
    `  Cơ quan ban hành (Issuer): ${r.issuer}${edited('issuer')}`,
    `  Người ký (Signer): ${r.signer ?? MISSING}${edited('signer')}`,
    `  Địa bàn (Jurisdiction): ${j.name} — ${j.region}, ${LEVELS[j.level]}${j.province !== j.region ? `, thuộc tỉnh (in province) ${j.province}` : ''}${edited('jurisdiction')}`,
    ...(j.unit ? [`    đọc từ văn bản, thuộc ${j.unit.parent} (read from the document, in ${j.unit.parent}): the gazetteer lists no communes before 1 July 2025`] : []),
    `  Giai đoạn (Period): ${r.period ? `${r.period.start}–${r.period.end}` : MISSING}${edited('period')}`,
  ]);

  const targetLines = (t: Target) => {
    const details = [
      `năm (year) ${t.year ?? '—'}`,
      t.baseline ? `cơ sở (baseline) ${t.baseline.value === null ? '' : `${viNumber.format(t.baseline.value)} `}năm ${t.baseline.year}` : null,
      t.group ? `nhóm (group): ${t.group}` : null,
      t.source === 'text' ? 'nguồn: câu văn (source: text)' : 'nguồn: bảng (source: table)',
    ].filter(Boolean);
    const lines = [`  ${line(t.line)}${name(t.indicator)}`, `      ${figure(t.comparator, t.value, t.unit)} · ${details.join(' · ')}`];
    if (t.correction) {
      lines.push(`      đã sửa (corrected): văn bản ghi (the document says) ${figure(t.correction.original.comparator, t.correction.original.value, t.unit)} — ${t.correction.note}`);
    }
    lines.push(`      ${quote(t.text)}`);
    return lines;
  };
  const classified = r.targets.filter((t) => t.indicator !== null);
  const unclassified = r.targets.filter((t) => t.indicator === null);
  section(`CHỈ TIÊU ĐÃ PHÂN LOẠI (CLASSIFIED TARGETS): ${classified.length}`, classified.flatMap(targetLines));
  section(`CHỈ TIÊU CHƯA PHÂN LOẠI (UNCLASSIFIED TARGETS): ${unclassified.length}`, unclassified.flatMap(targetLines));
  section(
    `DÒNG CÓ SỐ CHƯA ĐỌC (UNCLASSIFIED LINES): ${r.unclassified.length}`,
    r.unclassified.flatMap((u) => [`  ${line(u.line)}${REASONS[u.reason] ?? u.reason}`, `      ${quote(u.text)}`]),
  );
  section(
    `CƠ QUAN (BODIES): ${r.agencies.length}`,
    r.agencies.map((a) => `  ${line(a.line)}${a.name} — ${ROLES[a.role]} · ${a.agency ?? 'chưa có trong danh mục (not in the taxonomy)'} · ${a.duties.length} nhiệm vụ (duties)`),
  );
  section(
    `VĂN BẢN ĐƯỢC DẪN (CITATIONS): ${r.citations.length}`,
    r.citations.map((c) => `  ${line(c.line)}${c.docType} ${c.number ?? ''}`.trimEnd() + ` · ${c.date ?? 'không rõ ngày (no date)'} · ${c.issuer ?? 'không rõ cơ quan (no issuer)'}`),
  );
  section(`CẢNH BÁO (FLAGS): ${r.flags.length}`, r.flags.map((f) => `  ${line(f.line)}${FLAGS[f.kind]}: ${f.message}`));
  const removed = removedSummary(input.removed ?? [], r.source.bodyStart);
  if (removed.length) {
    section(
      'KÝ TỰ ĐÃ BỎ KHI ĐỌC (CHARACTERS REMOVED ON READING)',
      [
        ...removed.map((l) => `  ${l}`),
        '  Các ký tự này không hiện ra nhưng làm sai con số (một dấu cách không độ rộng giữa "8" và "0%" tách thành hai số); số dòng không đổi. Nên xoá chúng khỏi tệp nguồn ' +
          '(they do not show but break figures: a zero-width space between "8" and "0%" makes two numbers; line numbers are unchanged. Better remove them from the source).',
      ],
    );
  }

  const items = fixes.flatMap((f, i) => {
    const lines = [`  ${i + 1}. ${f.title}`, `     ${f.advice}`];
    const yaml = (fm: Record<string, unknown>) => frontmatterYaml(fm).split('\n').slice(1, -1).map((l) => `       ${l}`);
    if (f.frontmatter) lines.push(...yaml(f.frontmatter));
    if (f.alternative) lines.push(`     ${f.alternative.advice}`, ...yaml(f.alternative.frontmatter));
    if (f.elsewhere) lines.push(`     Trong (in) ${f.elsewhere.file}:`, ...f.elsewhere.text.split('\n').map((l) => `       ${l}`));
    return lines;
  });
  section(`CẦN SỬA / BỔ SUNG (TO FIX OR COMPLETE): ${fixes.length}`, items);
  if (r.flags.some((f) => f.kind === 'citation_after_plan' || f.kind === 'citation_implausible_year')) {
    out.push(
      '  Ghi chú (Note): cảnh báo về văn bản được dẫn là lỗi của chính văn bản; không có khoá frontmatter để sửa, trang web hiển thị cho người đọc ' +
        '(citation warnings are the document\'s own mistakes: no frontmatter key corrects them; the site shows them to readers).',
    );
  }
  if (fixes.some((f) => f.frontmatter)) {
    const isDocx = r.source.file.toLowerCase().endsWith('.docx');
    const yaml = `${r.source.file.slice(0, r.source.file.length - 5)}.yaml`;
    out.push(
      '',
      isDocx
        ? `Tệp .docx không chứa được frontmatter: đặt khối dưới đây (bỏ hai dòng "---") vào tệp ${yaml} bên cạnh nó ` +
          `(a .docx cannot hold frontmatter: put the block below, without the two "---" lines, in ${yaml} beside it).`
        : 'Frontmatter đầy đủ, đặt ở đầu tệp nguồn; thay mọi "??" bằng giá trị trong bản đã ký hoặc xoá dòng đó ' +
          '(the whole frontmatter, for the very top of the source file; replace every "??" with the value from the signed document, or delete that line):',
      frontmatterYaml(mergedFrontmatter(frontmatter, fixes)),
    );
  }
  return `${out.join('\n')}\n`;
}

/** Control characters shown as \u{…}: nothing a file holds (or is named) reaches the terminal raw. */
export const printable = (s: string): string =>
  s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

/** The report for a document that does not convert: the converter's own message, labelled. */
export function errorReport(e: ConvertError): string {
  return [
    `LỖI (ERROR): ${e.file}${e.line ? `, dòng (line) ${e.line}` : ''}`,
    `  Vấn đề (What): ${e.what}`,
    `  Cách sửa (What to do): ${e.todo}`,
    '',
  ].join('\n');
}
