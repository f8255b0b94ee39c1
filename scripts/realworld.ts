// npm run realworld [-- DIR …] [--json] [--verbose]
// Converts every labelled document of each folder in memory (default: the two real-world
// fixture folders) and scores the records against the hand-made labels. Writes nothing.
import '../src/convert/tuning.ts';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LabelError } from '../src/realworld/labels.ts';
import { scoreFolder } from '../src/realworld/run.ts';
import { pct, totalsOf, type FileScore, type Totals } from '../src/realworld/score.ts';
import { loadTaxonomies, TaxonomyError } from '../src/taxonomy/load.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DIRS = ['tests/fixtures/realworld-dev', 'tests/fixtures/realworld'];

const ratio = (n: number, d: number) => `${n}/${d}`;
const values = (xs: readonly number[]) => xs.map(String).join(', ');

function fileLine(s: FileScore): string {
  if (s.refused) return `${s.file}  REFUSED: ${s.refused}`;
  const n = (st: string) => s.targets.filter((t) => t.status === st).length;
  return [
    s.file,
    `targets ${ratio(n('right'), s.targets.length)} (wrong ${n('wrong')}, missing ${n('missing')})`,
    `others ${ratio(s.others.filter((o) => o.kept).length, s.others.length)}`,
    `subgroup ${ratio(s.subgroups.filter((g) => g.ok).length, s.subgroups.length)}`,
    `forbidden ${s.forbidden.length ? values(s.forbidden.map((f) => f.value)) : 0}`,
    `extra ${s.extra.length}${s.overMax ? ' (labelled: no target)' : ''}`,
    `meta ${ratio(s.meta.filter((m) => m.ok).length, s.meta.length)}`,
  ].join('  ');
}

const targetText = (t: { text?: string; line?: number }) => (t.line ? ` [L${t.line}: ${(t.text ?? '').trim().slice(0, 100)}]` : '');

function details(s: FileScore): string[] {
  if (s.refused) return [];
  const out: string[] = [];
  for (const t of s.targets.filter((x) => x.status !== 'right')) {
    const got = t.got.map((g) => `${g.indicator ?? 'unclassified'} ${g.comparator} ${g.value} ${g.year ?? '?'}${g.group ? ` group ${g.group}` : ''}`).join('; ');
    out.push(`    ${t.status}: ${t.label.join(' ')}${got ? ` — read as ${got}` : ''}`);
  }
  for (const o of s.others.filter((x) => !x.kept)) out.push(`    other dropped: ${o.label.join(' · ')}`);
  for (const g of s.subgroups.filter((x) => !x.ok)) out.push(`    subgroup value not read as a subgroup: ${g.value}`);
  for (const f of s.forbidden) out.push(`    forbidden ${f.value} carried by a target${targetText(f.target)}`);
  for (const e of s.extra) out.push(`    extra: ${e.indicator ?? 'unclassified'} ${e.comparator} ${e.value} ${e.year ?? '?'}${targetText(e)}`);
  for (const m of s.meta.filter((x) => !x.ok)) out.push(`    meta ${m.field}: expected ${m.expected ?? 'null'}, got ${m.got ?? 'null'}`);
  return out;
}

function totalsLines(t: Totals): string[] {
  return [
    `  files: ${t.files}, refused: ${t.refused}`,
    `  targets read with the right indicator, bound, value and year: ${ratio(t.targets.right, t.targets.expected)} (${pct(t.targets.right, t.targets.expected)}%); wrong ${t.targets.wrong}, missing ${t.targets.missing}`,
    `  other targets kept: ${ratio(t.others.kept, t.others.expected)} (${pct(t.others.kept, t.others.expected)}%)`,
    `  subgroup values read as subgroups: ${ratio(t.subgroups.ok, t.subgroups.expected)}`,
    `  forbidden figures carried by targets: ${t.forbidden.found} (in ${t.forbidden.files} files)`,
    `  extra targets: ${t.extra}; files labelled with no target that got some: ${t.overMax}`,
    `  meta fields right: ${ratio(t.meta.right, t.meta.total)} (${pct(t.meta.right, t.meta.total)}%)`,
  ];
}

async function main(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const verbose = args.includes('--verbose');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--verbose');
  if (unknown.length) throw new LabelError('(command line)', `unknown option ${unknown.join(' ')}`, 'Use: npm run realworld [-- DIR …] [--json] [--verbose]');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const tax = loadTaxonomies(join(ROOT, 'data/'));

  const folders: { dir: string; scores: FileScore[]; totals: Totals }[] = [];
  for (const dir of dirs.length ? dirs : DEFAULT_DIRS) {
    const scores = await scoreFolder(resolve(dirs.length ? process.cwd() : ROOT, dir), tax, ROOT);
    folders.push({ dir, scores, totals: totalsOf(scores) });
  }
  const totals = totalsOf(folders.flatMap((f) => f.scores));

  if (json) {
    process.stdout.write(JSON.stringify({ folders, totals }, null, 2) + '\n');
    return;
  }
  for (const f of folders) {
    process.stdout.write(`${f.dir}\n`);
    for (const s of f.scores) {
      process.stdout.write(`  ${fileLine(s)}\n`);
      if (verbose) for (const l of details(s)) process.stdout.write(`${l}\n`);
    }
    process.stdout.write(`${totalsLines(f.totals).join('\n')}\n\n`);
  }
  if (folders.length > 1) process.stdout.write(`all folders\n${totalsLines(totals).join('\n')}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof LabelError || e instanceof TaxonomyError) {
    process.stderr.write(`error: ${e.message}\n`);
    process.exit(1);
  }
  throw e;
});
