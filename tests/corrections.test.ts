// Editors' corrections in a source's frontmatter, on a real document: Lạng Giang's text says
// "> 95%" for skilled birth attendance on line 26, its appendix table "> 99" (line 227).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFile } from '../src/convert/corpus.ts';
import { ConvertError } from '../src/convert/errors.ts';
import { targetsCsv } from '../src/convert/outputs.ts';
import { sourcePath, tax } from './helpers/sources.ts';

const SLUG = 'lang-giang-2024-2025';
const original = readFileSync(sourcePath(SLUG), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'corrections-'));

/** The real source with `frontmatter` (YAML lines) on top, in a temporary folder. */
async function convertWith(frontmatter: string) {
  const path = join(dir, `${SLUG}.txt`);
  writeFileSync(path, `---\n${frontmatter.trim()}\n---\n${original}`);
  return convertFile(path, tax(), dir);
}

async function errorWith(frontmatter: string): Promise<ConvertError> {
  try {
    await convertWith(frontmatter);
  } catch (e) {
    if (e instanceof ConvertError) return e;
    throw e;
  }
  throw new Error('converted without error');
}

const CORRECTION = `
corrections:
  - line: 26
    indicator: skilled_birth_attendance
    year: 2025
    value: 99
    comparator: gt
    note: "Phụ lục (dòng 227) ghi > 99"
`;

describe('a correction in the frontmatter', () => {
  it('replaces the figure and keeps the document\'s own', async () => {
    const before = (await convertFile(sourcePath(SLUG), tax())).record.targets.find((t) => t.line === 26 && t.source === 'text')!;
    const { record } = await convertWith(CORRECTION);
    const t = record.targets.find((x) => x.line === 26 && x.source === 'text')!;
    expect(t.indicator).toBe('skilled_birth_attendance');
    expect([t.comparator, t.value]).toEqual(['gt', 99]);
    expect(t.correction).toEqual({ original: { comparator: before.comparator, value: before.value }, note: 'Phụ lục (dòng 227) ghi > 99' });
    expect(before.value).toBe(95);
    // The line as the document writes it stays the record's text.
    expect(t.text).toBe(before.text);
    expect(t.text).toContain('> 95%');
  });

  it('adds a corrected flag and resolves the text/table conflict it answers', async () => {
    const plain = (await convertFile(sourcePath(SLUG), tax())).record;
    expect(plain.flags.some((f) => f.kind === 'text_table_conflict' && f.line === 26)).toBe(true);
    const { record } = await convertWith(CORRECTION);
    expect(record.flags).toContainEqual({ kind: 'corrected', line: 26, message: 'Corrected by the editors: Phụ lục (dòng 227) ghi > 99' });
    expect(record.flags.some((f) => f.kind === 'text_table_conflict' && f.line === 26)).toBe(false);
  });

  it('counts lines after the frontmatter, so adding frontmatter moves no line', async () => {
    const { record, body } = await convertWith(CORRECTION);
    expect(record.source.bodyStart).toBe(CORRECTION.trim().split('\n').length + 3);
    expect(body.split('\n')[25]).toBe(original.split('\n')[25]);
  });

  it('shows in the downloads with the original figure and the note', async () => {
    const csv = targetsCsv([(await convertWith(CORRECTION)).record], tax());
    const row = csv.split('\n').find((l) => l.includes('skilled_birth_attendance') && l.includes(',text,'))!;
    expect(row).toContain(',99,');
    expect(row).toContain(',95,Phụ lục (dòng 227) ghi > 99');
  });

  it('may set a figure without changing the comparator', async () => {
    const { record } = await convertWith(CORRECTION.replace('    comparator: gt\n', ''));
    const t = record.targets.find((x) => x.line === 26 && x.source === 'text')!;
    expect([t.comparator, t.value, t.correction?.original]).toEqual(['gt', 99, { comparator: 'gt', value: 95 }]);
  });
});

describe('a frontmatter the converter cannot follow', () => {
  it('an unknown key: file, line, and the keys it allows', async () => {
    const e = await errorWith('isued: "2024-04-15"');
    expect(e.file).toBe(`${SLUG}.txt`);
    expect(e.line).toBe(2);
    expect(e.what).toBe('unknown frontmatter key "isued"');
    expect(e.todo).toMatch(/allowed keys: slug, duplicateOf, title, docType, number, issued, issuer, signer, jurisdiction, period, corrections/);
  });

  it('an unknown key inside a correction', async () => {
    const e = await errorWith(CORRECTION.replace('    value: 99', '    vaule: 99'));
    expect(e.what).toBe('unknown frontmatter key "vaule" in "corrections.0"');
    expect(e.line).toBe(6);
    expect(e.todo).toMatch(/allowed keys in "corrections.0": line, indicator, year, value, comparator, note/);
  });

  it('a correction for a line that gives no target', async () => {
    // Line 19 is the heading "2. Mục tiêu cụ thể và các chỉ tiêu đến năm 2025".
    const e = await errorWith(CORRECTION.replace('line: 26', 'line: 19'));
    expect(e.file).toBe(`${SLUG}.txt`);
    expect(e.line).toBe(3); // the "- line: 19" item of the frontmatter
    expect(e.what).toBe('the correction for line 19 of the document matches 0 targets');
    expect(e.todo).toMatch(/counted after the frontmatter \(see `npm run review`\)/);
  });

  it('a correction naming another indicator than the line gives', async () => {
    const e = await errorWith(CORRECTION.replace('indicator: skilled_birth_attendance', 'indicator: facility_births'));
    expect(e.what).toBe('the correction for line 26 of the document matches 0 targets');
    expect(e.todo).toBe('Line 26 gives skilled_birth_attendance 2025: correct `indicator:` or `year:`');
  });

  it('a line with two targets needs the correction to say which', async () => {
    // Line 227 of the appendix holds 2024 and 2025.
    const e = await errorWith('corrections:\n  - line: 227\n    value: 99\n    note: "x"');
    expect(e.what).toBe('the correction for line 227 of the document matches 2 targets');
    expect(e.todo).toMatch(/Add `indicator:` and `year:`/);
  });

  it('two corrections of one target', async () => {
    const e = await errorWith(`${CORRECTION.trimEnd()}\n  - line: 26\n    value: 98\n    note: "y"`);
    expect(e.what).toMatch(/^two corrections name the same target \(line 26, skilled_birth_attendance 2025\)$/);
    expect(e.line).toBe(9);
  });

  it('a placeholder left from the review', async () => {
    const e = await errorWith('issued: "2024-04-??"');
    expect(e.line).toBe(2);
    expect(e.what).toBe('the frontmatter field "issued" still holds the placeholder "??"');
  });

  it('a value of the wrong kind', async () => {
    const e = await errorWith(CORRECTION.replace('value: 99', 'value: "chín chín"'));
    expect(e.what).toMatch(/^frontmatter field "corrections.0.value": /);
    expect(e.line).toBe(6);
  });

  it('a region data/regions.yaml does not have', async () => {
    const e = await errorWith('jurisdiction:\n  region: lang-giang-moi');
    expect(e.line).toBe(3);
    expect(e.what).toMatch(/names the region "lang-giang-moi", which neither data\/gazetteer\/ nor data\/regions.yaml has/);
    // The ids it most resembles, not the thousands of the gazetteer.
    expect(e.todo).toMatch(/^Use one of: lang-giang, /);
    expect(/^Use one of: ([^;]*);/.exec(e.todo)![1]!.split(', ').length).toBeLessThanOrEqual(8);
  });
});
