// The structured body (src/convert/markdown.ts) and its rendering (src/site/body.ts), on the five
// real documents: structure read, nothing of the text lost, every block anchored to its line,
// no HTML from the source passed through.
import { JSDOM } from 'jsdom';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { plainText, toDoc } from '../src/convert/document.ts';
import { bodyMarkdown, htmlToMarkdown, inline } from '../src/convert/markdown.ts';
import { anchorOf, renderBody, tableLabelSlot, withTableLabels } from '../src/site/body.ts';
import { t } from '../src/i18n/strings.ts';
import { SLUGS, sourceDoc } from './helpers/sources.ts';

const words = (s: string) => s.toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
const rendered = (md: string) => new JSDOM(renderBody(md).html).window.document;

describe.each(SLUGS)('%s', (slug) => {
  const doc = sourceDoc(slug);
  const md = bodyMarkdown(doc);
  const html = renderBody(md);
  const page = rendered(md);

  it('keeps every word of every line, in order, on the block anchored at that line', () => {
    const lost: string[] = [];
    for (const line of doc.lines) {
      const want = words(plainText(htmlToMarkdown(line.raw)));
      if (want.length === 0) continue;
      const block = page.getElementById(`L${anchorOf(html.anchors, line.n)}`);
      const have = words(block?.textContent ?? '').join(' ');
      if (!have.includes(want.join(' ')) && !want.every((w) => have.includes(w))) lost.push(`L${line.n}: ${line.raw.slice(0, 60)}`);
    }
    expect(lost).toEqual([]);
  });

  it('gives every line with text a block of its own, except a table header row flattened into the one above', () => {
    const withText = doc.lines.filter((l) => plainText(l.raw) !== '').map((l) => l.n);
    const missing = withText.filter((n) => !html.anchors.includes(n));
    for (const n of missing) expect(page.getElementById(`L${anchorOf(html.anchors, n)}`)?.closest('thead')).not.toBeNull();
  });

  it('shows no Markdown or HTML marks as text', () => {
    const text = page.body.textContent ?? '';
    expect(text).not.toMatch(/\*\*|##|<\/?b>|<!--/);
    expect(page.querySelectorAll('script, img, iframe, style').length).toBe(0);
  });

  it('renders the same body once for every language, its tables labelled afterwards', () => {
    const once = renderBody(md, { tableLabel: tableLabelSlot });
    const odd = (n: number) => `"Bảng" & <${n}>`;
    for (const label of [t('vi').plan.tableAt, t('en').plan.tableAt, odd]) {
      const direct = renderBody(md, { tableLabel: label });
      expect(withTableLabels(once.html, label)).toBe(direct.html);
      expect(once.toc).toEqual(direct.toc);
      expect(once.anchors).toEqual(direct.anchors);
    }
  });

  it('prints the same Markdown from the same document, and reads back to the same Markdown', () => {
    expect(bodyMarkdown(sourceDoc(slug))).toBe(md);
    expect(renderBody(md).html).toBe(html.html);
    // Every HTML node of the body is a line marker.
    const raw: string[] = [];
    const walk = (n: { type: string; value?: string; children?: unknown[] }) => {
      if (n.type === 'html') raw.push(n.value!);
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(unified().use(remarkParse).use(remarkGfm).parse(md));
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.filter((v) => !/^<!--L\d+-->$/.test(v))).toEqual([]);
  });

  it('never skips a heading level', () => {
    let prev = 2;
    for (const h of page.querySelectorAll('h3, h4, h5, h6')) {
      const level = Number(h.tagName[1]);
      expect(level, h.textContent!).toBeLessThanOrEqual(prev + 1);
      prev = level;
    }
  });
});

describe('structure of the real documents', () => {
  const lg = rendered(bodyMarkdown(sourceDoc('lang-giang-2024-2025')));
  it("reads Lạng Giang's annex as a table with one header row, two-row headers flattened", () => {
    const table = lg.querySelector('table')!;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(heads).toEqual(['TT', 'Chỉ số', 'Đơn vị huyện', 'Thực hiện năm 2023', 'Kế hoạch · Năm 2024', 'Kế hoạch · Năm 2025']);
    const row = lg.getElementById('L226')!;
    expect(row.tagName).toBe('TR');
    expect([...row.querySelectorAll('td')].map((td) => td.textContent!.trim())).toEqual(['', 'Tỷ lệ phụ nữ đẻ tại cơ sở y tế', '%', '99.9', '> 99', '> 99']);
  });

  it('makes headings of the numbering, whatever the source marked them with', () => {
    const heading = (id: string) => lg.getElementById(id)!;
    expect(heading('L13').tagName).toBe('H4'); // "#### I. MỤC TIÊU", under the title (h3)
    expect(heading('L41').tagName).toBe('H4'); // "## **II. ĐỐI TƯỢNG…**": the same level
    expect(heading('L41').textContent).toBe('II. ĐỐI TƯỢNG, THỜI GIAN THỰC HIỆN');
    expect(heading('L43').tagName).toBe('H5'); // "### **1. Đối tượng**"
    expect(heading('L7').tagName).toBe('H3');
    const bg = rendered(bodyMarkdown(sourceDoc('bac-giang-so-y-te-2024')));
    expect(bg.getElementById('L136')!.tagName).toBe('H5'); // "1.1. Phòng Nghiệp vụ Y" (no title: I. is h3)
  });

  it('nests "+" items under the "-" item before them, and keeps a lone "+" list flat', () => {
    const bg = rendered(bodyMarkdown(sourceDoc('bac-giang-so-y-te-2024')));
    const sub = bg.querySelector('li > ul > li');
    expect(sub).not.toBeNull();
    expect(lg.getElementById('L23')!.tagName).toBe('LI');
    expect(lg.getElementById('L24')!.parentElement).toBe(lg.getElementById('L23')!.parentElement);
  });

  it('lists the outer headings as contents', () => {
    const toc = renderBody(bodyMarkdown(sourceDoc('lang-giang-2024-2025'))).toc;
    expect(toc.map((e) => e.text)).toContain('III. NHIỆM VỤ VÀ CÁC GIẢI PHÁP');
    expect(toc.every((e) => e.depth <= 3)).toBe(true);
    expect(toc.length).toBeLessThanOrEqual(40);
  });
});

describe('hostile and messy input', () => {
  const body = (text: string) => renderBody(bodyMarkdown(toDoc(text))).html;

  it('drops HTML from the source, keeping its text', () => {
    const html = body('<script>alert(1)</script> chữ\n\n<img src=x onerror=alert(1)> ảnh\n\n<a href="javascript:alert(1)">liên kết</a>\n\n<!-- L1 --> xin chào');
    expect(html).not.toMatch(/<script|<img|onerror|javascript:|<a /);
    expect(html).toContain('alert(1) chữ');
    expect(html).toContain('liên kết');
    expect(html).not.toContain('<!--');
  });

  it('does not let source text forge a line marker or a link', () => {
    const md = bodyMarkdown(toDoc('a &lt;!--L99--&gt; b\n[x](javascript:alert(1))'));
    const html = renderBody(md).html;
    expect(html).not.toContain('id="L99"');
    // A link the document writes is its text: never an element that could be followed.
    expect(html).not.toMatch(/<a\b|href=/);
    expect(html).toContain('x (javascript:alert(1))');
  });

  it('keeps a run too long for remark to escape quickly, escaped, and a placeholder in the text as text', () => {
    const run = '_-'.repeat(4000);
    const md = bodyMarkdown(toDoc(`- ${run}\n\n&lt;!--T0--&gt; chữ`));
    expect(renderBody(md).html).toContain(run);
    expect(renderBody(md).html).toContain('&#x3C;!--T0--> chữ');
  });

  it('turns <b> and <i> into emphasis and drops marks that close nothing', () => {
    expect(inline(htmlToMarkdown('<b>Mục tiêu 1</b> và <i>ghi chú</i>'))).toMatchObject([
      { type: 'strong' }, { type: 'text', value: ' và ' }, { type: 'emphasis' },
    ]);
    expect(inline('**KT. CHỦ TỊCH')).toEqual([{ type: 'text', value: 'KT. CHỦ TỊCH' }]);
  });

  it('reads a numbered line as text, not as a list', () => {
    expect(body('3. Sở Tài chính: bố trí kinh phí thực hiện.')).toContain('<p id="L1" data-line="1">3. Sở Tài chính');
  });
});
