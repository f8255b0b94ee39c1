// npm run build (after the conversion): astro build into a temporary folder, swapped into dist/
// only when the build succeeds, so that a failed build leaves the previous dist/ whole (no page
// deleted, no build internals left behind). The pages are the same bytes as `astro build`'s.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// BUILD_ROOT and ASTRO_BIN let a test build a copy of the project with a stand-in for astro.
const ROOT = resolve(process.env.BUILD_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const DIST = join(ROOT, 'dist');
// Dot folders of this process: another build beside it has its own.
const next = join(ROOT, `.dist-next-${process.pid}`);
const old = join(ROOT, `.dist-old-${process.pid}`);

const astro = process.env.ASTRO_BIN ?? join(ROOT, 'node_modules/.bin/astro');
const run = spawnSync(astro, ['build', '--outDir', next, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  process.stderr.write(`astro build failed${run.signal ? ` (${run.signal})` : ''}: dist/ is left as it was.\n`);
  process.exit(run.status ?? 1);
}
if (existsSync(DIST)) renameSync(DIST, old);
renameSync(next, DIST);
rmSync(old, { recursive: true, force: true });
