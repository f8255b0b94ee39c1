// The real documents as other pages, editors and copies lay them out. A portal wraps its text
// wherever its page is full, Word turns "- " into "–" or a Symbol-font bullet, a copy indents
// every line or puts a blank line between paragraphs: the same plan must read the same. Every
// real-world fixture (both folders), the five sources and the place fixtures are read as given and
// in each layout of LAYOUTS (tests/helpers/layouts.ts; an editor's frontmatter left as it is); the number,
// date, type, place, period, issuer, targets and the bodies it assigns must not change (only line
// numbers may).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConvertError } from '../src/convert/errors.ts';
import { convertSource } from '../src/convert/index.ts';
import { slugName } from '../src/realworld/run.ts';
import { blankAfterCapitals, blankAfterEvery, blankBetweenParagraphs, bulleted, contentsBeforeParts, decimalPoints, headerCellsSwapped, indented, LAYOUTS, markdownEscaped, nonBreakingHyphens, oldTones, pageNumbers, partsArabic, partsAs, renumbered, rewrap, slashNumbered, unwrap, yearRanges } from './helpers/layouts.ts';
import { ROOT, tax } from './helpers/sources.ts';

const taxonomies = tax();
const FOLDERS = ['tests/fixtures/realworld', 'tests/fixtures/realworld-dev', 'content/sources', 'tests/fixtures/places'];


// Where a layout still changes the reading, and why; each is a known limit, not a pass.
const KNOWN: Record<string, string> = {
  // A PDF's table run together with its text: with a blank line after every line, the period in its title is lost.
  '38_dien-bien-muong-cha-kh-ubnd-2022.txt|a blank line after every line': 'a PDF table run together',
  // A portal page with no header of the document's own: its place comes from the page's title, which blank lines cut off.
  '71_bo-y-te-254-tcds-khtc-2012.txt|a blank line after every line': 'no header of its own',
  '71_bo-y-te-254-tcds-khtc-2012.txt|a blank line between paragraphs': 'no header of its own',
  // A document's preview whose header, title and preamble a page ran into one paragraph: wrapped, it is read as no header.
  ...Object.fromEntries(['wrapped at 60', 'wrapped at 72', 'wrapped at 80', 'wrapped at 100', 'a blank line after every line'].map((l) => [`bo-y-te-2539-qd-byt-2021.txt|${l}`, 'a header run into one paragraph'])),
  // A decision outside the project's subject whose title, wrapped at 80, runs into its enacting body's line.
  'ho-chi-minh-2074-qd-ubnd-2011.txt|wrapped at 80': 'a title run into the enacting body',
};

const foldTones = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');

interface Reading {
  meta: unknown;
  targets: string[];
  bodies: string[];
}

function read(text: string, file: string): Reading | string {
  try {
    const r = convertSource(new TextEncoder().encode(text), file, taxonomies).record;
    return {
      // The issuer as the document spells it, its tone marks aside ("Khánh Hòa" or "Khánh Hoà").
      meta: { number: r.number, issued: r.issued, docType: r.docType, jurisdiction: r.jurisdiction, period: r.period, issuer: r.issuer && foldTones(r.issuer) },
      targets: r.targets.map((t) => `${t.indicator} ${t.comparator} ${t.value} ${t.unit} ${t.year} ${t.group ?? ''}`).sort(),
      // Each body and its role; not how many duties: a page that breaks a paragraph of two sentences
      // between them ("… của Kế hoạch." / "Cập nhật tài liệu …") makes two paragraphs no reader can join.
      bodies: r.agencies.map((a) => `${a.agency} ${a.role}`).sort(),
    };
  } catch (e) {
    if (e instanceof ConvertError) return `refused: ${e.message.split('\n')[0]!.replace(/^[^:]*:\d*:?\s*/, '')}`;
    throw e;
  }
}

/** The text in a layout; an editor's frontmatter stays as it is. */
function laidOut(text: string, lay: (text: string) => string): string {
  const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
  return frontmatter + lay(text.slice(frontmatter.length));
}

// A text that carries the page's line ends as the characters "\r\n" has no lines to lay out again.
const files = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ folder, name, text: readFileSync(join(ROOT, folder, name), 'utf8').replace(/\r\n?/g, '\n') }))
    .filter(({ text }) => !text.includes('\\r\\n')),
);

describe('the real documents in other layouts read the same', () => {
  it('has the fixtures to lay out', () => {
    expect(files.length).toBeGreaterThan(90);
  });

  for (const { folder, name, text } of files) {
    it(`${folder.split('/').pop()}/${name}`, () => {
      const file = slugName(name);
      const given = read(text, file);
      for (const [layout, lay] of LAYOUTS) {
        if (KNOWN[`${name}|${layout}`]) continue;
        expect(read(laidOut(text, lay), file), layout).toEqual(given);
      }
    });
  }

  it('each known limit still differs (remove it from KNOWN once it reads the same)', () => {
    for (const key of Object.keys(KNOWN)) {
      const [name, layout] = key.split('|') as [string, string];
      const f = files.find((x) => x.name === name)!;
      const lay = LAYOUTS.find(([l]) => l === layout)![1];
      expect(read(laidOut(f.text, lay), slugName(name)), key).not.toEqual(read(f.text, slugName(name)));
    }
  });
});

describe('the layouts themselves', () => {
  it('joins only a sentence the page broke, and wraps at the width', () => {
    const text = 'KẾ HOẠCH\nGiảm tỷ suất tử vong trẻ sơ sinh xuống dưới\n9‰ vào năm 2025.\n- Tỷ lệ tiêm chủng đạt 95%;\n| Số: 1 | ngày 2 |';
    expect(unwrap(text)).toEqual(['KẾ HOẠCH', 'Giảm tỷ suất tử vong trẻ sơ sinh xuống dưới 9‰ vào năm 2025.', '- Tỷ lệ tiêm chủng đạt 95%;', '| Số: 1 | ngày 2 |']);
    const wrapped = rewrap(text, 20).split('\n');
    expect(wrapped.filter((l) => !l.includes('|')).every((l) => l.length <= 20)).toBe(true);
    expect(wrapped.join(' ')).toBe(unwrap(text).join(' '));
  });

  it('marks items, indents and puts blank lines where it says', () => {
    const text = 'KẾ HOẠCH\nTHỰC HIỆN\n- Tỷ lệ đạt 95%;\nvà hơn';
    expect(bulleted(text, '•')).toBe('KẾ HOẠCH\nTHỰC HIỆN\n• Tỷ lệ đạt 95%;\nvà hơn');
    expect(indented(text).split('\n').every((l) => l.startsWith('    '))).toBe(true);
    expect(blankAfterCapitals(text)).toBe('KẾ HOẠCH\n\nTHỰC HIỆN\n\n- Tỷ lệ đạt 95%;\nvà hơn');
    expect(blankBetweenParagraphs(text)).toBe('KẾ HOẠCH\n\nTHỰC HIỆN\n\n- Tỷ lệ đạt 95%;\n\nvà hơn');
    expect(blankAfterEvery(text).split('\n').length).toBe(7);
    expect(contentsBeforeParts('Số: 1\nI. MỤC TIÊU\nx.\nII. NHIỆM VỤ\ny.')).toBe('Số: 1\nMỤC LỤC\nI. MỤC TIÊU\nII. NHIỆM VỤ\n\nI. MỤC TIÊU\nx.\nII. NHIỆM VỤ\ny.');
    expect(pageNumbers(Array.from({ length: 30 }, (_, i) => `l${i}`).join('\n'), (n) => `- ${n} -`, 25).split('\n').slice(24, 27)).toEqual(['l24', '- 2 -', 'l25']);
    expect(nonBreakingHyphens('Số: 256/KH-UBND, giai đoạn 2021-2025')).toBe('Số: 256/KH\u2011UBND, giai đoạn 2021\u20112025');
    expect(slashNumbered('1. Mục tiêu\na) Đến năm 2025\n2.1. Chỉ tiêu', '-')).toBe('1/ Mục tiêu\na- Đến năm 2025\n2.1 Chỉ tiêu');
    expect(partsAs('I. MỤC TIÊU\nIV. TỔ CHỨC', 'letters')).toBe('A. MỤC TIÊU\nD. TỔ CHỨC');
    expect(partsAs('I. MỤC TIÊU', 'named')).toBe('PHẦN I. MỤC TIÊU');
    expect(headerCellsSwapped('BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nx | y | z |')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | BỘ Y TẾ |\nx | y | z |');
    expect(markdownEscaped('1. Mục tiêu\n- Tỷ lệ')).toBe('1\\. Mục tiêu\n\\- Tỷ lệ');
    expect(partsArabic('IV. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế')).toBe('4. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế');
    expect(yearRanges('giai đoạn 2021 - 2025; GIAI ĐOẠN 2021-2025', 'words')).toBe('giai đoạn 2021 đến 2025; GIAI ĐOẠN 2021 ĐẾN 2025');
    expect(yearRanges('giai đoạn 2021 - 2025', 'brackets')).toBe('giai đoạn (2021 - 2025)');
    expect(decimalPoints('dưới 12,5‰ và 1.000 trẻ, 95 %')).toBe('dưới 12.5‰ và 1.000 trẻ, 95 %');
    expect(oldTones('Ủy ban tỉnh Khánh Hòa, kế hoạch hóa, hoạch')).toBe('Uỷ ban tỉnh Khánh Hoà, kế hoạch hoá, hoạch');
    expect(renumbered('II. MỤC TIÊU\n2. Chỉ tiêu\n2.1. Cơ bản', '-', ')')).toBe('II- MỤC TIÊU\n2) Chỉ tiêu\n2.1. Cơ bản');
  });
});
