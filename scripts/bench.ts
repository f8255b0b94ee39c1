// npm run bench — speed and size of the project against its goals (see bench/README.md).
//   npm run bench                                   everything: sizes 5, 100, 1,000 and 5,000
//   npm run bench -- --sizes 5,100 --skip lighthouse,client   a quick run
// Options: --sizes N,N  --repeat N (builds per size, default 3)  --repeat-large N (builds per size
// above 1,000 plans, default 1: a 5,000-plan build takes minutes)  --runs N (loads per page for the
// client comparison, default 15)  --lh-runs N (default 3)  --skip convert,build,weight,lighthouse,client
// --profile (convert and build under --cpu-prof, hotspots printed, profiles in bench/profiles/)
// --keep (leave the temporary project copies)  --out FILE (default bench/results.json)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { measure } from './bench-convert.ts';
import { buildProject, type BuildResult, type PageType } from './bench/build.ts';
import { measureLoads, prepareClientPages, SLOW_4G, type LoadStats } from './bench/client.ts';
import { writeCorpus, type Corpus } from './bench/corpus.ts';
import { placement, type Placement } from './bench/placement.ts';
import { PlanRecord } from '../src/schema.ts';
import { CATEGORIES, runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { launchChromium } from './chromium.ts';
import { hotspots } from './bench/profile.ts';
import { copyProject, removeProject, ROOT } from './bench/project.ts';
import { serve } from './bench/serve.ts';
import { kb, mad, median, ok, table } from './bench/stats.ts';
import { pageWeights, searchWeight, typeWeights, type TypeWeight } from './bench/weight.ts';

const GOALS = {
  convertMBps: 10,
  build1000Seconds: 120,
  build5000Seconds: 300,
  peakBytes5000: 4 * 1024 ** 3,
  scaling: 1.1,
  convertScaling: 1.1,
  htmlCssGzip: 50 * 1024,
  fonts: 60 * 1024,
  js: 0,
  lighthouse: 100,
  /** Chart time of ours against the floor (the chart alone in a bare page), and against the client-rendered page. */
  floorRatio: { 'loopback, no throttling': 1.2, 'slow 4G, 4× CPU': 1.3 } as Record<string, number>,
  clientRatio: { 'slow 4G, 4× CPU': 0.35 } as Record<string, number>,
};

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string) => process.argv.includes(`--${name}`);
const sizes = (option('sizes') ?? '5,100,1000,5000').split(',').map(Number).filter((n) => n > 0);
const repeat = Number(option('repeat') ?? 3);
const repeatLarge = Number(option('repeat-large') ?? 1);
const timesFor = (n: number) => (n > 1000 ? Math.min(repeat, repeatLarge) : repeat);
const loadRuns = Number(option('runs') ?? 15);
const lhRuns = Number(option('lh-runs') ?? 3);
const skip = new Set((option('skip') ?? '').split(',').filter(Boolean));
const out = option('out') ?? join(ROOT, 'bench/results.json');
const profile = flag('profile');
const keep = flag('keep');

const log = (s: string) => process.stderr.write(`${s}\n`);
const print = (s = '') => process.stdout.write(`${s}\n`);
const section = (s: string) => print(`\n## ${s}\n`);
const load1 = () => Math.round(loadavg()[0]! * 100) / 100;

interface Goal {
  goal: string;
  /** The median (or the single figure), with its unit. */
  value: string;
  /** Lowest and highest of the runs behind the median, and how many. */
  range?: string;
  /** 1-minute load average at the start and end of the runs. */
  load?: string;
  met: boolean;
}
const GB = 1024 ** 3;
const gb = (b: number) => `${(b / GB).toFixed(2)} GB`;
const span = (xs: readonly number[], f: (x: number) => string) => `${f(Math.min(...xs))} – ${f(Math.max(...xs))} (${xs.length} run${xs.length > 1 ? 's' : ''})`;
const goals: Goal[] = [];
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  commit: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })(),
  machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, loadAtStart: loadavg().map((x) => Math.round(x * 100) / 100) },
  options: { sizes, repeat, repeatLarge, loadRuns, lhRuns, skip: [...skip] },
};

// --- 1. Converter throughput ------------------------------------------------------------
function converter(): void {
  log('converter throughput …');
  measure(20); // warm-up: JIT and taxonomy cache
  const runs = Array.from({ length: 7 }, () => measure(50));
  const mbps = median(runs);
  results.converter = { medianMBps: mbps, madMBps: mad(runs), runs, goalMBps: GOALS.convertMBps };
  section('Converter throughput (five documents × 50, 7 runs, one core)');
  print(`median ${mbps.toFixed(2)} MB/s (± ${mad(runs).toFixed(2)} MAD); runs ${runs.map((r) => r.toFixed(2)).join(' ')}`);
  goals.push({ goal: `converter ≥ ${GOALS.convertMBps} MB/s`, value: `${mbps.toFixed(2)} MB/s`, met: mbps >= GOALS.convertMBps });
}

// --- 2. Build scaling ---------------------------------------------------------------------
type Numeric = 'pages' | 'convertSeconds' | 'buildSeconds' | 'totalSeconds' | 'secondsPerPlan' | 'convertSecondsPerPlan' | 'pagesPerSecond' | 'distBytes' | 'convertPeakBytes' | 'buildPeakBytes' | 'peakBytes';
const NUMERIC: readonly Numeric[] = ['pages', 'convertSeconds', 'buildSeconds', 'totalSeconds', 'secondsPerPlan', 'convertSecondsPerPlan', 'pagesPerSecond', 'distBytes', 'convertPeakBytes', 'buildPeakBytes', 'peakBytes'];

interface SizeResult {
  plans: number;
  runs: BuildResult[];
  median: Record<Numeric, number> & {
    routes: Partial<Record<PageType, { pages: number; seconds: number }>>;
    phases: Record<string, number>;
    buildPeakBy: Record<string, number>;
  };
  /** Where the corpus's plans come from, and whether each landed there (synthetic corpora). */
  placement?: Omit<Placement, 'misplaced'> & { misplaced: number; examples: Placement['misplaced'] };
}

function medianBuild(runs: BuildResult[]): SizeResult['median'] {
  const m = (f: (r: BuildResult) => number) => median(runs.map(f));
  const types = new Set(runs.flatMap((r) => Object.keys(r.routes))) as Set<PageType>;
  const routes: SizeResult['median']['routes'] = {};
  for (const t of types) routes[t] = { pages: m((r) => r.routes[t]?.pages ?? 0), seconds: m((r) => r.routes[t]?.seconds ?? 0) };
  const keysOf = (f: (r: BuildResult) => Record<string, number>) => [...new Set(runs.flatMap((r) => Object.keys(f(r))))];
  const phases = Object.fromEntries(keysOf((r) => r.phases).map((k) => [k, m((r) => r.phases[k] ?? 0)]));
  const buildPeakBy = Object.fromEntries(keysOf((r) => r.buildPeakBy).map((k) => [k, m((r) => r.buildPeakBy[k] ?? 0)]));
  return { ...(Object.fromEntries(NUMERIC.map((k) => [k, m((r) => r[k])])) as Record<Numeric, number>), routes, phases, buildPeakBy };
}

/** The plans the converter wrote in a copy, by id. */
function convertedRecords(dir: string): Map<string, PlanRecord> {
  const out = new Map<string, PlanRecord>();
  const folder = join(dir, 'data/plans');
  for (const f of readdirSync(folder).filter((x) => x.endsWith('.json'))) {
    const r = PlanRecord.parse(JSON.parse(readFileSync(join(folder, f), 'utf8')));
    out.set(r.id, r);
  }
  return out;
}

/** Build a copy `times` times (a fresh copy each time: no warm caches); keep the last one. */
async function buildSize(label: string, plans: number | null, times: number): Promise<{ result: SizeResult; dir: string }> {
  const runs: BuildResult[] = [];
  let dir = '';
  let corpus: Corpus | null = null;
  for (let i = 0; i < times; i++) {
    if (dir) removeProject(dir);
    dir = copyProject(label);
    const n = plans ?? readdirSync(join(dir, 'content/sources')).length;
    if (plans !== null) corpus = writeCorpus(dir, plans);
    const profileDir = profile ? join(ROOT, 'bench/profiles', `${label}-${i + 1}`) : undefined;
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    log(`build ${label} (${n} plans), run ${i + 1}/${times}, load ${load1()} …`);
    const r = await buildProject(dir, n, profileDir);
    log(`  convert ${r.convertSeconds.toFixed(1)} s, astro build ${r.buildSeconds.toFixed(1)} s, ${r.pages} pages, peak ${gb(r.peakBytes)}, load ${r.load.join(' → ')}`);
    runs.push(r);
    if (profileDir) printHotspots(profileDir);
  }
  const result: SizeResult = { plans: runs[0]!.plans, runs, median: medianBuild(runs) };
  if (corpus) {
    const p = placement(corpus, convertedRecords(dir));
    result.placement = { ...p, misplaced: p.misplaced.length, examples: p.misplaced.slice(0, 10) };
  }
  return { result, dir };
}

function printHotspots(dir: string): void {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const top = hotspots(JSON.parse(readFileSync(join(dir, f), 'utf8')), 12).filter((h) => h.fn !== '(idle)');
    if (top.length === 0 || top.reduce((a, h) => a + h.selfMs, 0) < 500) continue;
    log(`  profile ${f}:`);
    for (const h of top) log(`    ${h.selfMs.toFixed(0).padStart(6)} ms ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.fn}  ${h.where}`);
  }
}

function printBuilds(sizesOut: SizeResult[], real: SizeResult | null): void {
  section(`Build scaling (median of ${repeat} builds each, ${repeatLarge} above 1,000 plans; fresh copy per build)`);
  const rows = [...(real ? [{ label: 'real', r: real }] : []), ...sizesOut.map((r) => ({ label: 'synthetic', r }))];
  const loads = (r: SizeResult) => `${Math.min(...r.runs.map((x) => x.load[0]))}–${Math.max(...r.runs.map((x) => x.load[1]))}`;
  print(
    table(
      ['corpus', 'plans', 'pages', 'convert s', 'astro s', 'total s', 'total range', 's/plan', 'convert ms/plan', 'pages/s', 'peak GB', 'dist MB', 'load'],
      rows.map(({ label, r }) => [
        label,
        r.plans,
        r.median.pages,
        r.median.convertSeconds.toFixed(1),
        r.median.buildSeconds.toFixed(1),
        r.median.totalSeconds.toFixed(1),
        span(r.runs.map((x) => x.totalSeconds), (x) => x.toFixed(1)),
        r.median.secondsPerPlan.toFixed(3),
        (r.median.convertSecondsPerPlan * 1000).toFixed(1),
        r.median.pagesPerSecond.toFixed(1),
        (r.median.peakBytes / GB).toFixed(2),
        (r.median.distBytes / 1e6).toFixed(1),
        loads(r),
      ]),
    ),
  );
  print('\nWhere the time goes (s, median; from the build log) and the build\'s peak memory by program (GB):');
  const phases = [...new Set(rows.flatMap(({ r }) => Object.keys(r.median.phases)))];
  const programs = [...new Set(rows.flatMap(({ r }) => Object.keys(r.median.buildPeakBy)))];
  print(
    table(
      ['plans', ...phases, ...programs.map((p) => `${p} GB`)],
      rows.map(({ r }) => [r.plans, ...phases.map((k) => (r.median.phases[k] ?? 0).toFixed(1)), ...programs.map((p) => ((r.median.buildPeakBy[p] ?? 0) / GB).toFixed(2))]),
    ),
  );
  const placed = sizesOut.filter((r) => r.placement);
  if (placed.length) {
    print('\nWhere the synthetic plans come from (distinct places of the gazetteer that issue one), and plans the converter put elsewhere:');
    print(
      table(
        ['plans', 'provinces 2024', 'districts 2024', 'provinces 2025', 'communes 2025', 'misplaced'],
        placed.map((r) => {
          const p = r.placement!;
          return [r.plans, p.places['province-2024'], p.places['district-2024'], p.places['province-2025'], p.places['commune-2025'], p.misplaced];
        }),
      ),
    );
    for (const r of placed) for (const x of r.placement!.examples) print(`  misplaced (${r.plans}): ${x.slug}: ${x.got ?? 'not converted'}, not ${x.expected}`);
  }
  const types = [...new Set(rows.flatMap(({ r }) => Object.keys(r.median.routes)))] as PageType[];
  print('\nAstro render time by page type (s, summed over pages; ms per page in brackets):');
  print(
    table(
      ['plans', ...types],
      rows.map(({ r }) => [
        r.plans,
        ...types.map((t) => {
          const x = r.median.routes[t];
          return x && x.pages ? `${x.seconds.toFixed(1)} (${((x.seconds / x.pages) * 1000).toFixed(0)})` : '—';
        }),
      ]),
    ),
  );
}

const loadOf = (...rs: SizeResult[]) => {
  const runs = rs.flatMap((r) => r.runs);
  return `${Math.min(...runs.map((x) => x.load[0]))} → ${Math.max(...runs.map((x) => x.load[1]))}`;
};

/** The build goals of issue 13 and before: time, memory, and how they scale with the corpus. */
function buildGoals(built: SizeResult[]): void {
  const at = (n: number) => built.find((b) => b.plans === n);
  const secs = (r: SizeResult) => r.runs.map((x) => x.totalSeconds);
  for (const [n, limit] of [[1000, GOALS.build1000Seconds], [5000, GOALS.build5000Seconds]] as const) {
    const b = at(n);
    if (b) goals.push({ goal: `full build (convert + astro build) of ${n.toLocaleString('en')} plans ≤ ${limit} s`, value: `${b.median.totalSeconds.toFixed(1)} s`, range: span(secs(b), (x) => `${x.toFixed(1)} s`), load: loadOf(b), met: b.median.totalSeconds <= limit });
  }
  const b5000 = at(5000);
  if (b5000) {
    const by = Object.entries(b5000.median.buildPeakBy).sort((a, b) => b[1] - a[1]).map(([p, x]) => `${p} ${gb(x)}`).join(', ');
    goals.push({ goal: 'peak memory at 5,000 plans ≤ 4 GB (with child processes)', value: `${gb(b5000.median.peakBytes)} (${by})`, range: span(b5000.runs.map((x) => x.peakBytes), gb), load: loadOf(b5000), met: b5000.median.peakBytes <= GOALS.peakBytes5000 });
  }
  const ratios: [number, number][] = [[100, 1000], [1000, 5000]];
  results.scaling = {};
  for (const [small, large] of ratios) {
    const a = at(small);
    const b = at(large);
    if (!a || !b) continue;
    const ratio = b.median.secondsPerPlan / a.median.secondsPerPlan;
    const lo = Math.min(...b.runs.map((x) => x.secondsPerPlan)) / Math.max(...a.runs.map((x) => x.secondsPerPlan));
    const hi = Math.max(...b.runs.map((x) => x.secondsPerPlan)) / Math.min(...a.runs.map((x) => x.secondsPerPlan));
    (results.scaling as Record<string, unknown>)[`${large}/${small}`] = { ratio, goal: GOALS.scaling };
    goals.push({ goal: `s/plan at ${large.toLocaleString('en')} ≤ ${GOALS.scaling} × s/plan at ${small.toLocaleString('en')}`, value: `${ratio.toFixed(3)} × (${b.median.secondsPerPlan.toFixed(3)} / ${a.median.secondsPerPlan.toFixed(3)} s)`, range: `${lo.toFixed(3)} – ${hi.toFixed(3)} ×`, load: loadOf(a, b), met: ratio <= GOALS.scaling });
  }
  // The converter's time per plan as the places grow (more of the gazetteer named at each size).
  const synthetic = built.filter((b) => b.plans >= 100);
  if (synthetic.length >= 2) {
    const first = synthetic[0]!;
    const last = synthetic[synthetic.length - 1]!;
    const ratio = last.median.convertSecondsPerPlan / first.median.convertSecondsPerPlan;
    const places = (r: SizeResult) => (r.placement ? Object.values(r.placement.places).reduce((x, y) => x + y, 0) : 0);
    goals.push({
      goal: `converter time per plan flat as places grow: at ${last.plans.toLocaleString('en')} ≤ ${GOALS.convertScaling} × at ${first.plans.toLocaleString('en')}`,
      value: `${ratio.toFixed(3)} × (${(last.median.convertSecondsPerPlan * 1000).toFixed(1)} / ${(first.median.convertSecondsPerPlan * 1000).toFixed(1)} ms; ${places(first)} → ${places(last)} places)`,
      range: synthetic.map((r) => `${r.plans}: ${span(r.runs.map((x) => x.convertSecondsPerPlan * 1000), (x) => x.toFixed(1))} ms`).join('; '),
      load: loadOf(first, last),
      met: ratio <= GOALS.convertScaling,
    });
  }
  const misplaced = built.filter((b) => b.placement && b.placement.misplaced > 0);
  if (built.some((b) => b.placement)) goals.push({ goal: 'synthetic plans converted to the place that issued them', value: misplaced.length ? misplaced.map((b) => `${b.placement!.misplaced} misplaced at ${b.plans}`).join(', ') : '0 misplaced', met: misplaced.length === 0 });
}

// --- 3. Page weight --------------------------------------------------------------------------
function printWeights(label: string, ws: TypeWeight[]): void {
  section(`Page weight: ${label} (HTML+CSS gzip per page; fonts fetched by Chromium for the heaviest page)`);
  print(
    table(
      ['type', 'lang', 'pages', 'HTML+CSS gz median', 'HTML+CSS gz max', 'HTML raw max', 'CSS gz', 'JS', 'fonts', 'font files', 'heaviest page'],
      ws.map((w) => [
        w.type,
        w.lang,
        w.pages,
        kb(w.htmlCssGzipMedian),
        kb(w.htmlCssGzipMax),
        kb(w.htmlRawMax),
        kb(w.cssGzip),
        `${w.jsBytesMax} B`,
        w.fonts ? kb(w.fonts.bytes) : '—',
        w.fonts ? w.fonts.files : '—',
        w.heaviest,
      ]),
    ),
  );
}

function weightGoals(label: string, ws: TypeWeight[]): void {
  const worst = ws.reduce((a, b) => (b.htmlCssGzipMax > a.htmlCssGzipMax ? b : a));
  const over = ws.filter((w) => w.htmlCssGzipMax > GOALS.htmlCssGzip).map((w) => `${w.type}/${w.lang}`);
  goals.push({
    goal: `${label}: HTML+CSS ≤ 50 KB gzip on every page`,
    value: `max ${kb(worst.htmlCssGzipMax)} (${worst.heaviest})${over.length ? `; over: ${over.join(', ')}` : ''}`,
    met: over.length === 0,
  });
  const fonts = ws.filter((w) => w.fonts).map((w) => w.fonts!.bytes);
  if (fonts.length) goals.push({ goal: `${label}: fonts ≤ 60 KB per page`, value: `max ${kb(Math.max(...fonts))}`, met: Math.max(...fonts) <= GOALS.fonts });
  // The search page is the one page with a script (Pagefind); every other page has none.
  const js = Math.max(...ws.filter((w) => w.type !== 'search').map((w) => w.jsBytesMax));
  goals.push({ goal: `${label}: JavaScript 0 bytes (but the search page)`, value: `${js} B`, met: js === GOALS.js });
}

function printSearch(label: string, dist: string): void {
  const s = searchWeight(dist);
  if (!s) return;
  section(`Search: ${label} (Pagefind index in dist/pagefind/, and the search page)`);
  print(
    table(
      ['language', 'pages indexed', 'index', 'fragments'],
      s.languages.map((l) => [l.lang, l.pages, kb(l.indexBytes), kb(l.fragmentBytes)]),
    ),
  );
  print(`  index on disk: ${s.indexFiles} files, ${kb(s.indexBytes)}; search page HTML+CSS ${kb(s.pageHtmlCssGzip)} gzip; a first search loads ${kb(s.firstSearchJsBytes)} of script and WebAssembly`);
  goals.push({ goal: `${label}: search page HTML+CSS ≤ 50 KB gzip`, value: kb(s.pageHtmlCssGzip), met: s.pageHtmlCssGzip <= GOALS.htmlCssGzip });
}

async function weigh(label: string, dir: string, browser: Browser | null): Promise<TypeWeight[]> {
  log(`page weight: ${label} …`);
  const dist = join(dir, 'dist');
  let ws: TypeWeight[];
  if (browser) {
    const server = await serve(dist);
    try {
      ws = await typeWeights(dist, browser, server.url);
    } finally {
      await server.close();
    }
  } else ws = await typeWeights(dist);
  printWeights(label, ws);
  weightGoals(label, ws);
  printSearch(label, dist);
  return ws;
}

// --- 4. Lighthouse -------------------------------------------------------------------------
async function lighthouseOn(dir: string, client: { indicator: string } | null): Promise<LighthouseResult[]> {
  log('lighthouse …');
  const dist = join(dir, 'dist');
  const pages = pageWeights(dist);
  const plan = pages.find((p) => p.type === 'plan' && p.lang === 'vi')!;
  const indicator = client ? `/chi-tieu/${client.indicator}/` : pages.find((p) => p.type === 'indicator' && p.lang === 'vi')!.path;
  const server = await serve(dist);
  try {
    const res = await runLighthouse([{ page: 'home', path: '/' }, { page: 'indicator', path: indicator }, { page: 'plan', path: plan.path }], server.url, lhRuns);
    section(`Lighthouse (mobile preset, median of ${lhRuns} runs)`);
    print(
      table(
        ['page', 'path', ...CATEGORIES, 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'],
        res.map((r) => [r.page, r.path, ...CATEGORIES.map((c) => r.scores[c]), r.metrics.fcpMs.toFixed(0), r.metrics.lcpMs.toFixed(0), r.metrics.tbtMs.toFixed(0), r.metrics.cls.toFixed(3)]),
      ),
    );
    for (const r of res) {
      for (const f of r.failing) print(`  ${r.page} · ${f.category}: ${f.id} — ${f.title}${f.value ? ` (${f.value})` : ''}${f.where.length ? ` at ${f.where.join(' | ')}` : ''}`);
    }
    for (const c of CATEGORIES) {
      const min = Math.min(...res.map((r) => r.scores[c]));
      goals.push({ goal: `Lighthouse ${c} = 100 (home, indicator, plan)`, value: res.map((r) => `${r.page} ${r.scores[c]}`).join(', '), met: min >= GOALS.lighthouse });
    }
    return res;
  } finally {
    await server.close();
  }
}

// --- 5. Client-rendered alternative --------------------------------------------------------
async function clientComparison(dir: string, browser: Browser): Promise<{ indicator: string } & Record<string, unknown>> {
  log('client-rendered comparison …');
  const work = mkdtempSync(join(tmpdir(), 'bench-client-'));
  try {
    const pages = await prepareClientPages(dir, work);
    const server = await serve(pages.root);
    const conditions: Record<string, { ours: LoadStats; theirs: LoadStats; floor: LoadStats }> = {};
    try {
      for (const throttle of [undefined, SLOW_4G]) {
        const name = throttle?.name ?? 'loopback, no throttling';
        log(`  ${name}: ${loadRuns} loads each …`);
        // Interleaved in halves so that a change in the machine's load hits both pages alike.
        const half = Math.ceil(loadRuns / 2);
        const a1 = await measureLoads(browser, server.url + pages.ours, half, throttle);
        const b1 = await measureLoads(browser, server.url + pages.theirs, half, throttle);
        const c1 = await measureLoads(browser, server.url + pages.floor, half, throttle);
        const a2 = await measureLoads(browser, server.url + pages.ours, loadRuns - half, throttle);
        const b2 = await measureLoads(browser, server.url + pages.theirs, loadRuns - half, throttle);
        const c2 = await measureLoads(browser, server.url + pages.floor, loadRuns - half, throttle);
        const merge = (x: LoadStats, y: LoadStats): LoadStats => {
          const runs = [...x.chartMsRuns, ...y.chartMsRuns];
          return { chartMs: median(runs), chartMsRuns: runs, bytes: median([x.bytes, y.bytes]), requests: x.requests };
        };
        conditions[name] = { ours: merge(a1, a2), theirs: merge(b1, b2), floor: merge(c1, c2) };
      }
    } finally {
      await server.close();
    }
    section(`Ours (inline SVG) vs client-rendered Plot bundle: ${pages.indicator}, ${pages.points} points, median of ${loadRuns} loads`);
    print(`bundle: ${kb(pages.bundleBytes)} raw, ${kb(pages.bundleGzip)} gzip (Plot, d3 and our chart code, minified)`);
    print('floor: the same drawing alone in a bare page (no CSS, no fonts), the least time a fetched page needs to paint it');
    print(
      table(
        ['conditions', 'ours ms', 'theirs ms', 'time ratio', 'floor ms', 'floor ratio', 'ours bytes', 'theirs bytes', 'bytes ratio', 'requests ours/theirs'],
        Object.entries(conditions).map(([name, { ours, theirs, floor }]) => [
          name,
          ours.chartMs.toFixed(0),
          theirs.chartMs.toFixed(0),
          (ours.chartMs / theirs.chartMs).toFixed(3),
          floor.chartMs.toFixed(0),
          (floor.chartMs / theirs.chartMs).toFixed(3),
          kb(ours.bytes),
          kb(theirs.bytes),
          (ours.bytes / theirs.bytes).toFixed(3),
          `${ours.requests}/${theirs.requests}`,
        ]),
      ),
    );
    const l = `${load1()}`;
    for (const [name, { ours, floor }] of Object.entries(conditions)) {
      const goal = GOALS.floorRatio[name];
      if (goal === undefined) continue;
      const ratio = ours.chartMs / floor.chartMs;
      goals.push({ goal: `chart time ours/floor ≤ ${goal} (${name})`, value: ratio.toFixed(3), range: `ours ${span(ours.chartMsRuns, (x) => x.toFixed(0))} ms; floor ${span(floor.chartMsRuns, (x) => x.toFixed(0))} ms`, load: l, met: ratio <= goal });
    }
    for (const [name, { ours, theirs }] of Object.entries(conditions)) {
      const goal = GOALS.clientRatio[name];
      if (goal === undefined) continue;
      const ratio = ours.chartMs / theirs.chartMs;
      goals.push({ goal: `chart time ours/client-rendered ≤ ${goal} (${name})`, value: ratio.toFixed(3), range: `theirs ${span(theirs.chartMsRuns, (x) => x.toFixed(0))} ms`, load: l, met: ratio <= goal });
    }
    return { indicator: pages.indicator, points: pages.points, bundleBytes: pages.bundleBytes, bundleGzip: pages.bundleGzip, conditions };
  } finally {
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
}

// --- main ----------------------------------------------------------------------------------
async function main(): Promise<void> {
  print(`# npm run bench — ${new Date().toISOString()}, ${cpus().length} cores, Node ${process.version}, 1-min load at start ${load1()}`);
  if (!skip.has('convert')) converter();

  const needBrowser = !skip.has('weight') || !skip.has('lighthouse') || !skip.has('client');
  const browser = needBrowser ? await launchChromium() : null;
  const dirs: string[] = [];
  try {
    // The real site: built once per repeat like the synthetic ones; its dist serves 3–5.
    const needReal = !skip.has('build') || !skip.has('weight') || !skip.has('lighthouse') || !skip.has('client');
    let real: { result: SizeResult; dir: string } | null = null;
    if (needReal) {
      real = await buildSize('real', null, skip.has('build') ? 1 : repeat);
      dirs.push(real.dir);
      results.real = real.result;
    }
    const built: SizeResult[] = [];
    let largest: { plans: number; dir: string } | null = null;
    if (!skip.has('build')) {
      for (const n of sizes) {
        const { result, dir } = await buildSize(`n${n}`, n, timesFor(n));
        built.push(result);
        if (largest) removeProject(largest.dir);
        largest = { plans: n, dir };
      }
      if (largest) dirs.push(largest.dir);
      results.builds = built;
      printBuilds(built, real?.result ?? null);
      buildGoals(built);
    }

    let client: { indicator: string } | null = null;
    if (real && browser) {
      if (!skip.has('weight')) {
        const w: Record<string, TypeWeight[]> = { real: await weigh('real site (5 plans)', real.dir, browser) };
        if (largest) w[`n${largest.plans}`] = await weigh(`synthetic site (${largest.plans} plans)`, largest.dir, browser);
        results.weight = w;
      }
      if (!skip.has('client')) results.client = client = await clientComparison(real.dir, browser);
      if (!skip.has('lighthouse')) results.lighthouse = await lighthouseOn(real.dir, client);
    }
  } finally {
    await browser?.close();
    if (!keep) for (const d of dirs) removeProject(d);
    else if (dirs.length) log(`kept: ${dirs.join(' ')}`);
  }

  (results.machine as Record<string, unknown>).loadAtEnd = loadavg().map((x) => Math.round(x * 100) / 100);
  results.goals = goals;
  section('Goals');
  print(table(['goal', 'median', 'range', '1-min load', ''], goals.map((g) => [g.goal, g.value, g.range ?? '', g.load ?? '', ok(g.met)])));
  print(`\n1-min load: ${(results.machine as { loadAtStart: number[] }).loadAtStart[0]} at start, ${load1()} at end`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  print(`results: ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
