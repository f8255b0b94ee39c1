// Word documents (.docx) to the text form the converter reads: headings as "#", list items as
// "- " (numbered lists as "1.", "1.1." …), table rows as tab-separated cells laid out on the
// table's grid, one paragraph per line.
import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { ConvertError } from './errors.ts';
import { zipSizeProblem } from './zip.ts';

const REDO = 'Open it in Word or LibreOffice and save it again as .docx (Word 2007+), or save it as plain text (UTF-8)';

/** Other files people give a .docx name, told apart by their first bytes. */
const NOT_DOCX: { bytes: number[]; what: string; todo: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'this file is named .docx but is a PDF', todo: 'Rename it to .pdf and export its text to a .txt file (UTF-8), or put the original Word file in content/sources/ instead' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'this file is named .docx but is a Word 97–2003 .doc file', todo: REDO },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'this file is named .docx but is an RTF document', todo: REDO },
];

export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  for (const sig of NOT_DOCX) {
    if (sig.bytes.every((b, i) => bytes[i] === b)) throw new ConvertError(file, null, sig.what, sig.todo);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new ConvertError(file, null, 'this is not a .docx file: a .docx is a ZIP container, and this file does not start like one', `${REDO}; a text file should be named .txt`);
  }
  const tooBig = zipSizeProblem(bytes);
  if (tooBig) {
    throw new ConvertError(file, null, `this .docx file cannot be read: ${tooBig} (a plan's text is a few MB at most)`,
      'Check that it is the document itself; open it in Word or LibreOffice, remove what is not the plan (large images, embedded files) and save it again, or save it as plain text (UTF-8)');
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]!;
    // A whole ZIP without word/document.xml is another kind of file (.xlsx, .pptx, .odt, a .zip).
    if (/main document part/i.test(why)) {
      throw new ConvertError(file, null, 'this file is a ZIP container but not a Word document (it has no word/document.xml): perhaps an .xlsx, .pptx, .odt or .zip renamed', REDO);
    }
    throw new ConvertError(file, null, `this .docx file is damaged or incomplete and cannot be read (${why})`, REDO);
  }
  return htmlToLines(html).join('\n') + '\n';
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'BLOCKQUOTE']);
const LISTS = new Set(['UL', 'OL']);
/** A hostile document may claim any span; no real table is wider than this. */
const MAX_SPAN = 64;

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Text of a node on one line: a line break or a block boundary (a paragraph in a cell) is a space. */
function flat(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const block = BLOCKS.has((n as Element).tagName);
      if (block) parts.push(' ');
      for (const c of Array.from(n.childNodes)) visit(c);
      if (block) parts.push(' ');
    }
  };
  for (const c of Array.from(node.childNodes)) visit(c);
  return fold(parts.join(''));
}

/** A paragraph's lines: Word's manual line breaks (Shift+Enter) end a line, as in a text file. */
function paragraphLines(p: Element): string[] {
  const lines: string[] = [''];
  const visit = (n: Node) => {
    if (n.nodeType === 3) lines[lines.length - 1] += n.nodeValue ?? '';
    else if (n.nodeType === 1 && (n as Element).tagName === 'BR') lines.push('');
    else for (const c of Array.from(n.childNodes)) visit(c);
  };
  visit(p);
  return lines.map(fold);
}

const childrenOf = (el: Element, tags: string[]) => Array.from(el.children).filter((c) => tags.includes(c.tagName));

/** A merged cell this short (a figure, a unit, "Kế hoạch") is repeated across the columns it covers; a longer one is a title or a group row. */
const REPEAT_ACROSS = 12;

/**
 * The rows of a table on its grid, merged cells expanded: a cell merged down repeats in every
 * row it covers (a unit, a baseline, an indicator or a value shared by two rows), and a short
 * cell merged across repeats in every column (a value for both 2024 and 2025). A long cell
 * merged across (a group row, a title) stays in its first slot, the others empty.
 */
export function tableGrid(table: Element): string[][] {
  const rows = [...childrenOf(table, ['TR']), ...childrenOf(table, ['THEAD', 'TBODY', 'TFOOT']).flatMap((s) => childrenOf(s, ['TR']))];
  const grid: (string | undefined)[][] = rows.map(() => []);
  rows.forEach((tr, r) => {
    let c = 0;
    for (const cell of childrenOf(tr, ['TD', 'TH'])) {
      while (grid[r]![c] !== undefined) c++; // a slot taken by a cell merged from a row above
      const span = (name: string, max: number) => Math.min(max, Math.max(1, Number.parseInt(cell.getAttribute(name) ?? '1', 10) || 1));
      const cols = span('colspan', MAX_SPAN);
      const down = span('rowspan', rows.length - r);
      const text = flat(cell);
      const across = text.length <= REPEAT_ACROSS;
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < cols; dc++) grid[r + dr]![c + dc] = dc === 0 || across ? text : '';
      }
      c += cols;
    }
  });
  // Rows are padded to the widest so that a merged group row still reads as a table row.
  const width = Math.max(2, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

/** Block elements of mammoth's HTML, one text line each. */
export function htmlToLines(html: string): string[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const lines: string[] = [];
  const list = (el: Element, depth: number, path: number[]) => {
    childrenOf(el, ['LI']).forEach((li, i) => {
      // Word's own numbering is not in mammoth's HTML: numbered items are counted ("1.", "1.1.").
      const number = el.tagName === 'OL' ? [...path, i + 1] : path;
      const mark = el.tagName === 'OL' ? `${number.join('.')}.` : '-';
      const own = li.cloneNode(true) as Element;
      for (const nested of childrenOf(own, ['UL', 'OL', 'TABLE'])) nested.remove();
      lines.push(`${'  '.repeat(depth)}${mark} ${flat(own)}`.trimEnd());
      for (const nested of childrenOf(li, ['UL', 'OL', 'TABLE'])) {
        if (LISTS.has(nested.tagName)) list(nested, depth + 1, number);
        else table(nested);
      }
    });
  };
  const table = (el: Element) => {
    for (const row of tableGrid(el)) lines.push(row.join('\t'));
  };
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName;
      if (/^H[1-6]$/.test(tag)) lines.push(`${'#'.repeat(Number(tag[1]))} ${flat(child)}`);
      else if (tag === 'P') for (const l of paragraphLines(child)) lines.push(l); // no spread: a paragraph may hold 100,000 breaks
      else if (LISTS.has(tag)) list(child, 0, []);
      else if (tag === 'TABLE') table(child);
      else if (child.children.length && Array.from(child.children).some((c) => BLOCKS.has(c.tagName))) walk(child);
      else lines.push(flat(child));
    }
  };
  walk(document.body);
  return lines;
}
