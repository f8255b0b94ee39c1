// Targets in tables: tab-separated rows (as pasted from Word, sometimes with HTML tags) and
// Markdown pipe tables. A header names the columns: indicator, unit, a result year (baseline)
// and target years; group rows ("Mục tiêu 1: …") give the goal.
import type { Goal, Target, Unclassified } from '../schema.ts';
import type { Doc, Line } from './document.ts';
import { isTableRow, pageMark, PIPE_ROW, plainText } from './document.ts';
import { classify } from './indicators.ts';
import { parseCell, unitOf } from './numbers.ts';
import type { TargetContext } from './targets.ts';

// Each run of blanks has one place to go: "\s*\|?\s*" would try every split of a long run (quadratic).
const PIPE_SEPARATOR = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/;

/** The cells of a row as written (Markdown and HTML marks kept). */
export function splitRowRaw(raw: string): string[] {
  if (PIPE_ROW.test(raw)) return raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return raw.split('\t');
}

/** The cells of a row as plain text. */
export function splitRow(raw: string): string[] {
  return splitRowRaw(raw).map(plainText);
}

export interface Columns {
  indicator: number;
  unit: number | null;
  baseline: { col: number; year: number } | null;
  targets: { col: number; year: number }[];
}

const YEAR = /(?:19|20)\d{2}/;
const YEAR_CELL = /^\s*(?:năm\s+)?(?:19|20)\d{2}\s*$/iu;

/** Column roles from the header rows, whose cells are read top to bottom per column. */
export function columnsOf(header: string[][]): Columns | null {
  const width = Math.max(...header.map((r) => r.length));
  const titles = Array.from({ length: width }, (_, c) => header.map((r) => r[c] ?? '').join(' ').trim());
  const find = (re: RegExp) => titles.findIndex((t) => re.test(t));
  let indicator = find(/chỉ số|chỉ tiêu|nội dung|tên|indicator/i);
  if (indicator < 0) indicator = /^s?tt$/i.test(titles[0] ?? '') ? 1 : 0;
  const unitCol = find(/đơn vị|đvt|unit/i);
  let baseline: Columns['baseline'] = null;
  const targets: Columns['targets'] = [];
  titles.forEach((t, col) => {
    const year = YEAR.exec(t);
    if (!year || col === indicator || col === unitCol) return;
    if (/thực hiện|kết quả|ước|năm gốc|cơ sở|baseline|result/i.test(t)) baseline ??= { col, year: Number(year[0]) };
    else targets.push({ col, year: Number(year[0]) });
  });
  return targets.length ? { indicator, unit: unitCol >= 0 ? unitCol : null, baseline, targets } : null;
}

/** Runs of consecutive table rows; a blank line or a page's number between two rows (a copy may put one after every line) ends none. */
function tablesOf(doc: Doc): Line[][] {
  const out: Line[][] = [];
  let run: Line[] = [];
  for (const line of doc.lines) {
    if (isTableRow(line.raw)) run.push(line);
    else if (run.length && (line.plain === '' || pageMark(line.plain))) continue;
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

const nonEmpty = (cells: string[]) => cells.filter((c) => c !== '');

export function extractTableTargets(doc: Doc, ctx: TargetContext): { targets: Target[]; goals: Goal[]; unclassified: Unclassified[] } {
  const found: TableFound = { targets: [], goals: [], unclassified: [] };
  for (const rows of tablesOf(doc)) {
    const body = rows.filter((r) => !PIPE_SEPARATOR.test(r.raw));
    const cells = body.map((r) => splitRow(r.raw));
    // The header ends at the first group row (one long cell) or row with two or more figures.
    let h = 0;
    // A header's years ("| Chỉ số | 2024 | 2025 |") are no figures.
    while (h < cells.length && !isGroupRow(cells[h]!) && countFigures(cells[h]!.filter((c) => !YEAR_CELL.test(c))) < 2) h++;
    const cols = columnsOf(cells.slice(0, h));
    if (!cols) continue;
    const read = body.slice(h).map((line, i) => ({ line, text: line.raw, cells: cells[h + i]! }));
    readRows(read, cells.slice(0, h), cols, ctx, found);
  }
  for (const table of flatTablesOf(doc)) {
    readRows(table.rows, [table.header], table.columns, ctx, found);
    const at = table.unread;
    if (at) {
      found.unclassified.push({
        line: at.n,
        text: at.raw,
        reason: `a row of a table written one cell per line that does not fit its header of ${table.header.length} cells (${table.header.join(' | ')}): the table is not read from this line on`,
      });
    }
  }
  return found;
}

interface TableFound {
  targets: Target[];
  goals: Goal[];
  unclassified: Unclassified[];
}

/** A table's rows read into targets, a group row ("Mục tiêu 1: …") naming the goal of the rows after it. */
function readRows(rows: Row[], header: string[][], cols: Columns, ctx: TargetContext, { targets, goals, unclassified }: TableFound): void {
  const headers = flattenHeader(header);
  let goal: string | null = null;
  for (const { line, text, cells: row } of rows) {
    if (isGroupRow(row)) {
      goal = nonEmpty(row).sort((a, b) => b.length - a.length)[0]!;
      if (!goals.some((g) => g.title === goal)) goals.push({ title: goal, line: line.n });
      continue;
    }
    const name = row[cols.indicator] ?? '';
    const unitText = cols.unit !== null ? (row[cols.unit] ?? '') : '';
    const indicator = classify(`${name} ${unitText}`, ctx.indicators);
    const direction = indicator?.direction ?? null;
    const known = unitOf(unitText, indicator?.unit ?? null);
    // "Số trạm y tế có bác sĩ | trạm | 20 | 22": a count of things, which no unit of the record holds,
    // even where its name is an indicator's ("Số ca tử vong mẹ | ca | 3 | 0" is no ratio).
    if (known === null && /\p{L}/u.test(unitText) && countFigures(row) > 0) {
      unclassified.push({ line: line.n, text, reason: `a count in "${unitText}", which no unit of the record holds: kept for the editor` });
      continue;
    }
    const unit = known ?? indicator?.unit ?? 'percent';
    const base = cols.baseline ? parseCell(row[cols.baseline.col] ?? '', direction) : null;
    const quote = quoteRow(row, headers, cols);
    for (const t of cols.targets) {
      const cell = parseCell(row[t.col] ?? '', direction);
      if (!cell) continue;
      targets.push({
        indicator: indicator?.id ?? null,
        text,
        line: line.n,
        comparator: cell.comparator,
        value: cell.value,
        unit,
        year: t.year,
        baseline: base && cols.baseline ? { value: base.value, year: cols.baseline.year } : null,
        group: null,
        source: 'table',
        goal,
        correction: null,
        cell: { column: t.col + 1, header: headers[t.col] ?? '', row: quote },
      });
    }
  }
}

/** A row of a table: the line it starts on, its text as the document has it, its cells. */
interface Row {
  line: Line;
  text: string;
  cells: string[];
}

// --- Tables flattened into one cell per line ---------------------------------------------
// A portal's page, copied as text, may give each cell of a table a line of its own (often with a
// blank line between): "TT" / "Chỉ tiêu" / "Đơn vị tính" / "Năm 2024" / "Năm 2025" / "1" /
// "Tỷ lệ phụ nữ mang thai được khám thai …" / "%" / "85" / "90" / "2" / …. The header's cells give
// the table's width; each row is that many cells, its values figures. A row that does not fit ends
// the table, so that no figure is read from a cell it does not hold.

export interface FlatTable {
  header: string[];
  columns: Columns;
  rows: Row[];
  /** The numbers of the lines the table takes, header included. */
  lines: Set<number>;
  /** The first line of a row that does not fit the header, where reading the table stopped. */
  unread?: Line;
}

const ORDER_TITLE = /^s?tt\.?$/iu;
const INDICATOR_TITLE = /^(?:tên\s+)?(?:chỉ số|chỉ tiêu|nội dung)(?!\p{L})/iu;
/** The letters a header's first cell starts with ("STT", "TT", "Tên chỉ tiêu", "Chỉ tiêu", "Nội dung"): most lines are ruled out by their first. */
const TITLE_FIRST = 'sStTcCnN';
const ROW_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.?|[a-zđ][.)])$/u;
/** A header cell: a short title, not a figure, not a sentence. */
const isTitleCell = (s: string) => s.length <= 60 && !ROW_NUMBER.test(s) && parseCell(s, null) === null && !/[.;:]$/.test(s) && !isTableRow(s);
const MAX_COLUMNS = 12;

const flatCache = new WeakMap<Doc, FlatTable[]>();
/** The tables of the document written one cell per line: found once per document. */
export function flatTablesOf(doc: Doc): FlatTable[] {
  let found = flatCache.get(doc);
  if (!found) flatCache.set(doc, (found = findFlatTables(doc)));
  return found;
}

function findFlatTables(doc: Doc): FlatTable[] {
  const cells = doc.lines.filter((l) => l.plain !== '' && !isTableRow(l.raw));
  const out: FlatTable[] = [];
  for (let i = 0; i < cells.length; i++) {
    const first = cells[i]!.plain;
    if (!TITLE_FIRST.includes(first.charAt(0)) || (!ORDER_TITLE.test(first) && !INDICATOR_TITLE.test(first))) continue;
    let end = i;
    while (end < cells.length && end - i < MAX_COLUMNS && isTitleCell(cells[end]!.plain)) end++;
    // The header ends on its last year column ("Năm 2025", "Kế hoạch 2025"): a row's name follows.
    let last = end - 1;
    while (last > i && !YEAR.test(cells[last]!.plain)) last--;
    const header = cells.slice(i, last + 1).map((l) => l.plain);
    const columns = header.length >= 2 && header.some((h) => INDICATOR_TITLE.test(h)) ? columnsOf([header]) : null;
    if (!columns) continue;
    const numbered = ORDER_TITLE.test(header[0]!);
    const rows: Row[] = [];
    let k = last + 1;
    while (k + header.length <= cells.length) {
      const row = cells.slice(k, k + header.length);
      const text = row.map((l) => l.plain);
      if (!fitsRow(text, columns, numbered)) break;
      rows.push({ line: row[numbered ? 1 : 0]!, text: text.join(' | '), cells: text });
      k += header.length;
    }
    // Cells after the last row that fits which still read as rows (a number, figures within two
    // rows' cells): a row the header does not fit, whose cells a wrapped name or an empty cell
    // left out of step.
    const next = cells.slice(k, k + 2 * header.length).map((l) => l.plain);
    const unread = next.length > 1 && (!numbered || ROW_NUMBER.test(next[0]!)) && next.slice(1).some((c) => parseCell(c, null) !== null) ? cells[k] : undefined;
    if (rows.length === 0 && !unread) continue;
    const taken = cells.slice(i, k);
    out.push({ header, columns, rows, unread, lines: new Set(taken.flatMap((l) => range(l.n, l.last ?? l.n))) });
    i = k - 1;
  }
  return out;
}

/** Whether cells read as one row of the table: its number, a name, a short unit, and figures (or nothing) under the years. */
function fitsRow(cells: string[], cols: Columns, numbered: boolean): boolean {
  if (numbered && !ROW_NUMBER.test(cells[0]!)) return false;
  const name = cells[cols.indicator] ?? '';
  if (name.length < 4 || parseCell(name, null) !== null || ROW_NUMBER.test(name)) return false;
  if (cols.unit !== null && (cells[cols.unit] ?? '').length > 20) return false;
  return figureColumns(cols).every((c) => parseCell(cells[c] ?? '', null) !== null || EMPTY_CELL.test(cells[c] ?? ''));
}
const EMPTY_CELL = /^[-–—x]?$/iu;

/** The columns that hold figures: the baseline's, then the target years'. */
const figureColumns = (cols: Columns): number[] => [cols.baseline?.col, ...cols.targets.map((t) => t.col)].filter((c): c is number => c !== undefined);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k);

/**
 * One title per column from the header rows: each column's titles top to bottom joined by " · ",
 * a title merged across columns repeated over the columns below it ("Kế hoạch · Năm 2024").
 */
export function flattenHeader(header: string[][]): string[] {
  const width = Math.max(0, ...header.map((r) => r.length));
  const titles: string[][] = Array.from({ length: width }, () => []);
  header.forEach((row, r) => {
    let merged = '';
    for (let c = 0; c < width; c++) {
      const own = row[c] ?? '';
      // An empty cell right of a title, over a column that has a title below: the title spans it.
      const below = header.slice(r + 1).some((x) => (x[c] ?? '') !== '');
      const title = own !== '' ? own : below ? merged : '';
      if (own !== '') merged = own;
      else if (!below) merged = '';
      if (title !== '' && titles[c]!.at(-1) !== title) titles[c]!.push(title);
    }
  });
  return titles.map((t) => t.join(' · '));
}

/** A row as a reader quotes it: "indicator (unit) — header: figure; …". */
function quoteRow(row: string[], headers: string[], cols: Columns): string {
  const name = row[cols.indicator] ?? '';
  const unit = cols.unit !== null ? (row[cols.unit] ?? '') : '';
  const figures = figureColumns(cols)
    .filter((c) => (row[c] ?? '') !== '')
    .map((c) => `${headers[c] ?? ''}: ${row[c]}`);
  return `${name}${unit ? ` (${unit})` : ''} — ${figures.join('; ')}`;
}

export function isGroupRow(cells: string[]): boolean {
  const filled = nonEmpty(cells);
  const long = filled.filter((c) => c.length > 12);
  return long.length === 1 && filled.length <= 2 && countFigures(cells) === 0;
}

export function countFigures(cells: string[]): number {
  return cells.filter((c) => parseCell(c, null) !== null).length;
}
