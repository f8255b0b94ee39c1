// npm run bench:convert — converter throughput over the five documents, repeated until the
// figure is stable. Prints MB/s on one core (the converter is single-threaded).
import '../src/convert/tuning.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertSource } from '../src/convert/index.ts';
import { loadTaxonomies } from '../src/taxonomy/load.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(ROOT, 'content/sources');
const sources = readdirSync(dir)
  .filter((n) => /\.(txt|md)$/.test(n))
  .sort()
  .map((n) => ({ file: `content/sources/${n}`, bytes: readFileSync(join(dir, n)) }));

/**
 * Throughput of converting every source `rounds` times, in MB/s (1 MB = 10^6 bytes). The
 * taxonomies are loaded once per process, as `npm run convert` does, and not timed.
 */
export function measure(rounds: number, tax = loadTaxonomies()): number {
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) {
    for (const s of sources) {
      convertSource(s.bytes, s.file, tax);
      bytes += s.bytes.byteLength;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return bytes / 1e6 / seconds;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const total = sources.reduce((n, s) => n + s.bytes.byteLength, 0);
  const tax = loadTaxonomies();
  measure(20, tax); // warm-up: JIT and the place index
  const runs = Array.from({ length: 7 }, () => measure(50, tax)).sort((a, b) => a - b);
  const median = runs[3]!;
  console.log(`corpus: ${sources.length} documents, ${(total / 1e3).toFixed(1)} kB; each run converts it 50 times`);
  console.log(`runs (MB/s): ${runs.map((r) => r.toFixed(2)).join(' ')}`);
  console.log(`converter throughput: median ${median.toFixed(2)} MB/s (goal >= 20 MB/s on one core)`);
}
