// The browser every test, screenshot and benchmark launches: found in the documented order,
// and a precise message when the one asked for cannot run.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../scripts/chromium.ts';

const probe = `import { findChromium } from './scripts/chromium.ts';
findChromium().then((c) => console.log(JSON.stringify(c)), (e) => { console.error(e.message); process.exit(3); });`;

function run(env: Record<string, string | undefined>) {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('findChromium', () => {
  it('finds a Chromium that answers --version, with the flags that keep it off the network', async () => {
    const c = await findChromium();
    const version = execFileSync(c.path, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8' });
    expect(version).toMatch(/Chrom(e|ium)/);
    expect(c.args).toContain('--disable-background-networking');
    expect(c.args).not.toContain('--single-process');
    expect(['CHROMIUM_PATH', 'system', '@sparticuz/chromium']).toContain(c.source);
  });

  it('a CHROMIUM_PATH that cannot run is an error that names it and says what to do', () => {
    const r = run({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('CHROMIUM_PATH=/nonexistent/chromium cannot run: no such file');
    expect(r.stderr).toContain('unset it');
  });

  it('a working CHROMIUM_PATH is taken before any other', async () => {
    const { path } = await findChromium();
    const r = run({ CHROMIUM_PATH: path });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ path, source: 'CHROMIUM_PATH' });
  });
});
