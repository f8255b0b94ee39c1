// Word documents: each real source rebuilt as a .docx in the test (headings, bullet and nested
// lists, bold runs, the Lạng Giang appendix table with its merged header and group rows) must
// give the same targets and bodies as the text it was built from; files in other formats and
// damaged files give a ConvertError that says what to do.
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertFile } from '../src/convert/corpus.ts';
import { htmlToLines } from '../src/convert/docx.ts';
import { ConvertError } from '../src/convert/errors.ts';
import type { PlanRecord } from '../src/schema.ts';
import { cell, docxOf } from './helpers/docx.ts';
import { paragraphBomb, partNames, rezip } from './helpers/zip.ts';
import { SLUGS, sourcePath, tax } from './helpers/sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'docx-test-'));

/** What must not depend on the format: everything but line numbers and the lines' own text. */
const targetsOf = (r: PlanRecord) => r.targets.map(({ line: _l, text: _t, ...t }) => t);
const bodiesOf = (r: PlanRecord) => r.agencies.map(({ line: _l, ...a }) => a);

describe('a real document rebuilt as .docx reads as its text does', () => {
  for (const slug of SLUGS) {
    it(slug, async () => {
      const text = readFileSync(sourcePath(slug), 'utf8');
      const path = join(dir, `${slug}.docx`);
      writeFileSync(path, await docxOf(text));
      const fromDocx = (await convertFile(path, tax(), dir)).record;
      const fromText = (await convertFile(sourcePath(slug), tax())).record;

      expect(fromDocx.id).toBe(slug);
      expect(fromDocx.source.file).toBe(`${slug}.docx`);
      expect(targetsOf(fromDocx)).toEqual(targetsOf(fromText));
      expect(bodiesOf(fromDocx)).toEqual(bodiesOf(fromText));
      expect(fromDocx.jurisdiction).toEqual(fromText.jurisdiction);
      expect([fromDocx.number, fromDocx.issued, fromDocx.period]).toEqual([fromText.number, fromText.issued, fromText.period]);
      // Each target's line number points at a line of the .docx text holding its figure.
      const { body } = await convertFile(path, tax(), dir);
      const lines = body.split('\n');
      for (const t of fromDocx.targets) expect(lines[t.line - 1]).toBe(t.text);
    });
  }

  it('the Lạng Giang appendix keeps its table targets and text/table conflict', async () => {
    const { record } = await convertFile(join(dir, 'lang-giang-2024-2025.docx'), tax(), dir);
    expect(record.targets.filter((t) => t.source === 'table').length).toBeGreaterThan(20);
    expect(record.flags.map((f) => f.kind)).toContain('text_table_conflict');
  });
});

describe("mammoth's HTML to lines", () => {
  let lines: string[];
  beforeAll(async () => {
    const num = 'numbered';
    const doc = new Document({
      numbering: {
        config: [{
          reference: num,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', alignment: AlignmentType.START },
          ],
        }],
      },
      sections: [{
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'I. MỤC TIÊU' }),
          new Paragraph({ bullet: { level: 0 }, text: 'Mục tiêu 1: Chăm sóc bà mẹ' }),
          new Paragraph({ bullet: { level: 1 }, text: 'Giảm tỷ số tử vong mẹ xuống dưới 30/100.000 trẻ đẻ sống.' }),
          new Paragraph({ bullet: { level: 1 }, text: 'Tỷ lệ phụ nữ đẻ tại cơ sở y tế đạt trên 99%.' }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'II. TỔ CHỨC THỰC HIỆN' }),
          new Paragraph({ numbering: { reference: num, level: 0 }, text: 'Trung tâm Y tế huyện' }),
          new Paragraph({ numbering: { reference: num, level: 1 }, text: 'Chủ trì triển khai Kế hoạch.' }),
          new Paragraph({ numbering: { reference: num, level: 0 }, text: 'Phòng Giáo dục và Đào tạo' }),
          new Paragraph({ children: [new TextRun('KT. CHỦ TỊCH'), new TextRun({ text: 'PHÓ CHỦ TỊCH', break: 1 })] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('TT', { rowSpan: 2 }), cell('Chỉ số', { rowSpan: 2 }), cell('Kế hoạch', { columnSpan: 2 })] }),
              new TableRow({ children: [cell('Năm 2024'), cell('Năm 2025')] }),
              new TableRow({ children: [cell('**Mục tiêu 1: Chăm sóc bà mẹ**', { columnSpan: 4 })] }),
              new TableRow({
                children: [
                  cell('1'),
                  // Two paragraphs in one cell: one cell of text, the paragraphs joined by a space.
                  new TableCell({ children: [new Paragraph('Tỷ lệ phụ nữ đẻ được khám thai'), new Paragraph('4 lần trong 3 thời kỳ')] }),
                  cell('88'),
                  cell('90'),
                ],
              }),
            ],
          }),
        ],
      }],
    });
    const { default: mammoth } = await import('mammoth');
    lines = htmlToLines((await mammoth.convertToHtml({ buffer: await Packer.toBuffer(doc) })).value);
  });

  it('headings keep their level; nested bullet lists are indented, not run together', () => {
    expect(lines.slice(0, 4)).toEqual([
      '# I. MỤC TIÊU',
      '- Mục tiêu 1: Chăm sóc bà mẹ',
      '  - Giảm tỷ số tử vong mẹ xuống dưới 30/100.000 trẻ đẻ sống.',
      '  - Tỷ lệ phụ nữ đẻ tại cơ sở y tế đạt trên 99%.',
    ]);
  });

  it('numbered lists are numbered, so that bodies stay numbered items', () => {
    expect(lines.slice(5, 8)).toEqual(['1. Trung tâm Y tế huyện', '  1.1. Chủ trì triển khai Kế hoạch.', '2. Phòng Giáo dục và Đào tạo']);
  });

  it('a manual line break ends a line', () => {
    expect(lines.slice(8, 10)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('tables are laid out on their grid: merged cells fill every slot they cover, a group row stays one cell', () => {
    expect(lines.slice(10)).toEqual([
      'TT\tChỉ số\tKế hoạch\tKế hoạch',
      'TT\tChỉ số\tNăm 2024\tNăm 2025',
      'Mục tiêu 1: Chăm sóc bà mẹ\t\t\t',
      '1\tTỷ lệ phụ nữ đẻ được khám thai 4 lần trong 3 thời kỳ\t88\t90',
    ]);
  });

  it('a hostile span cannot blow up the table', () => {
    const rows = htmlToLines('<table><tr><td colspan="100000000">x</td></tr><tr><td rowspan="99999">a</td><td>b</td></tr></table>');
    expect(rows.length).toBe(2);
    expect(rows[0]!.split('\t').length).toBeLessThanOrEqual(65);
  });

  it('markup in the text stays text', () => {
    expect(htmlToLines('<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="javascript:x">link</a></p>')).toEqual(['<script>alert(1)</script> link']);
  });
});

describe('merged table cells (D07, tests/fixtures/probes/table-merged.docx)', () => {
  it('a value merged across years, down rows, a merged unit, baseline and indicator: 16 of 16 targets', async () => {
    const { record } = await convertFile(new URL('fixtures/probes/table-merged.docx', import.meta.url).pathname, tax(), dir);
    const got = record.targets.map((t) => `${t.line} ${t.indicator ?? '?'} ${t.comparator} ${t.value} ${t.unit} ${t.year} base ${t.baseline?.value ?? '-'}`);
    expect(got).toEqual([
      '11 antenatal_care_4_visits gte 85 percent 2024 base 80',
      '11 antenatal_care_4_visits gte 90 percent 2025 base 80',
      // "> 99" merged across 2024 and 2025
      '12 facility_births gt 99 percent 2024 base 98',
      '12 facility_births gt 99 percent 2025 base 98',
      // unit "‰" and baseline 5 merged down two rows
      '13 infant_mortality_rate lt 12 per_1000_live_births 2024 base 5',
      '13 infant_mortality_rate lt 10 per_1000_live_births 2025 base 5',
      '14 under5_mortality_rate lt 18 per_1000_live_births 2024 base 5',
      '14 under5_mortality_rate lt 16 per_1000_live_births 2025 base 5',
      // "≥ 95" and "≥ 96" merged down two rows
      '15 early_breastfeeding gte 95 percent 2024 base 70',
      '15 early_breastfeeding gte 96 percent 2025 base 70',
      '16 early_essential_newborn_care gte 95 percent 2024 base 72',
      '16 early_essential_newborn_care gte 96 percent 2025 base 72',
      // the indicator and its unit merged down: the second row keeps them
      '17 maternal_mortality_ratio lt 35 per_100000_live_births 2024 base 40',
      '17 maternal_mortality_ratio lt 32 per_100000_live_births 2025 base 40',
      '18 maternal_mortality_ratio lt 50 per_100000_live_births 2024 base 60',
      '18 maternal_mortality_ratio lt 45 per_100000_live_births 2025 base 60',
    ]);
    expect(record.goals).toEqual([{ title: 'Mục tiêu 1: Nâng cao chất lượng chăm sóc sức khỏe bà mẹ', line: 10 }]);
  });
});

describe('files the .docx reader cannot take', () => {
  async function errorOf(name: string, bytes: Uint8Array | string): Promise<ConvertError> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    try {
      await convertFile(path, tax(), dir);
    } catch (e) {
      if (e instanceof ConvertError) return e;
      throw e;
    }
    throw new Error(`${name} converted`);
  }
  const real = async () => docxOf(readFileSync(sourcePath('bac-kan-chi-thi-06-2024'), 'utf8'));
  const write = async (name: string, bytes: Uint8Array) => {
    writeFileSync(join(dir, name), bytes);
    return name;
  };

  it.each([
    ['plan.pdf', /"\.pdf" is not an accepted format/, /export or copy its text to a \.txt file/],
    ['plan.doc', /"\.doc" is not an accepted format/, /save it as \.docx/],
    ['plan.odt', /"\.odt" is not an accepted format/, /save it as \.docx or as plain text/],
    ['plan.xlsx', /"\.xlsx" is not an accepted format \(accepted: \.txt, \.md, \.docx\)/, /Save the document as \.txt \(UTF-8\), \.md or \.docx/],
    ['plan', /"no extension" is not an accepted format/, /Save the document as/],
  ])('%s: not an accepted format, with advice', async (name, what, todo) => {
    const e = await errorOf(name, '%PDF-1.7\n');
    expect(e.file).toBe(name);
    expect(e.what).toMatch(what);
    expect(e.todo).toMatch(todo);
  });

  it('a .docx cut short (a broken download) is damaged, and says so', async () => {
    const bytes = await real();
    const e = await errorOf('cut-short.docx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    expect(e.file).toBe('cut-short.docx');
    expect(e.what).toMatch(/^this \.docx file is damaged or incomplete and cannot be read \(.+\)$/);
    expect(e.todo).toMatch(/save it again as \.docx/);
  });

  it('a ZIP that is not a Word document is named as such', async () => {
    // The first bytes of a ZIP with a single stored file "a.txt".
    const zip = Buffer.from('UEsDBAoAAAAAAAAAIQDtAAAABQAAAAUAAAAFAAAAYS50eHRoZWxsb1BLAQIUAAoAAAAAAAAAIQDtAAAABQAAAAUAAAAFAAAAAAAAAAAAAAAAAAAAAABhLnR4dFBLBQYAAAAAAQABADMAAAAoAAAAAAA=', 'base64');
    const e = await errorOf('zip.docx', zip);
    expect(e.what).toMatch(/a ZIP container but not a Word document \(it has no word\/document\.xml\)/);
  });

  it.each([
    ['pdf.docx', '%PDF-1.7\n', /named \.docx but is a PDF/],
    ['doc.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /named \.docx but is a Word 97–2003 \.doc file/],
    ['text.docx', 'Số: 06/CT-UBND\n', /not a \.docx file: a \.docx is a ZIP container/],
  ])('%s: another kind of file named .docx', async (name, bytes, what) => {
    const e = await errorOf(name, bytes);
    expect(e.what).toMatch(what);
  });

  it('a rebuilt .docx reads as the original (the container helper of the tests below)', async () => {
    const bytes = await real();
    const copy = rezip(bytes, {});
    expect((await convertFile(join(dir, await write('copy.docx', copy)), tax(), dir)).body).toBe((await convertFile(join(dir, await write('orig.docx', bytes)), tax(), dir)).body);
  });

  it('a decompression bomb is refused before it is parsed, naming the file and the part (D03)', async () => {
    const bytes = await real();
    const e = await errorOf('bomb.docx', rezip(bytes, { 'word/document.xml': { data: paragraphBomb(bytes, 40 * 1024 * 1024) } }));
    expect(e.file).toBe('bomb.docx');
    expect(e.what).toMatch(/^this \.docx file cannot be read: its part "word\/document\.xml" unpacks to 40\.0 MB, over the limit of 32\.0 MB for one part/);
  });

  it('a part that declares less than it holds is caught when unpacked, stopping at the limit (D03)', async () => {
    const bytes = await real();
    const e = await errorOf('liar.docx', rezip(bytes, { 'word/styles.xml': { data: Buffer.alloc(40 * 1024 * 1024, 0x20), declare: 1000 } }));
    expect(e.what).toMatch(/its part "word\/styles\.xml" unpacks to more than 32\.0 MB, although it declares 0\.0 MB/);
    const small = await errorOf('liar-small.docx', rezip(bytes, { 'word/styles.xml': { data: Buffer.alloc(5000, 0x20), declare: 1000 } }));
    expect(small.what).toMatch(/unpacks to 5000 bytes, but declares 1000/);
  });

  it('parts that are each within the limit but too much together are refused (D03)', async () => {
    const bytes = await real();
    const big = { data: Buffer.alloc(25 * 1024 * 1024, 0x20) };
    const others = partNames(bytes).filter((n) => n !== 'word/document.xml').slice(0, 4);
    expect(others.length).toBe(4);
    const e = await errorOf('many.docx', rezip(bytes, Object.fromEntries(others.map((n) => [n, big]))));
    expect(e.what).toMatch(/its parts unpack to more than 96\.0 MB together/);
  });

  it('a .docx with no text is empty', async () => {
    const e = await errorOf('empty.docx', await Packer.toBuffer(new Document({ sections: [{ children: [] }] })));
    expect(e.what).toMatch(/only blank space/);
  });
});
