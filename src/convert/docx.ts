// Word documents (.docx) to the text form the converter reads: headings as "#", list items as
// "- ", table rows as tab-separated cells, one paragraph per line.
import mammoth from 'mammoth';
import { JSDOM } from 'jsdom';
import { ConvertError } from './errors.ts';

export async function docxToText(bytes: Uint8Array, file: string): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (e) {
    throw new ConvertError(file, null, `this .docx file cannot be read (${(e as Error).message.split('\n')[0]})`,
      'Open it in Word or LibreOffice and save it again as .docx, or save it as plain text (UTF-8)');
  }
  return htmlToLines(html).join('\n') + '\n';
}

/** Block elements of mammoth's HTML, one text line each. */
export function htmlToLines(html: string): string[] {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const lines: string[] = [];
  const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      const tag = child.tagName.toLowerCase();
      if (/^h[1-6]$/.test(tag)) lines.push(`${'#'.repeat(Number(tag[1]))} ${text(child)}`);
      else if (tag === 'p') lines.push(text(child));
      else if (tag === 'ul' || tag === 'ol') {
        for (const li of Array.from(child.children)) lines.push(`- ${text(li)}`);
      } else if (tag === 'table') {
        // Rows are padded to the widest so that a merged group row still reads as a table row.
        const rows = Array.from(child.querySelectorAll('tr')).map((tr) => Array.from(tr.children).map(text));
        const width = Math.max(2, ...rows.map((r) => r.length));
        for (const r of rows) lines.push([...r, ...Array<string>(width - r.length).fill('')].join('\t'));
      } else walk(child);
    }
  };
  walk(document.body);
  return lines;
}
