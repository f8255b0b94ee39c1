// A text source rebuilt as Word would hold it, with the `docx` package: for tests of the .docx
// reader and of the editors' tools.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** Runs of a Markdown-ish line: "**…**" and "<b>…</b>" become bold, as Word would hold them. */
export function runs(s: string): TextRun[] {
  const bold = /\*\*|<b>/.test(s);
  return [new TextRun({ text: s.replace(/<\/?b>/g, '').replace(/\*+/g, '').trimEnd(), bold })];
}

export const cell = (text: string, span: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ ...span, children: [new Paragraph({ children: runs(text) })] });

/**
 * A run of tab-separated rows as a Word table. A row with one filled cell is a group row merged
 * across the table; a header cell with nothing under it spans two rows, and a header cell with
 * an empty neighbour over two filled cells spans two columns ("Kế hoạch" over 2024 and 2025).
 */
function table(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length));
  const skip = new Set<string>();
  const out: TableRow[] = rows.map((row, r) => {
    const filled = row.filter((c) => c.trim() !== '');
    if (filled.length === 1 && r > 1) return new TableRow({ children: [cell(filled[0]!, { columnSpan: width })] });
    const cells: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      if (skip.has(`${r},${c}`)) continue;
      const text = row[c] ?? '';
      const below = rows[r + 1];
      const span: { columnSpan?: number; rowSpan?: number } = {};
      if (r === 0 && below && text && !below[c] && below.slice(0, c).every((x) => !x)) {
        span.rowSpan = 2;
        skip.add(`${r + 1},${c}`);
      } else if (r === 0 && below && text && !row[c + 1] && below[c] && below[c + 1]) {
        span.columnSpan = 2;
        skip.add(`${r},${c + 1}`);
      }
      cells.push(cell(text, span));
    }
    return new TableRow({ children: cells });
  });
  return new Table({ rows: out });
}

/** A text source as Word would hold it: one paragraph per line, blank lines dropped. */
export async function docxOf(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.split('\t').length >= 3) {
      const rows: string[][] = [];
      while (i < lines.length && lines[i]!.split('\t').length >= 3) rows.push(lines[i++]!.split('\t'));
      i--;
      children.push(table(rows));
      continue;
    }
    if (line.trim() === '') continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^([-+])\s+(.*)$/.exec(line);
    if (heading) children.push(new Paragraph({ heading: HEADINGS[heading[1]!.length - 1], children: runs(heading[2]!) }));
    // "+ " items sit under the "- " items in the source: a nested list in Word.
    else if (bullet) children.push(new Paragraph({ bullet: { level: bullet[1] === '-' ? 0 : 1 }, children: runs(bullet[2]!) }));
    else children.push(new Paragraph({ children: runs(line) }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
