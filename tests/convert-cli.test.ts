// The command-line contract of `npm run convert`: --stdout, --check, and no partial output on error.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/sources.ts';

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
    writeFileSync(join(dir, 'content/sources/copy.txt'), `---\nslug: vinh-phuc-2023-2025\n---\n${text}`);
    const r = run([], { CONVERT_ROOT: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('two sources have the slug "vinh-phuc-2023-2025"');
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
