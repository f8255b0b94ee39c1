// npm run fuzz                               10,000 random mutations of the five documents (text, bytes,
//                                            invisible and control characters, frontmatter, and as
//                                            .docx with or without a bomb part), random seed
// npm run fuzz -- --runs 500                 another number of cases
// npm run fuzz -- --seed 42 --path 1234      replay (and shrink) case 1234 of the run with seed 42
//
// Each case is checked against the properties of tests/helpers/mutations.ts: only ConvertError
// is thrown, no document takes more than 2 s, no surviving target line is lost. Prints how many
// ran and failed; the first failure of each kind is shrunk to a minimal counterexample.
import '../src/convert/tuning.ts';
import fc from 'fast-check';
import { check, mutation, type Failure, type Mutation } from '../tests/helpers/mutations.ts';

function option(args: string[], name: string): number | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isSafeInteger(value) || value < (name === '--runs' ? 1 : 0)) {
    process.stderr.write(`error: ${name} needs a whole number${name === '--runs' ? ' of at least 1' : ''}\n`);
    process.exit(2);
  }
  return value;
}

const args = process.argv.slice(2);
const path = option(args, '--path');
const runs = path === undefined ? (option(args, '--runs') ?? 10_000) : 1;
const seed = option(args, '--seed') ?? Math.floor(Math.random() * 2 ** 31);
const arbitrary = mutation();

/** The property as fast-check sees it, for shrinking: a failure is thrown. */
const failing = fc.asyncProperty(arbitrary, async (m: Mutation) => {
  const failure = await check(m);
  if (failure) throw new Error(`${failure.kind}: ${failure.message}`);
});

async function shrink(at: number): Promise<string> {
  // A slow case makes every shrinking step slow, hence the time limit.
  const details = await fc.check(failing, { seed, path: String(at), interruptAfterTimeLimit: 120_000 });
  if (!details.failed || !details.counterexample) return '  (did not fail again when replayed)\n';
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `  minimal counterexample (${details.numShrinks} shrinks${details.interrupted ? ', stopped after 2 min' : ''}): ${JSON.stringify(details.counterexample[0])}\n  ${error}\n`;
}

if (path !== undefined) {
  process.stdout.write(`fuzz: case ${path} of seed ${seed}\n`);
  const failure = await check(fc.sample(arbitrary, { seed, numRuns: path + 1 })[path]!);
  process.stdout.write(failure ? `failed: ${failure.kind}: ${failure.message}\n${await shrink(path)}` : 'passed\n');
  process.exit(failure ? 1 : 0);
}

// Pass 1: every case, failures recorded rather than thrown so that the run goes on.
const failures = new Map<Failure['kind'], { count: number; cases: number[] }>();
let index = 0;
const start = Date.now();
process.stdout.write(`fuzz: ${runs} cases from seed ${seed}\n`);
const recording = fc.asyncProperty(arbitrary, async (m: Mutation) => {
  const failure = await check(m);
  if (failure) {
    const seen = failures.get(failure.kind) ?? { count: 0, cases: [] };
    failures.set(failure.kind, seen);
    seen.count++;
    if (seen.cases.length < 10) seen.cases.push(index);
  }
  index++;
  if (index % 1000 === 0) process.stdout.write(`  ${index} ran, ${total()} failed (${Math.round((Date.now() - start) / 1000)} s)\n`);
});
const total = () => [...failures.values()].reduce((n, f) => n + f.count, 0);
await fc.assert(recording, { seed, numRuns: runs });

process.stdout.write(`ran ${index}, failed ${total()}${total() ? ` (${[...failures].map(([k, f]) => `${k}: ${f.count}`).join(', ')})` : ''}; seed ${seed}\n`);
for (const [kind, f] of failures) {
  process.stdout.write(`\n${kind}: ${f.count} case(s): ${f.cases.join(', ')}${f.count > f.cases.length ? ', …' : ''}\n`);
  process.stdout.write(`  replay: npm run fuzz -- --seed ${seed} --path ${f.cases[0]}\n`);
  process.stdout.write(await shrink(f.cases[0]!));
}
process.exit(total() ? 1 : 0);
