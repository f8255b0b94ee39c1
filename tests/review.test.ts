// The editor's report (npm run review) on the five real documents, and the frontmatter it
// suggests: pasted into the source, with its "??" filled in, it must convert and settle the item.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../src/convert/corpus.ts';
import { ConvertError } from '../src/convert/errors.ts';
import { errorReport, fixesOf, frontmatterYaml, mergedFrontmatter, PLACEHOLDER, reviewReport } from '../src/convert/review.ts';
import { NAMES_NO_INDICATOR } from '../src/convert/targets.ts';
import { SourceFrontmatter } from '../src/schema.ts';
import { docxOf } from './helpers/docx.ts';
import { ROOT, SLUGS, sourcePath, tax, type Slug } from './helpers/sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'review-'));

async function review(slug: Slug, frontmatter = '') {
  const path = frontmatter ? join(dir, `${slug}.txt`) : sourcePath(slug);
  if (frontmatter) writeFileSync(path, `${frontmatter}\n${readFileSync(sourcePath(slug), 'utf8')}`);
  const { record, body } = await convertFile(path, tax(), frontmatter ? dir : ROOT);
  const fm = frontmatter ? SourceFrontmatter.parse(parse(frontmatter.replace(/^---\n|---$/g, '')) ?? {}) : {};
  const input = { record, body, frontmatter: fm, tax: tax() };
  return { record, input, report: reviewReport(input), fixes: fixesOf(input) };
}

/** The suggested frontmatter with its placeholders filled in as an editor would. */
const filled = (yaml: string, values: Record<string, string>) =>
  Object.entries(values).reduce((y, [from, to]) => y.replace(from, to), yaml);

describe('the report on each real document', () => {
  for (const slug of SLUGS) {
    it(slug, async () => {
      const { record, report } = await review(slug);
      for (const heading of ['THÔNG TIN VĂN BẢN (METADATA)', 'Tiêu đề (Title): ', 'Số (Number): ', 'Ngày ban hành (Date of issue): ',
        'Cơ quan ban hành (Issuer): ', 'Người ký (Signer): ', 'Địa bàn (Jurisdiction): ', 'Giai đoạn (Period): ',
        'CHỈ TIÊU ĐÃ PHÂN LOẠI (CLASSIFIED TARGETS): ', 'CHỈ TIÊU CHƯA PHÂN LOẠI (UNCLASSIFIED TARGETS): ', 'DÒNG CÓ SỐ CHƯA ĐỌC (UNCLASSIFIED LINES): ',
        'CƠ QUAN (BODIES): ', 'VĂN BẢN ĐƯỢC DẪN (CITATIONS): ', 'CẢNH BÁO (FLAGS): ', 'CẦN SỬA / BỔ SUNG (TO FIX OR COMPLETE): ']) {
        expect(report).toContain(heading);
      }
      expect(report).toContain(`Tiêu đề (Title): ${record.title}\n`);
      expect(report).toContain(`CHỈ TIÊU ĐÃ PHÂN LOẠI (CLASSIFIED TARGETS): ${record.targets.filter((t) => t.indicator).length}\n`);
      expect(report).toContain(`CƠ QUAN (BODIES): ${record.agencies.length}\n`);
      // Every target under its line with the taxonomy's Vietnamese name; every body with its role.
      for (const t of record.targets) {
        const vi = tax().indicators.find((i) => i.id === t.indicator)?.vi;
        expect(report).toContain(`Dòng (Line) ${t.line}: ${vi ? `${vi} [${t.indicator}]` : 'chưa phân loại (unclassified)'}\n`);
      }
      for (const a of record.agencies) expect(report).toMatch(new RegExp(`Dòng \\(Line\\) ${a.line}: ${a.name.replace(/[().-]/g, '\\$&')} — [^\\n(]+ \\(${a.role}\\)`));
      for (const c of record.citations) expect(report).toContain(`Dòng (Line) ${c.line}: ${c.docType}`);
      // Classified targets come before unclassified ones, metadata first, fixes last.
      const at = (s: string) => report.indexOf(s);
      expect(at('THÔNG TIN')).toBeLessThan(at('CHỈ TIÊU ĐÃ'));
      expect(at('CHỈ TIÊU ĐÃ')).toBeLessThan(at('CHỈ TIÊU CHƯA'));
      expect(at('CẢNH BÁO')).toBeLessThan(at('CẦN SỬA'));
    });
  }

  it('Vietnamese figures: decimal comma, units, comparators', async () => {
    const { report } = await review('lang-giang-2024-2025');
    expect(report).toContain('Dòng (Line) 32: Tỷ suất tử vong trẻ sơ sinh [neonatal_mortality_rate]\n      < 9,5‰ · năm (year) 2025 · nguồn: câu văn (source: text)');
    expect(report).toContain('< 30/100.000 trẻ đẻ sống');
    expect(report).toMatch(/> 99% · năm \(year\) 2025 · cơ sở \(baseline\) 99 năm 2023 · nguồn: bảng \(source: table\)/);
  });
});

describe('what the report asks an editor to fix', () => {
  it('Lạng Giang: number, full date, and the text/table conflict of line 26 as a correction', async () => {
    const { fixes, report } = await review('lang-giang-2024-2025');
    expect(fixes.map((f) => Object.keys(f.frontmatter ?? {}))).toEqual([['number'], ['issued'], ['corrections']]);
    expect(fixes[0]!.frontmatter).toEqual({ number: '??/KH-UBND' }); // from "Số: /KH-UBND"
    expect(fixes[1]!.frontmatter).toEqual({ issued: '2024-04-??' }); // the document gives "tháng 4 năm 2024"
    expect(fixes[2]!.frontmatter!.corrections).toEqual([
      expect.objectContaining({ line: 26, indicator: 'skilled_birth_attendance', year: 2025, value: 99, comparator: 'gt' }),
    ]);
    expect(fixes[2]!.alternative!.frontmatter.corrections).toEqual([
      expect.objectContaining({ line: 227, indicator: 'skilled_birth_attendance', year: 2025, value: 95, comparator: 'gt' }),
    ]);
    expect(report).toContain('\n---\nnumber: "??/KH-UBND"\nissued: "2024-04-??"\ncorrections:\n  - line: 26\n    indicator: skilled_birth_attendance\n    year: 2025\n    value: 99\n    comparator: gt\n');
  });

  it('Lạng Giang: the suggested frontmatter is refused while it holds "??", and settles every item once filled in', async () => {
    const { input, fixes } = await review('lang-giang-2024-2025');
    const yaml = frontmatterYaml(mergedFrontmatter(input.frontmatter, fixes));
    await expect(review('lang-giang-2024-2025', yaml)).rejects.toThrow(/still holds the placeholder "\?\?"/);

    const after = await review('lang-giang-2024-2025', filled(yaml, { '??/KH-UBND': '125/KH-UBND', '2024-04-??': '2024-04-15' }));
    expect([after.record.number, after.record.issued]).toEqual(['125/KH-UBND', '2024-04-15']);
    const t = after.record.targets.find((x) => x.line === 26)!;
    expect([t.comparator, t.value, t.correction?.original]).toEqual(['gt', 99, { comparator: 'gt', value: 95 }]);
    expect(after.record.flags.map((f) => f.kind)).toEqual(['corrected']);
    expect(after.fixes).toEqual([]);
    expect(after.report).toContain('Số (Number): 125/KH-UBND [frontmatter]');
    expect(after.report).toContain('đã sửa (corrected): văn bản ghi (the document says) > 95%');
    expect(after.report).toContain('CẦN SỬA / BỔ SUNG (TO FIX OR COMPLETE): 0');
    expect(after.report).not.toContain('Frontmatter đầy đủ');
  });

  it('Lạng Giang: the other way, correcting the table to the text, converts too', async () => {
    const { fixes } = await review('lang-giang-2024-2025');
    const after = await review('lang-giang-2024-2025', frontmatterYaml(fixes[2]!.alternative!.frontmatter));
    const t = after.record.targets.find((x) => x.line === 227 && x.year === 2025)!;
    expect([t.value, t.correction?.original.value]).toEqual([95, 99]);
    expect(after.record.flags.map((f) => f.kind)).not.toContain('text_table_conflict');
  });

  it('TP Bắc Kạn: a share above 100% asks for the right figure', async () => {
    const { fixes } = await review('tp-bac-kan-2021-2025');
    const fix = fixes.find((f) => f.frontmatter?.corrections)!;
    expect(fix.title).toContain('Dòng (Line) 81: Tỷ lệ phụ nữ đẻ tại cơ sở y tế: > 100% không thể đạt');
    expect(fix.frontmatter!.corrections).toEqual([expect.objectContaining({ line: 81, indicator: 'facility_births', year: 2025, value: PLACEHOLDER })]);
    const after = await review('tp-bac-kan-2021-2025', filled(frontmatterYaml(fix.frontmatter!), { '"??"': '100', 'comparator: gt': 'comparator: gte' }));
    expect(after.record.flags.map((f) => f.kind)).toEqual(['missing_number', 'corrected']);
  });

  it('Vĩnh Phúc and Bắc Giang: no date at all; the number pattern follows the issuer', async () => {
    expect((await review('vinh-phuc-2023-2025')).fixes.map((f) => f.frontmatter)).toEqual([{ number: '??/KH-UBND' }, { issued: '????-??-??' }, { signer: '??' }]);
    const bacGiang = await review('bac-giang-so-y-te-2024');
    expect(bacGiang.fixes.map((f) => f.frontmatter)).toEqual([{ number: '??/KH-SYT' }, { issued: '????-??-??' }]);
    expect(bacGiang.report).toContain('Ghi chú (Note): cảnh báo về văn bản được dẫn');
  });

  it('Bắc Kạn directive: only the signer; a directive needs no period', async () => {
    const { fixes } = await review('bac-kan-chi-thi-06-2024');
    expect(fixes.map((f) => f.frontmatter)).toEqual([{ signer: '??' }]);
  });

  it('unclassified targets and unknown bodies point to the taxonomies', async () => {
    const { input } = await review('lang-giang-2024-2025');
    const record = structuredClone(input.record);
    record.targets[0]!.indicator = null;
    record.agencies[0]!.agency = null;
    const fixes = fixesOf({ ...input, record });
    expect(fixes.find((f) => f.elsewhere?.file === 'data/indicators.yaml')?.advice).toContain(`Các dòng (lines): ${record.targets[0]!.line}.`);
    const agencies = fixes.find((f) => f.elsewhere?.file === 'data/agencies.yaml')!;
    expect(agencies.elsewhere!.text).toContain(`vi: "${record.agencies[0]!.name}"`);
    expect(parse(agencies.elsewhere!.text)).toEqual([expect.objectContaining({ group: 'other', phrasings: [[record.agencies[0]!.name.toLowerCase()]] })]);
  });

  it('asks for a phrasing only for the unread lines that name no indicator, not for past results or counts', async () => {
    const { input } = await review('lang-giang-2024-2025');
    const unread = (line: number, reason: string) => ({ line, text: '…', reason });
    const withLines = (...lines: ReturnType<typeof unread>[]) => fixesOf({ ...input, record: { ...input.record, unclassified: lines } }).find((f) => f.elsewhere?.file === 'data/indicators.yaml');
    expect(withLines(unread(7, 'a past result (85 in 2023), not a target'), unread(9, 'a count of things, which no unit of the record holds: kept for the editor'))).toBeUndefined();
    expect(withLines(unread(7, 'a past result (85 in 2023), not a target'), unread(12, NAMES_NO_INDICATOR))?.advice).toContain('Các dòng (lines): 12.');
  });
});

describe('the frontmatter YAML', () => {
  const text = fc.string({ unit: 'grapheme', maxLength: 30 });
  const frontmatter = fc.record(
    {
      title: text,
      docType: fc.constantFrom('decision', 'plan', 'directive', 'official_letter', 'resolution', 'other'),
      number: fc.option(text),
      issued: fc.constantFrom('2024', '2024-04', '2024-04-15'),
      signer: fc.option(text),
      jurisdiction: fc.record({ region: fc.constantFrom('lang-giang', 'bac-kan'), name: text }, { requiredKeys: ['region'] }),
      period: fc.option(fc.record({ start: fc.integer({ min: 1990, max: 2040 }), end: fc.integer({ min: 1990, max: 2040 }) })),
      corrections: fc.array(fc.record(
        { line: fc.integer({ min: 1, max: 9999 }), indicator: fc.constantFrom('stunting_under5', 'facility_births'), year: fc.integer({ min: 2000, max: 2040 }), value: fc.double({ min: 0, max: 1e6, noNaN: true }), comparator: fc.constantFrom('lt', 'gte', 'eq'), note: text },
        { requiredKeys: ['line', 'value', 'note'] },
      )),
    },
    { requiredKeys: [] },
  );

  it('reads back as the same frontmatter, whatever the strings hold (quotes, colons, #, newlines)', () => {
    fc.assert(
      fc.property(frontmatter, (fm) => {
        const yaml = frontmatterYaml(fm);
        expect(yaml.startsWith('---\n') && yaml.endsWith('\n---')).toBe(true);
        expect(SourceFrontmatter.parse(parse(yaml.slice(4, -4)) ?? {})).toEqual(fm);
      }),
      { seed: 4, numRuns: 300 },
    );
  });

  it('keeps what the source has and appends new corrections to its own', () => {
    const merged = mergedFrontmatter({ issued: '2024-04-15', corrections: [{ line: 3, value: 1, note: 'a' }] }, [
      { title: 't', advice: 'a', frontmatter: { issued: '2024-04-??', signer: '??' } },
      { title: 't', advice: 'a', frontmatter: { corrections: [{ line: 9, value: 2, note: 'b' }] } },
    ]);
    expect(merged).toEqual({ issued: '2024-04-15', signer: '??', corrections: [{ line: 3, value: 1, note: 'a' }, { line: 9, value: 2, note: 'b' }] });
  });
});

describe('npm run review', () => {
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/review.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('exit 0 and the report for a document that converts, warnings or not', () => {
    const r = run('content/sources/lang-giang-2024-2025.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^BÁO CÁO BIÊN TẬP \(EDITOR'S REPORT\): content\/sources\/lang-giang-2024-2025.txt\n/);
  }, 30_000);

  it('exit 1 and the converter\'s message for one that does not', () => {
    const path = join(dir, 'plan.pdf');
    writeFileSync(path, '%PDF-1.7');
    const r = run(path);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('LỖI (ERROR): ');
    expect(r.stdout).toContain('Vấn đề (What): ".pdf" is not an accepted format');
    expect(r.stdout).toContain('Cách sửa (What to do): Open it and export or copy its text');
  }, 30_000);

  it('--text prints what the converter reads from a .docx; its frontmatter goes in the .yaml beside it', async () => {
    const path = join(dir, 'bac-kan-chi-thi-06-2024.docx');
    writeFileSync(path, await docxOf(readFileSync(sourcePath('bac-kan-chi-thi-06-2024'), 'utf8')));
    const text = execFileSync('npx', ['tsx', 'scripts/review.ts', '--text', path], { cwd: ROOT, encoding: 'utf8' });
    expect(text).toBe((await convertFile(path, tax(), dir)).body);
    // The report on the .docx itself says where its frontmatter has to go.
    const converted = await convertFile(path, tax(), dir);
    expect(reviewReport({ ...converted, tax: tax() })).toContain('Tệp .docx không chứa được frontmatter: đặt khối dưới đây (bỏ hai dòng "---") vào tệp bac-kan-chi-thi-06-2024.yaml');
    writeFileSync(join(dir, 'bac-kan-chi-thi-06-2024.yaml'), 'signer: "Nguyễn Văn A"\n');
    const withYaml = await convertFile(path, tax(), dir);
    expect(withYaml.record.signer).toBe('Nguyễn Văn A');
    expect(withYaml.body).toBe(converted.body);
    rmSync(join(dir, 'bac-kan-chi-thi-06-2024.yaml'));
  }, 120_000);

  it('errorReport labels the message in both languages', () => {
    const report = errorReport(new ConvertError('content/sources/x.txt', 12, 'what went wrong', 'What to do.'));
    expect(report).toBe('LỖI (ERROR): content/sources/x.txt, dòng (line) 12\n  Vấn đề (What): what went wrong\n  Cách sửa (What to do): What to do.\n');
  });
});

describe('npm run review on hostile input (tests/fixtures/probes)', () => {
  const probe = (name: string) => join(ROOT, 'tests/fixtures/probes', name);
  const review = (path: string) => spawnSync('npx', ['tsx', 'scripts/review.ts', path], { cwd: ROOT, encoding: 'utf8' });

  it('says how many invisible characters were removed and on which lines; the figures read as shown (D01)', async () => {
    const converted = await convertFile(probe('num-zwsp.txt'), tax(), ROOT);
    const report = reviewReport({ ...converted, tax: tax() });
    expect(report).toContain('KÝ TỰ ĐÃ BỎ KHI ĐỌC (CHARACTERS REMOVED ON READING)');
    expect(report).toMatch(/ 7 ký tự vô hình \(invisible characters[^)]*\): dòng \(lines\) 76, 78, 83, 87, 88\n/);
    expect(report).toMatch(/Dòng \(Line\) 78: .*\n {6}> 80% /);
    expect(report).not.toMatch(/[\u200B-\u200F\u2060\u00AD\uFEFF]/);
  });

  it('never prints a control character raw, and says they were removed (D11)', () => {
    const r = review(probe('ctrl-escapes.txt'));
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(r.stdout).toMatch(/ký tự điều khiển \(control characters\): dòng \(lines\) \d+/);
  }, 120_000);

  it('fails on the file that causes a slug collision, with the slug: line that fixes it (D12)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'review-collide-'));
    writeFileSync(join(folder, 'lang-giang-2024-2025.txt'), readFileSync(sourcePath('lang-giang-2024-2025')));
    writeFileSync(join(folder, 'fm-slug-collide.txt'), readFileSync(probe('fm-slug-collide.txt')));
    const guilty = review(join(folder, 'fm-slug-collide.txt'));
    expect(guilty.status).toBe(1);
    expect(guilty.stdout).toMatch(/^LỖI \(ERROR\): .*fm-slug-collide\.txt, dòng \(line\) 2\n {2}Vấn đề \(What\): two sources have the slug "lang-giang-2024-2025"/);
    expect(guilty.stdout).toContain('`slug: lang-giang-2024-2025-2`');
    // The untouched original still converts.
    expect(review(join(folder, 'lang-giang-2024-2025.txt')).status).toBe(0);
    rmSync(folder, { recursive: true });
  }, 180_000);
});
