// The structured body: the document as Markdown with its structure (headings from its numbering,
// lists, GFM tables with one header row, normalised emphasis), built as an mdast tree by small
// pure steps and printed by remark. Every block ends with a marker `<!--L12-->` naming the
// source line it came from, so the site keeps `#L12` anchors; the marker is the only HTML the
// body holds: HTML in the source becomes Markdown or is dropped.
import type { Heading, Html, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Doc, Line } from './document.ts';
import { isTableRow, plainText, romanHeading } from './document.ts';
import { countFigures, flattenHeader, isGroupRow, splitRowRaw } from './tables.ts';

/** The marker a block carries: its first source line. */
export const LINE_MARKER = /^<!--L(\d+)-->$/;
export const lineMarker = (n: number): Html => ({ type: 'html', value: `<!--L${n}-->` });

// ---- inline: one line's text → phrasing content --------------------------------------------

const STRONG_TAG = /<\/?(?:b|strong)(?:\s[^<>]*)?>/gi;
const EM_TAG = /<\/?(?:i|em)(?:\s[^<>]*)?>/gi;
const BREAK_TAG = /<br(?:\s[^<>]*)?\/?>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// Any other tag, known or not (a tag holds no "<", so an unclosed "<b" cannot scan the line).
const ANY_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** HTML from an earlier conversion as Markdown: bold and italics kept, every other tag dropped. */
export function htmlToMarkdown(s: string): string {
  if (!s.includes('<')) return s;
  return s.replace(COMMENT, '').replace(STRONG_TAG, '**').replace(EM_TAG, '*').replace(BREAK_TAG, ' ').replace(ANY_TAG, '');
}

// Block syntax at the start of a line's text, escaped so the text parses as one paragraph.
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}(?=[.)](?:\s|$))|={2,}|-{2,}|_{3,}|~{3,}|`{3,})/;

const parser = unified().use(remarkParse).use(remarkGfm);
const MAX_INLINE = 5000;
/** A run of rows wider than this is not a table a reader can use: its lines stay paragraphs. */
const MAX_COLUMNS = 64;
/** Characters that start inline Markdown (emphasis, code, links, HTML, entities, escapes, autolinks). */
const INLINE_SYNTAX = /[*_`[\]<>\\&~!]|https?:|www\.|@/i;

/**
 * The phrasing content of one line of text: its Markdown emphasis kept when balanced, emphasis
 * marks that close nothing (a bold run broken across lines) dropped, raw HTML dropped.
 */
export function inline(text: string): PhrasingContent[] {
  const trimmed = text.trim();
  // Most lines hold no inline syntax: they are their text (parsing every line costs 30×). A
  // line too long to be a sentence is read as plain text too (emphasis resolution is quadratic).
  if (trimmed.length > MAX_INLINE) return [{ type: 'text', value: plainText(trimmed) }];
  if (!INLINE_SYNTAX.test(trimmed)) return trimmed === '' ? [] : [{ type: 'text', value: trimmed }];
  const src = trimmed.replace(BLOCK_START, (m) => (/^\d/.test(m) ? m : '\\' + m)).replace(/^(\d{1,9})([.)])/, '$1\\$2');
  if (src === '') return [];
  const root = parser.parse(src) as Root;
  const first = root.children[0];
  // Anything but one paragraph (an HTML block, a setext underline) is read as plain text.
  const kids: PhrasingContent[] =
    root.children.length === 1 && first?.type === 'paragraph' ? first.children : [{ type: 'text', value: plainText(text) }];
  return tidy(kids);
}

/** Emphasis debris ("**" that closes nothing) and raw HTML removed; empty runs dropped. */
function tidy(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    if (n.type === 'html') continue;
    if (n.type === 'text') {
      const value = n.value.replace(/\*+/g, '');
      if (value !== '') out.push({ type: 'text', value });
      continue;
    }
    if ('children' in n) {
      const children = tidy(n.children as PhrasingContent[]);
      if (children.length === 0) continue;
      out.push({ ...n, children } as PhrasingContent);
      continue;
    }
    out.push(n);
  }
  return out;
}

/** A heading's text without the emphasis that wraps all of it (the heading already stands out). */
function unwrap(nodes: PhrasingContent[]): PhrasingContent[] {
  let kids = nodes;
  while (kids.length === 1 && (kids[0]!.type === 'strong' || kids[0]!.type === 'emphasis')) kids = kids[0]!.children;
  return kids;
}

// ---- blocks: lines → kinds -----------------------------------------------------------------

/** Heading kinds by the document's numbering, outermost first. */
const KINDS = ['title', 'roman', 'number', 'subnumber', 'letter'] as const;
type Kind = (typeof KINDS)[number];

const NUMBERING: [Kind, RegExp][] = [
  ['subnumber', /^\d{1,2}\.\d{1,2}\.?(?:\d{1,2}\.?)?\s+\S/],
  ['number', /^\d{1,2}\.\s+\S/],
  ['letter', /^[a-zđ]\)\s*\S/],
];
const LIST_MARK = /^([-+•–*])\s+/;
const SOURCE_HEADING = /^#{1,6}(?:\s+|$)/;

type Block =
  | { type: 'heading'; kind: Kind | null; line: number; content: PhrasingContent[] }
  | { type: 'item'; depth: 1 | 2; line: number; content: PhrasingContent[] }
  | { type: 'paragraph'; line: number; content: PhrasingContent[] }
  | { type: 'table'; rows: Line[] }
  | { type: 'blank' };

// A part is what the converter takes for one (romanHeading: "II.", "PHẦN II.", "B. MỤC TIÊU").
const numberingOf = (plain: string): Kind | null => (romanHeading(plain) !== null ? 'roman' : (NUMBERING.find(([, re]) => re.test(plain))?.[0] ?? null));

/** Emphasis marks that close nothing: the line is a fragment of a longer run (a signature block). */
const unbalanced = (md: string) => ((md.match(/\*\*/g)?.length ?? 0) % 2 === 1);

/** Upper-case line of a few words ("KẾ HOẠCH", "QUYẾT ĐỊNH:"): a title of the document. */
function isCapsTitle(plain: string): boolean {
  if (plain.length > 120) return false;
  const letters = plain.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && plain === plain.toLocaleUpperCase('vi') && /\p{L}\s+\p{L}/u.test(plain);
}

/** A numbered line is a heading when short and not a sentence ("2. Thời gian: từ năm 2024 …." is one). */
const headingLike = (plain: string) => plain.length <= 160 && !/[.;,:]$/.test(plain.replace(/[:]$/, '')) && !/[.;]\s*$/.test(plain);

function blockOf(line: Line): Block {
  const md = htmlToMarkdown(line.raw).trim();
  const plain = plainText(md);
  if (plain === '') return { type: 'blank' };
  if (SOURCE_HEADING.test(md)) {
    const rest = md.replace(SOURCE_HEADING, '');
    const text = rest.replace(/^(\*{0,3})\s*[-+•–]\s+/, '$1');
    return { type: 'heading', kind: numberingOf(plainText(text)), line: line.n, content: unwrap(inline(text)) };
  }
  const item = LIST_MARK.exec(md);
  if (item) {
    let rest = md.slice(item[0].length);
    let depth: 1 | 2 = item[1] === '+' ? 2 : 1;
    const inner = /^([-+•–])\s+/.exec(rest);
    if (inner) {
      rest = rest.slice(inner[0].length);
      depth = 2;
    }
    return { type: 'item', depth, line: line.n, content: inline(rest) };
  }
  const kind = numberingOf(plain);
  if (!unbalanced(md)) {
    if (kind && (kind === 'roman' ? plain.length <= 160 : headingLike(plain))) {
      return { type: 'heading', kind, line: line.n, content: unwrap(inline(md)) };
    }
    if (!kind && isCapsTitle(plain)) return { type: 'heading', kind: 'title', line: line.n, content: unwrap(inline(md)) };
  }
  return { type: 'paragraph', line: line.n, content: inline(md) };
}

/** The document's lines as blocks, runs of table rows gathered into one table. */
export function blocksOf(doc: Doc): Block[] {
  const out: Block[] = [];
  for (const line of doc.lines) {
    if (isTableRow(line.raw)) {
      const last = out[out.length - 1];
      if (last?.type === 'table') last.rows.push(line);
      else out.push({ type: 'table', rows: [line] });
      continue;
    }
    out.push(blockOf(line));
  }
  return out;
}

// ---- tree: blocks → mdast ------------------------------------------------------------------

const withMarker = (content: PhrasingContent[], line: number): PhrasingContent[] =>
  content.length ? [...content, { type: 'text', value: ' ' }, lineMarker(line)] : [lineMarker(line)];

/**
 * Heading depths from the numbering kinds the document uses, outermost first, so no level is
 * skipped; a heading without numbering sits one level below the last numbered one.
 */
function depthsOf(blocks: Block[]): Map<Block, Heading['depth']> {
  // A heading without numbering before the first numbered one is a title ("KẾ HOẠCH").
  let numbered = false;
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    if (b.kind && b.kind !== 'title') numbered = true;
    else if (!b.kind && !numbered) b.kind = 'title';
  }
  const used = KINDS.filter((k) => blocks.some((b) => b.type === 'heading' && b.kind === k));
  const out = new Map<Block, Heading['depth']>();
  let last = 0;
  for (const b of blocks) {
    if (b.type !== 'heading') continue;
    const depth = b.kind ? used.indexOf(b.kind) + 1 : Math.max(1, last + 1);
    const d = Math.min(6, Math.max(1, depth)) as Heading['depth'];
    out.set(b, d);
    if (b.kind) last = d;
  }
  return out;
}

/** A run of list-item blocks as a list, "+" items nested under the "-" item before them. */
function listOf(items: Extract<Block, { type: 'item' }>[]): List {
  const top: List = { type: 'list', ordered: false, spread: false, children: [] };
  let parentDepth = 0;
  for (const it of items) {
    const li: ListItem = { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: withMarker(it.content, it.line) }] };
    const parent = top.children[top.children.length - 1];
    if (it.depth === 2 && parent && parentDepth === 1) {
      let sub = parent.children.find((c): c is List => c.type === 'list');
      if (!sub) {
        sub = { type: 'list', ordered: false, spread: false, children: [] };
        parent.children.push(sub);
      }
      sub.children.push(li);
    } else {
      top.children.push(li);
      parentDepth = it.depth;
    }
  }
  return top;
}

/**
 * A run of table rows as a GFM table. The header rows (up to the first group row or row of
 * figures) are flattened into one (see flattenHeader).
 */
export function tableOf(rows: Line[]): Table {
  const data = rows.filter((r) => !/^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(r.raw));
  const cells = data.map((r) => splitRowRaw(r.raw).map((c) => htmlToMarkdown(c).trim()));
  const plain = cells.map((r) => r.map(plainText));
  let h = 0;
  while (h < plain.length && !isGroupRow(plain[h]!) && countFigures(plain[h]!) < 2) h++;
  if (h === 0 || h === plain.length) h = 1;
  const width = Math.max(...cells.map((r) => r.length));
  const titles = flattenHeader(plain.slice(0, h));
  while (titles.length < width) titles.push('');
  const head: TableRow = {
    type: 'tableRow',
    children: titles.map((t, c) => ({ type: 'tableCell', children: c === 0 ? withMarker(inline(t), data[0]!.n) : inline(t) })),
  };
  const body: TableRow[] = data.slice(h).map((line, i) => ({
    type: 'tableRow',
    children: Array.from({ length: width }, (_, c) => {
      const content = inline(cells[h + i]![c] ?? '');
      return { type: 'tableCell' as const, children: c === 0 ? withMarker(content, line.n) : content };
    }),
  }));
  return { type: 'table', align: Array.from({ length: width }, () => null), children: [head, ...body] };
}

/** The document as an mdast tree; every block ends with the marker of its source line. */
export function documentTree(doc: Doc): Root {
  const blocks = blocksOf(doc);
  const depths = depthsOf(blocks);
  const children: RootContent[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === 'blank') continue;
    if (b.type === 'heading') children.push({ type: 'heading', depth: depths.get(b)!, children: withMarker(b.content, b.line) });
    else if (b.type === 'paragraph') children.push({ type: 'paragraph', children: withMarker(b.content, b.line) } satisfies Paragraph);
    else if (b.type === 'table') {
      if (b.rows.every((r) => splitRowRaw(r.raw).length <= MAX_COLUMNS)) children.push(tableOf(b.rows));
      else for (const r of b.rows) children.push({ type: 'paragraph', children: withMarker(inline(htmlToMarkdown(r.raw).replace(/\t+/g, ' ')), r.n) });
    }
    else {
      // A list runs on across blank lines while items follow.
      const items: Extract<Block, { type: 'item' }>[] = [];
      let j = i;
      for (; j < blocks.length; j++) {
        const x = blocks[j]!;
        if (x.type === 'item') items.push(x);
        else if (x.type !== 'blank') break;
      }
      children.push(listOf(items));
      i = j - 1;
    }
  }
  return { type: 'root', children };
}

const printer = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true });

/** The structured Markdown body of a document. */
export function bodyMarkdown(doc: Doc): string {
  const tree = documentTree(doc);
  // remark's escaping costs seconds on a 200 kB run of "_": a text that long is escaped here,
  // every ASCII punctuation mark (always a valid escape), and put in after printing.
  const long: string[] = [];
  const swap = (node: { children?: unknown[] }) => {
    node.children = node.children?.map((c) => {
      const n = c as PhrasingContent;
      if (n.type === 'text' && n.value.length > MAX_INLINE) {
        long.push(n.value.replace(/[!-/:-@[-`{-~]/g, '\\$&'));
        return { type: 'html', value: `<!--T${long.length - 1}-->` };
      }
      swap(n as { children?: unknown[] });
      return n;
    });
  };
  swap(tree);
  const md = printer.stringify(tree);
  // A "<!--T0-->" in the document's own text is printed escaped ("\<!--T0-->"): not a placeholder.
  return long.length ? md.replace(/(?<!\\)<!--T(\d+)-->/g, (m, i: string) => long[Number(i)] ?? m) : md;
}
