// npx tsx scripts/subset-fonts.ts — remake src/styles/fonts/*.woff2, the Latin part of Be Vietnam
// Pro cut down to what Vietnamese and English pages use (the budget is 60 KB of fonts a page;
// see bench/README.md). Needs pyftsubset: `apt-get install -y fonttools python3-brotli`.
// The Vietnamese subset of @fontsource is used as it is. Keep LATIN_RANGE in step with the
// unicode-range of the Latin faces in src/styles/fonts.css.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FROM = join(ROOT, 'node_modules/@fontsource/be-vietnam-pro/files');
const TO = join(ROOT, 'src/styles/fonts');

/**
 * ASCII, no-break space, middle dot, the Latin-1 letters Vietnamese uses (à á â ã è é ê ì í ò ó
 * ô õ ù ú ý and capitals), ×, dashes, quotes, ellipsis, per mille, ↑ ↓ and minus. Anything
 * else falls back to the system font, as ≤ ≥ ← → already do.
 */
export const LATIN_RANGE =
  'U+0020-007E,U+00A0,U+00B7,U+00C0-00C3,U+00C8-00CA,U+00CC-00CD,U+00D2-00D5,U+00D7,U+00D9-00DA,U+00DD,' +
  'U+00E0-00E3,U+00E8-00EA,U+00EC-00ED,U+00F2-00F5,U+00F9-00FA,U+00FD,U+2013-2014,U+2018-2019,U+201C-201D,' +
  'U+2026,U+2030,U+2191,U+2193,U+2212';

export const WEIGHTS = [400, 600] as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(TO, { recursive: true });
  for (const w of WEIGHTS) {
    const out = join(TO, `be-vietnam-pro-latin-${w}-normal.woff2`);
    execFileSync('pyftsubset', [
      join(FROM, `be-vietnam-pro-latin-${w}-normal.woff2`),
      `--unicodes=${LATIN_RANGE}`,
      '--layout-features=*',
      '--flavor=woff2',
      `--output-file=${out}`,
    ]);
    console.log(`${out}: ${(statSync(out).size / 1024).toFixed(1)} KB`);
  }
}
