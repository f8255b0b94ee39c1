import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationFlags, extractCitations, normalizeNumber, parseDate } from '../src/convert/citations.ts';
import { toDoc, type Doc } from '../src/convert/document.ts';
import { readSource } from '../src/convert/read.ts';
import type { Citation } from '../src/schema.ts';
import { convertSource } from '../src/convert/index.ts';
import { loadTaxonomies } from '../src/taxonomy/load.ts';

function load(slug: string): Doc {
  const file = new URL(`../content/sources/${slug}.txt`, import.meta.url);
  return toDoc(readSource(new Uint8Array(readFileSync(file)), slug).text);
}
const snippet = (...lines: string[]) => toDoc(lines.join('\n'));
type Pinned = Omit<Citation, 'text'>;
const pinned = (doc: Doc): Pinned[] => extractCitations(doc).map(({ text: _, ...c }) => c);

describe('extractCitations on the five documents', () => {
  it('tp-bac-kan-2021-2025', () => {
    expect(pinned(load('tp-bac-kan-2021-2025'))).toEqual([
      { number: null, docType: 'Luật', date: '2015-06-19', issuer: null, line: 17 },
      { number: '1175/QĐ-UBND', docType: 'Quyết định', date: '2021-07-09', issuer: 'UBND tỉnh Bắc Kạn', line: 19 },
      { number: '858/TTr-TTYT', docType: 'Tờ trình', date: '2021-08-04', issuer: null, line: 21 },
      { number: '681/QĐ-TTg', docType: 'Quyết định', date: '2019-06-04', issuer: 'Thủ tướng Chính phủ', line: 70 },
    ]);
  });

  it('vinh-phuc-2023-2025', () => {
    expect(pinned(load('vinh-phuc-2023-2025'))).toEqual([
      { number: '1493/QĐ-TTg', docType: 'Quyết định', date: '2021-09-10', issuer: 'Thủ tướng Chính phủ', line: 3 },
      { number: '2779/QĐ-BYT', docType: 'Quyết định', date: '2021-06-04', issuer: 'Bộ Y tế', line: 4 },
      { number: '93/TTr-SYT', docType: 'Tờ trình', date: '2023-07-31', issuer: null, line: 5 },
    ]);
  });

  it('lang-giang-2024-2025', () => {
    expect(pinned(load('lang-giang-2024-2025'))).toEqual([
      { number: '68/KH-UBND', docType: 'Kế hoạch', date: '2024-03-25', issuer: 'UBND tỉnh Bắc Giang', line: 11 },
      { number: '37/2019/TT-BYT', docType: 'Thông tư', date: null, issuer: 'Bộ Y tế', line: 139 },
    ]);
  });

  it('bac-giang-so-y-te-2024', () => {
    expect(pinned(load('bac-giang-so-y-te-2024'))).toEqual([
      { number: '68/KH-UBND', docType: 'Kế hoạch', date: '2024-03-25', issuer: 'UBND tỉnh Bắc Giang', line: 6 },
      { number: '37/2019/TT-BYT', docType: 'Thông tư', date: null, issuer: 'Bộ Y tế', line: 122 },
      { number: '37/2029/TT-BYT', docType: 'Thông tư', date: null, issuer: 'Bộ Y tế', line: 186 },
    ]);
  });

  it('bac-kan-chi-thi-06-2024: the stray blank in "592/QĐ- UBND" is the same document', () => {
    expect(pinned(load('bac-kan-chi-thi-06-2024'))).toEqual([
      { number: '05/CT-BYT', docType: 'Chỉ thị', date: '2024-06-06', issuer: 'Bộ trưởng Bộ Y tế', line: 6 },
      { number: '592/QĐ-UBND', docType: 'Quyết định', date: '2021-05-05', issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn', line: 6 },
      { number: '1493/QĐ-TTg', docType: 'Quyết định', date: '2021-09-10', issuer: 'Thủ tướng Chính phủ', line: 8 },
      { number: '4976/QĐ-BYT', docType: 'Quyết định', date: '2020-11-30', issuer: 'Bộ trưởng Bộ Y tế', line: 11 },
    ]);
  });

  it('text is the plain line', () => {
    const doc = load('lang-giang-2024-2025');
    const c = extractCitations(doc)[1]!;
    expect(c.text).toBe(doc.lines[138]!.plain);
    expect(c.text).toMatch(/^- Đào tạo cho đội ngũ/);
  });
});

describe('extractCitations rules', () => {
  it('blank self-references are not citations', () => {
    const doc = snippet(
      'Số: /QĐ-UBND',
      '*(Ban hành kèm theo Quyết định số /QĐ-UBND ngày tháng 8 năm 2021',
      '(Kèm theo Kế hoạch số: /KH-UBND ngày /4/2024 của Chủ tịch UBND huyện)',
      '(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 01/02/2024 của UBND huyện)',
    );
    expect(extractCitations(doc)).toEqual([]);
  });

  it('a citation inside a sentence after "kèm theo" is kept', () => {
    const doc = snippet('Báo cáo theo bộ chỉ số ban hành kèm theo Thông tư 37/2019/TT-BYT của Bộ Y tế.');
    expect(pinned(doc)).toEqual([{ number: '37/2019/TT-BYT', docType: 'Thông tư', date: null, issuer: 'Bộ Y tế', line: 1 }]);
  });

  it('issuer stops at "về", "về việc", a verb, commas and semicolons; date before or after the issuer', () => {
    const doc = snippet(
      'Căn cứ Nghị định số 117/2014/NĐ-CP ngày 08 tháng 12 năm 2014 của Chính phủ quy định về y tế xã; Căn cứ',
      'Thực hiện Công văn số 1234/BYT-BM-TE của Bộ Y tế ngày 3/4/2022, và Nghị quyết số 05/NQ-HĐND về việc x',
      'theo quyết định số 9/QĐ-SYT của Sở Y tế tỉnh Bắc Giang về việc giao chỉ tiêu',
    );
    expect(pinned(doc)).toEqual([
      { number: '117/2014/NĐ-CP', docType: 'Nghị định', date: '2014-12-08', issuer: 'Chính phủ', line: 1 },
      { number: '1234/BYT-BM-TE', docType: 'Công văn', date: '2022-04-03', issuer: 'Bộ Y tế', line: 2 },
      { number: '05/NQ-HĐND', docType: 'Nghị quyết', date: null, issuer: null, line: 2 },
      { number: '9/QĐ-SYT', docType: 'Quyết định', date: null, issuer: 'Sở Y tế tỉnh Bắc Giang', line: 3 },
    ]);
  });

  it('one entry per document, at its first line; order of first citation', () => {
    const doc = snippet(
      'Theo Kế hoạch số 68/KH-UBND ngày 25/3/2024 và Quyết định số 592/QĐ- UBND ngày 05/5/2021.',
      'Thực hiện Quyết định số 592/QĐ-UBND và Kế hoạch số 68/KH-UBND.',
      'Luật Trẻ em ngày 05/4/2016; Luật Trẻ em ngày 05/4/2016.',
    );
    expect(pinned(doc).map((c) => [c.number, c.line])).toEqual([
      ['68/KH-UBND', 1],
      ['592/QĐ-UBND', 1],
      [null, 3],
    ]);
  });

  it('laws: with a date and no number; a law without a date is not a citation', () => {
    const doc = snippet('Căn cứ Luật Khám bệnh, chữa bệnh; Luật Trẻ em ngày 05 tháng 4 năm 2016; theo Luật Trẻ em.');
    expect(pinned(doc)).toEqual([{ number: null, docType: 'Luật', date: '2016-04-05', issuer: null, line: 1 }]);
  });

  it("the Party's numbers (21-NQ/TW, 149-KL/TW, 358-KH/TU), as a Hà Nội plan of 2026 cites them", () => {
    // tests/fixtures/realworld/10_ha-noi-28-kh-ubnd-2026.txt, line 17 (shortened).
    const cited = pinned(snippet('Căn cứ Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị về một số giải pháp đột phá; Kết luận số 149-KL/TW ngày 10/4/2025 của Bộ Chính trị về đẩy mạnh thực hiện Nghị quyết số 21-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII; Kế hoạch số 358-KH/TU ngày 22/8/2025 của Thành ủy Hà Nội về thực hiện Kết luận số 149-KL/TW; Chương trình hành động số 153-CTr/TU ngày 5/3/2018 của Tỉnh ủy;'));
    expect(cited.map((c) => [c.docType, c.number, c.date, c.issuer])).toEqual([
      ['Nghị quyết', '72-NQ/TW', '2025-09-09', 'Bộ Chính trị'],
      ['Kết luận', '149-KL/TW', '2025-04-10', 'Bộ Chính trị'],
      ['Nghị quyết', '21-NQ/TW', null, 'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII'],
      ['Kế hoạch', '358-KH/TU', '2025-08-22', 'Thành ủy Hà Nội'],
      ['Chương trình hành động', '153-CTr/TU', '2018-03-05', 'Tỉnh ủy'],
    ]);
    // A dash inside a word or a range is no number.
    expect(pinned(snippet('Nghị quyết về dân số giai đoạn 2021-2025/năm và Kế hoạch 5-KH thực hiện'))).toEqual([]);
  });

  it('a document does not cite itself: the number of a portal\'s title line is its own', () => {
    const file = 'tests/fixtures/realworld/10_ha-noi-28-kh-ubnd-2026.txt';
    const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^Kế hoạch 28\/KH-UBND/);
    const r = convertSource(new TextEncoder().encode(text), 'content/sources/ha-noi-28.txt', loadTaxonomies()).record;
    expect(r.number).toBe('28/KH-UBND');
    expect(r.citations.map((c) => c.number)).not.toContain('28/KH-UBND');
    expect(r.citations.map((c) => c.number)).toContain('275/KH-UBND');
  });

  it('dates and numbers', () => {
    expect(parseDate('ngày 09/7/2021')).toBe('2021-07-09');
    expect(parseDate('ngày 04 tháng 6 năm 2019')).toBe('2019-06-04');
    expect(parseDate('ngày 4-6-2019')).toBe('2019-06-04');
    expect(parseDate('ngày tháng 8 năm 2021')).toBe('2021-08');
    expect(parseDate('ngày 31/02/2021')).toBeNull();
    expect(parseDate('ngày /4/2024')).toBeNull();
    expect(normalizeNumber('592/QĐ- UBND')).toBe('592/QĐ-UBND');
    expect(normalizeNumber('12/Q\u00D0-UBND')).toBe('12/QĐ-UBND');
    // A PDF's text that lost the hyphen (Bộ Y tế 2539/QĐ-BYT as a document site shows it).
    expect(['1679/QĐTTg', '2539/QĐBYT', '75/2017/NĐCP', '5/TTrSYT', '45/BYT', '06/CT-UBND'].map(normalizeNumber))
      .toEqual(['1679/QĐ-TTg', '2539/QĐ-BYT', '75/2017/NĐ-CP', '5/TTr-SYT', '45/BYT', '06/CT-UBND']);
  });
});

describe('citationFlags', () => {
  it('bac-giang-so-y-te-2024: 37/2029/TT-BYT (line 186) is flagged, 37/2019/TT-BYT (line 122) is not', () => {
    const flags = citationFlags(extractCitations(load('bac-giang-so-y-te-2024')), null, { start: 2024, end: 2024 });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ kind: 'citation_implausible_year', line: 186 });
    expect(flags[0]!.message).toMatch(/37\/2029\/TT-BYT.*2029.*period \(2024\)/);
  });

  it('the other four documents raise no flag with their own dates and periods', () => {
    const cases: [string, string | null, { start: number; end: number } | null][] = [
      ['tp-bac-kan-2021-2025', '2021-08', { start: 2021, end: 2025 }],
      ['vinh-phuc-2023-2025', null, { start: 2023, end: 2025 }],
      ['lang-giang-2024-2025', '2024-04', { start: 2024, end: 2025 }],
      ['bac-kan-chi-thi-06-2024', '2024-08-09', null],
    ];
    for (const [slug, issued, period] of cases) {
      expect(citationFlags(extractCitations(load(slug)), issued, period)).toEqual([]);
    }
  });

  it('a cited date after the issue date; same month at month precision is not after', () => {
    const doc = snippet('Căn cứ Tờ trình số 858/TTr-TTYT ngày 04/8/2021, Quyết định số 9/QĐ-UBND ngày 10/9/2021.');
    const cites = extractCitations(doc);
    expect(citationFlags(cites, '2021-08', null).map((f) => [f.kind, f.message.split(' is dated')[0]])).toEqual([
      ['citation_after_plan', 'Quyết định 9/QĐ-UBND'],
    ]);
    expect(citationFlags(cites, '2021-08-03', null).map((f) => f.kind)).toEqual(['citation_after_plan', 'citation_after_plan']);
    expect(citationFlags(cites, '2021-09-10', null)).toEqual([]);
  });

  it('implausible years: after the issue year; nothing to compare against → no flag', () => {
    const doc = snippet('Theo Thông tư 37/2029/TT-BYT và Thông tư số 1/1019/TT-BYT.');
    const cites = extractCitations(doc);
    const kinds = citationFlags(cites, '2024-04', { start: 2024, end: 2030 }).map((f) => f.kind);
    expect(kinds).toEqual(['citation_implausible_year', 'citation_implausible_year']);
    // Without an issue date the period's end is the limit: 2029 is within a period to 2030.
    expect(citationFlags(cites, null, { start: 2024, end: 2030 }).map((f) => f.message)).toEqual([
      expect.stringMatching(/1\/1019\/TT-BYT: the year 1019 .* before 1945/),
    ]);
    expect(citationFlags(extractCitations(snippet('Thông tư 37/2029/TT-BYT')), null, null)).toEqual([]);
  });
});
