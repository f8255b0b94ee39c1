// Convert and build one project copy, timed separately, with Astro's time for each page summed
// by page type (the per-route timing that shows a quadratic page).
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runOk } from './project.ts';

export const PAGE_TYPES = ['home', 'plan', 'indicator', 'body', 'province', 'compare', 'lists', 'data', 'embed', 'search'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The type of a built page from its path ("/en/chi-tieu/x/index.html" → indicator). */
export function pageType(path: string): PageType {
  const p = path.replace(/^\/en(?=\/)/, '').replace(/index\.html$/, '');
  if (p === '/') return 'home';
  if (/^\/du-lieu\/.+\.\w+$/.test(p)) return 'data';
  if (p.startsWith('/so-sanh/')) return 'compare';
  if (p === '/tim-kiem/') return 'search';
  if (p.startsWith('/nhung/')) return 'embed';
  if (p.startsWith('/bieu-do/')) return 'data';
  // An indicator or a body in one province, when the site splits by province (src/site/split.ts).
  if (/^\/chi-tieu\/[^/]+\/[^/]+\/$/.test(p)) return 'indicator';
  if (/^\/co-quan\/(?!ma-tran\/)[^/]+\/[^/]+\/$/.test(p)) return 'body';
  const m = /^\/([^/]+)\/([^/]+)\/$/.exec(p);
  if (!m) return 'lists';
  const [, section, item] = m;
  if (section === 'ke-hoach') return 'plan';
  if (section === 'chi-tieu') return 'indicator';
  if (section === 'co-quan' && item !== 'ma-tran') return 'body';
  if (section === 'tinh') return 'province';
  return 'lists';
}

export interface RouteTime {
  pages: number;
  /** Astro's render time of these pages, summed. */
  seconds: number;
}

export interface BuildResult {
  plans: number;
  /** HTML pages written. */
  pages: number;
  convertSeconds: number;
  buildSeconds: number;
  totalSeconds: number;
  secondsPerPlan: number;
  pagesPerSecond: number;
  /** Convert seconds per plan: flat when the converter's cost does not grow with the places. */
  convertSecondsPerPlan: number;
  routes: Partial<Record<PageType, RouteTime>>;
  distBytes: number;
  /** Peak resident memory of convert and of astro build, each with every process it started (bytes). */
  convertPeakBytes: number;
  buildPeakBytes: number;
  peakBytes: number;
  /** At the build's peak: resident memory by program (node, pagefind, …). */
  buildPeakBy: Record<string, number>;
  /** Seconds of the build's phases, from its log (phases.ts). */
  phases: Record<string, number>;
  /** 1-minute load average when the build started and when it ended. */
  load: [number, number];
}

const load1 = () => Math.round(loadavg()[0]! * 100) / 100;

/** Astro prints "├─ /en/ke-hoach/x/index.html (+13ms)" for every page it renders. */
export function routeTimes(log: string): Partial<Record<PageType, RouteTime>> {
  const out: Partial<Record<PageType, RouteTime>> = {};
  // eslint-disable-next-line no-control-regex
  for (const m of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─ (\/\S+) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const t = pageType(m[1]!);
    const s = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
    const r = (out[t] ??= { pages: 0, seconds: 0 });
    r.pages++;
    r.seconds += s;
  }
  return out;
}

function walk(dir: string, f: (path: string) => void): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, f);
    else f(p);
  }
}

export function distStats(dist: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  walk(dist, (p) => {
    bytes += statSync(p).size;
    if (p.endsWith('.html')) pages++;
  });
  return { pages, bytes };
}

/**
 * `npm run convert` then `astro build` in a project copy. With `profileDir`, both run under
 * --cpu-prof and leave their profiles there.
 */
export async function buildProject(dir: string, plans: number, profileDir?: string): Promise<BuildResult> {
  const env: Record<string, string> = { CONVERT_ROOT: dir, ASTRO_TELEMETRY_DISABLED: '1' };
  if (profileDir) {
    mkdirSync(profileDir, { recursive: true });
    env.NODE_OPTIONS = `--cpu-prof --cpu-prof-dir=${profileDir}`;
  }
  const loadAtStart = load1();
  const convert = await runOk(dir, 'tsx', ['scripts/convert.ts'], env);
  const build = await runOk(dir, 'astro', ['build'], env);
  const { pages, bytes } = distStats(join(dir, 'dist'));
  const total = convert.seconds + build.seconds;
  const log = build.stdout + build.stderr;
  return {
    plans,
    pages,
    convertSeconds: convert.seconds,
    buildSeconds: build.seconds,
    totalSeconds: total,
    secondsPerPlan: total / plans,
    convertSecondsPerPlan: convert.seconds / plans,
    pagesPerSecond: pages / build.seconds,
    routes: routeTimes(log),
    distBytes: bytes,
    convertPeakBytes: convert.peakBytes,
    buildPeakBytes: build.peakBytes,
    peakBytes: Math.max(convert.peakBytes, build.peakBytes),
    buildPeakBy: build.peakBy,
    phases: { convert: convert.seconds, ...buildPhases(log, build.seconds) },
    load: [loadAtStart, load1()],
  };
}

/**
 * Where astro build's time goes, from the time stamps of its log: syncing the content
 * collection, bundling (vite), rendering the pages, then the integrations that run once the
 * pages are written (the sitemap, the search index, then the wait for the province charts'
 * PNGs, made on other threads from the end of the rendering). A phase lasts from its first line to the
 * next phase's; "start" is what precedes the first stamped line (starting Node and Astro,
 * loading the config), "finish" what follows the last phase's end.
 */
export function buildPhases(log: string, totalSeconds: number): Record<string, number> {
  // eslint-disable-next-line no-control-regex
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const marks: { at: number; phase: string }[] = [];
  let day = 0;
  let last = -1;
  for (const line of lines) {
    const m = /^(\d\d):(\d\d):(\d\d) +(?:\[([^\]]+)\] )?(.*)$/.exec(line);
    if (!m) continue;
    let at = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + day;
    if (at < last) {
      day += 86400;
      at += 86400;
    }
    last = at;
    const tag = m[4] ?? '';
    const text = m[5] ?? '';
    const phase =
      tag === 'content' || tag === 'types' ? 'content sync'
      : /^[├└]─/.test(text) ? 'render pages'
      : tag === 'vite' || /Collecting build info|Building static entrypoints|Rearranging/.test(text) ? 'bundle'
      : tag === '@astrojs/sitemap' ? 'sitemap'
      : tag === 'search-index' ? (/pages indexed/.test(text) ? 'finish' : 'search index')
      // The province charts' PNGs are made beside the search index; what the build still waits for after it.
      : tag === 'chart-pngs' ? (/PNGs written/.test(text) ? 'finish' : /waiting/.test(text) ? 'chart PNGs' : null)
      : null;
    if (phase && marks[marks.length - 1]?.phase !== phase) marks.push({ at, phase });
  }
  if (!marks.length) return { astro: totalSeconds };
  const out: Record<string, number> = {};
  for (let i = 0; i < marks.length - 1; i++) out[marks[i]!.phase] = (out[marks[i]!.phase] ?? 0) + marks[i + 1]!.at - marks[i]!.at;
  const stamped = marks[marks.length - 1]!.at - marks[0]!.at;
  // What the stamps do not cover, before the first and after the last (one-second stamps).
  out.start = Math.max(0, totalSeconds - stamped - 1);
  out.finish = (out.finish ?? 0) + Math.min(1, Math.max(0, totalSeconds - stamped));
  return out;
}
