// npm run convert                  convert content/sources → content/plans, data/plans, data/*.csv
// npm run convert -- --check       exit 1, naming the files, when a generated file is stale
// npm run --silent convert -- --stdout FILE   print one document's record as JSON; write nothing
import '../src/convert/tuning.ts';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertCorpus, convertFile, editorPath } from '../src/convert/corpus.ts';
import { ConvertError } from '../src/convert/errors.ts';
import type { Converted } from '../src/convert/index.ts';
import { outputsOf } from '../src/convert/outputs.ts';
import { printable, removedSummary } from '../src/convert/review.ts';
import { loadTaxonomies, TaxonomyError } from '../src/taxonomy/load.ts';

// CONVERT_ROOT lets tests and the benchmark convert a copy of the project elsewhere.
const ROOT = resolve(process.env.CONVERT_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '..'));
const GENERATED_DIRS = ['content/plans', 'data/plans'];

function fail(e: unknown): never {
  if (e instanceof ConvertError || e instanceof TaxonomyError) {
    process.stderr.write(printable(`error: ${e.message}\n`));
    process.exit(1);
  }
  throw e;
}

/** Generated files on disk that the current sources would not produce. */
function strayFiles(expected: Map<string, string>): string[] {
  return GENERATED_DIRS.flatMap((d) =>
    existsSync(join(ROOT, d))
      ? readdirSync(join(ROOT, d)).filter((n) => !n.startsWith('.')).map((n) => `${d}/${n}`)
      : [],
  ).filter((p) => !expected.has(p));
}

async function main(args: string[]): Promise<void> {
  const tax = loadTaxonomies(join(ROOT, 'data/'));
  const stdoutAt = args.indexOf('--stdout');
  if (stdoutAt >= 0) {
    const file = args[stdoutAt + 1];
    if (!file) fail(new ConvertError('(command line)', null, '--stdout needs a file', 'Run: npm run --silent convert -- --stdout path/to/plan.txt'));
    const { record } = await convertFile(editorPath(file), tax, process.cwd());
    process.stdout.write(JSON.stringify(record, null, 2) + '\n');
    return;
  }

  const { converted, errors, notes } = await convertCorpus(join(ROOT, 'content/sources'), tax, ROOT);
  for (const n of notes) process.stderr.write(printable(`note: ${n}\n`));
  if (errors.length) {
    for (const e of errors) process.stderr.write(printable(`error: ${e.message}\n`));
    process.stderr.write(`${errors.length} error(s); nothing was written.\n`);
    process.exit(1);
  }
  const outputs = outputsOf(converted, tax);

  if (args.includes('--check')) {
    const stale = [...outputs].filter(([p, content]) => {
      const path = join(ROOT, p);
      return !existsSync(path) || readFileSync(path, 'utf8') !== content;
    }).map(([p]) => p);
    const stray = strayFiles(outputs);
    if (stale.length || stray.length) {
      for (const p of stale) process.stderr.write(`stale: ${p}\n`);
      for (const p of stray) process.stderr.write(`no source: ${p}\n`);
      process.stderr.write('Generated files are out of date: run `npm run convert` and commit the result.\n');
      process.exit(1);
    }
    process.stdout.write(`convert --check: ${outputs.size} generated files are up to date.\n`);
    return;
  }

  // Write each file through a temporary name so that no file is ever half-written; the name is
  // this process's own (a dot file, which no reader lists), so runs side by side do not collide.
  for (const [p, content] of outputs) {
    const path = join(ROOT, p);
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  }
  for (const p of strayFiles(outputs)) rmSync(join(ROOT, p), { force: true });
  report(converted);
}

function report(converted: readonly Converted[]): void {
  for (const { record: r, removed } of converted) {
    process.stdout.write(
      `${r.id}: ${r.targets.length} targets, ${r.agencies.length} bodies, ${r.citations.length} citations, ${r.flags.length} flags, ${r.unclassified.length} unclassified lines\n`,
    );
    for (const f of r.flags) process.stdout.write(`  ${f.kind}${f.line ? ` (line ${f.line})` : ''}: ${f.message}\n`);
    for (const line of removedSummary(removed, r.source.bodyStart)) process.stdout.write(`  removed: ${line}\n`);
  }
}

main(process.argv.slice(2)).catch(fail);
