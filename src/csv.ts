// The one CSV writer of the project (data/*.csv, served as they are at /du-lieu/) and its reader.
// - A UTF-8 byte-order mark first, so that Excel opens the files as UTF-8 and shows Vietnamese.
// - Text that a spreadsheet would run as a formula (a cell beginning with =, +, -, @, tab or
//   carriage return) is neutralised as OWASP recommends: a single quote before it, and the
//   cell quoted. Numbers are written as they are; the JSON records keep the exact text.
import { csvParse, type DSVRowArray } from 'd3-dsv';

export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (FORMULA.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows under a header of `columns`, one line each, BOM first, a newline last. */
export function csvText<C extends string>(columns: readonly C[], rows: readonly Record<C, Cell>[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  return `${BOM}${lines.join('\n')}\n`;
}

/** Rows of a CSV this project wrote (the BOM is not part of the first column's name). */
export function parseCsv(text: string): DSVRowArray<string> {
  return csvParse(text.startsWith(BOM) ? text.slice(1) : text);
}
