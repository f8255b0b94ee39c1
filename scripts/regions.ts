// npm run regions               the regions derived from data/gazetteer/ and data/regions.yaml:
//                               how many of each level and period, and the entries that rename
//                               or add one; exit 1, naming file and line, on a bad row or entry
// npm run --silent regions -- --json   every region as JSON (what the converter and site use)
import { loadTaxonomies, TaxonomyError } from '../src/taxonomy/load.ts';
import type { Region } from '../src/taxonomy/schemas.ts';

function period(r: Region): string {
  if (r.from) return `from ${r.from}`;
  if (r.until) return `until ${r.until}`;
  return 'throughout';
}

function main(args: string[]): void {
  const t0 = performance.now();
  const { regions } = loadTaxonomies();
  const ms = performance.now() - t0;
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(regions, null, 2) + '\n');
    return;
  }
  const counts = new Map<string, number>();
  for (const r of regions) counts.set(`${r.level} (${period(r)})`, (counts.get(`${r.level} (${period(r)})`) ?? 0) + 1);
  console.log(`${regions.length} regions, loaded and checked in ${ms.toFixed(0)} ms:`);
  for (const [k, n] of [...counts].sort()) console.log(`  ${String(n).padStart(5)}  ${k}`);
  const own = regions.filter((r) => !r.gazetteer);
  console.log(`data/regions.yaml adds ${own.length}: ${own.map((r) => r.id).join(', ') || '(none)'}`);
  const merged = regions.filter((r) => r.mergedInto);
  console.log(`${merged.length} provinces of 2024 merged on 1 July 2025, e.g. ${merged.slice(0, 3).map((r) => `${r.id} → ${r.mergedInto}`).join(', ')}`);
}

try {
  main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof TaxonomyError)) throw e;
  process.stderr.write(`error: ${e.message}\n`);
  process.exit(1);
}
