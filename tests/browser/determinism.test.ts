// Two builds of the same tree give the same bytes: reviewers diff builds, caches and mirrors
// rely on unchanged files staying unchanged. Builds the project once more into a temporary
// directory and compares it with dist/ (built by `npm test` just before vitest runs).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, allFiles } from './lib/paths.ts';
import { buildEnv } from './lib/project.ts';

const out = mkdtempSync(join(tmpdir(), 'dist-again-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function astroBuild(outDir: string): Promise<{ status: number | null; output: string }> {
  const env = buildEnv();
  return new Promise((resolve, reject) => {
    const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...env, PATH: `${join(ROOT, 'node_modules/.bin')}:${env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('the build', () => {
  it('is byte-for-byte reproducible', { timeout: 180_000 }, async () => {
    const r = await astroBuild(out);
    expect(r.status, r.output.slice(-2000)).toBe(0);
    const a = allFiles(DIST);
    const b = allFiles(out);
    expect(a.length).toBeGreaterThan(100);
    expect(b.filter((f) => !a.includes(f)), 'files only in the second build').toEqual([]);
    expect(a.filter((f) => !b.includes(f)), 'files only in dist/').toEqual([]);
    const differ = a.filter((f) => !readFileSync(join(DIST, f)).equals(readFileSync(join(out, f))));
    expect(differ, 'files whose bytes differ').toEqual([]);
  });
});
