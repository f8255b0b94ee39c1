// A plan's structured body rendered to HTML by the unified pipeline: remark → remark-gfm →
// line anchors → remark-rehype → heading shift → rehype-sanitize → rehype-stringify. Each block
// carries the source line its marker names (id="L12", data-line="12"), so `#L12` links land on
// it; the page keeps no HTML from the document (remark-rehype drops raw HTML, sanitize guards).
import type { Element, Root as HastRoot } from 'hast';
import type { Html, Nodes, Parent, Root } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { LINE_MARKER } from '../convert/markdown.ts';

export interface TocEntry {
  /** The heading's source line: its anchor is #L<line>. */
  line: number;
  text: string;
  depth: number;
}

export interface RenderedBody {
  html: string;
  /** The document's outer headings, in order. */
  toc: TocEntry[];
  /** Every source line that has a block of its own, ascending. */
  anchors: number[];
}

/** An element's text, trimmed. */
const textOf = (n: Element): string => n.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('').trim();

/** The block elements a line marker can belong to, innermost first. */
const BLOCKS = new Set(['tableRow', 'listItem', 'heading', 'paragraph']);

/**
 * remark plugin: each line marker is removed and its line set on the block it closes (a list
 * item rather than its paragraph, a table row rather than its cell). Any other raw HTML is dropped.
 */
export function lineAnchors({ cited = [] }: { cited?: readonly number[] } = {}) {
  const citedSet = new Set(cited.map(String));
  return (tree: Root) => {
    const walk = (node: Nodes, blocks: Parent[]) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      const inner = BLOCKS.has(node.type) ? [...blocks, parent] : blocks;
      parent.children = (parent.children as Nodes[]).filter((child) => {
        if (child.type !== 'html') return true;
        const m = LINE_MARKER.exec((child as Html).value);
        const owner = m ? (inner.findLast((b) => b.type === 'listItem' || b.type === 'tableRow') ?? inner[inner.length - 1]) : undefined;
        if (m && owner) {
          const data = (owner.data ??= {}) as { hProperties?: Record<string, unknown> };
          data.hProperties = { ...data.hProperties, id: `L${m[1]}`, dataLine: m[1], ...(citedSet.has(m[1]!) ? { className: ['cited'] } : {}) };
        }
        return false;
      }) as Parent['children'];
      for (const child of parent.children as Nodes[]) walk(child, inner);
      // The space left before a removed marker.
      const last = parent.children.at(-1) as Nodes | undefined;
      if (last?.type === 'text') last.value = last.value.trimEnd();
    };
    walk(tree, []);
  };
}

/**
 * remark plugin: a link or image the document writes is shown as the text it is, never followed
 * or loaded ("[Bộ Y tế](https://…)" reads "Bộ Y tế (https://…)"): the page links only where the
 * site does.
 */
export function inertLinks() {
  const plain = (n: Nodes): string => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? (n.children as Nodes[]).map(plain).join('') : '');
  return (tree: Root) => {
    const walk = (node: Nodes) => {
      if (!('children' in node)) return;
      const parent = node as Parent;
      parent.children = (parent.children as Nodes[]).map((child) => {
        if (child.type === 'link') return { type: 'text', value: `${plain(child)} (${child.url})` };
        if (child.type === 'image') return { type: 'text', value: `${child.alt ?? ''} (${child.url})` };
        if (child.type === 'linkReference' || child.type === 'imageReference') return { type: 'text', value: plain(child) };
        return child;
      }) as Parent['children'];
      for (const child of parent.children as Nodes[]) walk(child);
    };
    walk(tree);
  };
}

/** rehype plugin: the document's headings sit `by` levels below the page's own (at most h6). */
export function shiftHeadings(by: number) {
  return (tree: HastRoot) => {
    const walk = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const m = /^h([1-6])$/.exec(child.tagName);
        if (m) child.tagName = `h${Math.min(6, Number(m[1]) + by)}`;
        walk(child);
      }
    };
    walk(tree);
  };
}

/**
 * rehype plugin, after sanitizing (the wrapper is the page's, not the document's): each table
 * in a focusable region that scrolls sideways on phones, named by the line it starts on.
 */
export function wrapTables(label: (line: number) => string) {
  return (tree: HastRoot) => {
    const walk = (node: HastRoot | Element) => {
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        if (child.tagName !== 'table') {
          walk(child);
          return child;
        }
        const first = Number((child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead')?.children
          .find((c): c is Element => c.type === 'element')?.properties?.dataLine) ?? 0);
        return {
          type: 'element',
          tagName: 'section',
          properties: { className: ['table-wrap'], tabIndex: 0, ariaLabel: label(first) },
          children: [child],
        } satisfies Element;
      }) as typeof node.children;
    };
    walk(tree);
  };
}

/**
 * rehype plugin, after sanitizing: a body row whose only text is in its first cell (a group
 * row, "Mục tiêu 1: …") spans the table's width, so the title does not squeeze one column.
 */
export function spanGroupRows() {
  return (tree: HastRoot) => {
    const cellsOf = (tr: Element) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
    const walk = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName !== 'tbody') {
          walk(child);
          continue;
        }
        for (const tr of child.children) {
          if (tr.type !== 'element' || tr.tagName !== 'tr') continue;
          const cells = cellsOf(tr);
          if (cells.length < 2 || textOf(cells[0]!) === '' || cells.slice(1).some((c) => textOf(c) !== '')) continue;
          cells[0]!.properties = { ...cells[0]!.properties, colSpan: cells.length };
          tr.children = [cells[0]!];
        }
      }
    };
    walk(tree);
  };
}

/**
 * rehype plugin, after sanitizing: each cell of an anchored row is anchored too (#L226-5,
 * 1-based), and header cells say they head their column.
 */
export function cellAnchors() {
  return (tree: HastRoot) => {
    const walk = (node: HastRoot | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.tagName === 'th') child.properties = { ...child.properties, scope: 'col' };
        const id = child.tagName === 'tr' ? child.properties?.id : undefined;
        if (typeof id === 'string') {
          let k = 0;
          for (const cell of child.children) {
            if (cell.type !== 'element') continue;
            // A cell of running text gets a column wide enough to read on a phone.
            const long = textOf(cell).length > 24 ? { className: ['long'] } : {};
            cell.properties = { ...cell.properties, id: `${id}-${++k}`, ...long };
          }
        }
        walk(child);
      }
    };
    walk(tree);
  };
}

// GitHub's schema, with the anchors kept as written (no "user-" prefix: they are ours, from
// line markers) and the line number for the margin.
const schema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), ['id', /^L\d+$/], 'dataLine', ['className', 'cited']],
  },
};

const LINE_ID = /\sid="L(\d+)"/g;

/** The plan's Markdown body as HTML, with its table of contents and the lines it anchors. */
export function renderBody(
  markdown: string,
  { cited = [], headingOffset = 2, tableLabel = (line: number) => `L${line}` }: { cited?: readonly number[]; headingOffset?: number; tableLabel?: (line: number) => string } = {},
): RenderedBody {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(inertLinks)
    .use(lineAnchors, { cited })
    .use(remarkRehype)
    .use(shiftHeadings, headingOffset)
    .use(rehypeSanitize, schema)
    .use(cellAnchors)
    .use(spanGroupRows)
    .use(wrapTables, tableLabel)
    .use(rehypeStringify);
  const mdast = processor.runSync(processor.parse(markdown)) as HastRoot;
  const html = processor.stringify(mdast);
  const anchors = [...html.matchAll(LINE_ID)].map((m) => Number(m[1])).sort((a, b) => a - b);
  return { html, toc: tocOf(mdast, headingOffset), anchors };
}

// A plan's page shows its body in each language, the same but for the tables' labels: the body
// is rendered once with a slot for each label, filled in for each language.
const SLOT = '\u{E000}';
const SLOTS = new RegExp(`aria-label="${SLOT}(\\d+)${SLOT}"`, 'gu');

/** The label to render a body with, for withTableLabels to fill in. */
export const tableLabelSlot = (line: number): string => `${SLOT}${line}${SLOT}`;

const attribute = unified().use(rehypeStringify);
const escaped = new Map<string, string>();

/** An aria-label attribute holding `text`, escaped as the body's own are. */
function ariaLabel(text: string): string {
  let html = escaped.get(text);
  if (html === undefined) {
    const tag = attribute.stringify({ type: 'root', children: [{ type: 'element', tagName: 'i', properties: { ariaLabel: text }, children: [] }] });
    escaped.set(text, (html = tag.slice('<i '.length, -'></i>'.length)));
  }
  return html;
}

/** A body rendered with tableLabelSlot, its tables labelled: what renderBody with `label` gives. */
export function withTableLabels(html: string, label: (line: number) => string): string {
  return html.replace(SLOTS, (_, line: string) => ariaLabel(label(Number(line))));
}

/** The outer headings, as many levels (up to three) as keep the list short. */
function tocOf(tree: HastRoot, offset: number): TocEntry[] {
  const out: TocEntry[] = [];
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const m = /^h([1-6])$/.exec(child.tagName);
      const line = Number(child.properties?.dataLine);
      if (m && line) out.push({ line, text: textOf(child), depth: Number(m[1]) - offset });
      else walk(child);
    }
  };
  walk(tree);
  // Three levels (titles, parts, sections) while the list stays short; fewer when it would not.
  let depth = 3;
  while (depth > 1 && out.filter((e) => e.depth <= depth).length > TOC_MAX) depth--;
  return out.filter((e) => e.depth <= depth);
}

const TOC_MAX = 40;

/** The anchor a link to `line` should use: the block holding it (the last anchored line at or before it). */
export function anchorOf(anchors: readonly number[], line: number): number {
  let lo = 0;
  let hi = anchors.length - 1;
  let best = anchors[0] ?? line;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid]! <= line) {
      best = anchors[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
