// Targets in tables: tab-separated rows (as pasted from Word, sometimes with HTML tags) and
// Markdown pipe tables. A header names the columns: indicator, unit, a result year (baseline)
// and target years; group rows ("Mục tiêu 1: …") give the goal.
import type { Goal, Target } from '../schema.ts';
import type { Doc, Line } from './document.ts';
import { isTableRow, PIPE_ROW, plainText } from './document.ts';
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

interface Columns {
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

/** Runs of consecutive table rows. */
function tablesOf(doc: Doc): Line[][] {
  const out: Line[][] = [];
  let run: Line[] = [];
  for (const line of doc.lines) {
    if (isTableRow(line.raw)) run.push(line);
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

const nonEmpty = (cells: string[]) => cells.filter((c) => c !== '');

export function extractTableTargets(doc: Doc, ctx: TargetContext): { targets: Target[]; goals: Goal[] } {
  const targets: Target[] = [];
  const goals: Goal[] = [];
  for (const rows of tablesOf(doc)) {
    const body = rows.filter((r) => !PIPE_SEPARATOR.test(r.raw));
    const cells = body.map((r) => splitRow(r.raw));
    // The header ends at the first group row (one long cell) or row with two or more figures.
    let h = 0;
    // A header's years ("| Chỉ số | 2024 | 2025 |") are no figures.
    while (h < cells.length && !isGroupRow(cells[h]!) && countFigures(cells[h]!.filter((c) => !YEAR_CELL.test(c))) < 2) h++;
    const cols = columnsOf(cells.slice(0, h));
    if (!cols) continue;
    const headers = flattenHeader(cells.slice(0, h));
    let goal: string | null = null;
    for (let i = h; i < body.length; i++) {
      const row = cells[i]!;
      const line = body[i]!;
      if (isGroupRow(row)) {
        goal = nonEmpty(row).sort((a, b) => b.length - a.length)[0]!;
        if (!goals.some((g) => g.title === goal)) goals.push({ title: goal, line: line.n });
        continue;
      }
      const name = row[cols.indicator] ?? '';
      const unitText = cols.unit !== null ? (row[cols.unit] ?? '') : '';
      const indicator = classify(`${name} ${unitText}`, ctx.indicators);
      const direction = indicator?.direction ?? null;
      const unit = unitOf(unitText, indicator?.unit ?? null) ?? indicator?.unit ?? 'percent';
      const base = cols.baseline ? parseCell(row[cols.baseline.col] ?? '', direction) : null;
      const quote = quoteRow(row, headers, cols);
      for (const t of cols.targets) {
        const cell = parseCell(row[t.col] ?? '', direction);
        if (!cell) continue;
        targets.push({
          indicator: indicator?.id ?? null,
          text: line.raw,
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
  return { targets, goals };
}

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
  const figures = [cols.baseline?.col, ...cols.targets.map((t) => t.col)]
    .filter((c): c is number => c !== undefined && (row[c] ?? '') !== '')
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
