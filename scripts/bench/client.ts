// Ours against the client-rendered alternative. Ours: the real indicator page, its chart inline
// SVG. Theirs: the same page without the SVG, plus a bundle of Plot and our chart code that
// fetches the chart's data and draws it in the browser. Both are served from 127.0.0.1 and
// loaded in headless Chromium, each load in a fresh context with the cache disabled.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import type { PlanRecord } from '../../src/schema.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import { createSite } from '../../src/site/model.ts';
import { chartRows, indicatorTargetRows } from '../../src/site/indicators.ts';
import { documentList, indicatorFinding } from '../../src/site/findings.ts';
import { provinceColors } from '../../src/site/colors.ts';
import type { ChartData } from './client/entry.ts';
import { ROOT } from './project.ts';
import { median } from './stats.ts';

export interface ClientPages {
  /** Site root to serve: a copy of dist/ with the comparison page under /_bench/. */
  root: string;
  ours: string;
  theirs: string;
  /** The chart alone in a bare page: the least time any fetched page needs to paint it. */
  floor: string;
  indicator: string;
  points: number;
  bundleBytes: number;
  bundleGzip: number;
}

/** The indicator with the most points on its chart: the heaviest chart the site draws. */
function chartData(siteDir: string): { slug: string; points: number; data: ChartData } {
  const dir = join(siteDir, 'data/plans');
  const records = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as PlanRecord);
  const tax = loadTaxonomies(join(siteDir, 'data') + '/');
  const site = createSite(records, tax);
  const lang = 'vi' as const;
  const ranked = site.indicators
    .map((indicator) => ({ indicator, rows: indicatorTargetRows(site, indicator.id, lang) }))
    .map((x) => ({ ...x, points: chartRows(x.rows).length }))
    .sort((a, b) => b.points - a.points);
  const { indicator, rows, points } = ranked[0]!;
  // The same title and source line as the page (src/site/home.ts, indicatorChart).
  const text = { title: indicatorFinding(site, indicator, lang, rows), source: documentList(site, rows.map((r) => r.plan), lang) };
  // A client app would not ship whole records: each plan's id and its targets for this indicator
  // (the chart reads a target's commitment, which its other figures for the same year decide),
  // each row naming its target by position, since JSON cannot carry the shared object.
  const plans = new Map(rows.map((r) => [r.plan.id, r.plan.targets.filter((t) => t.indicator === indicator.id)]));
  const slim = rows.map(({ plan, target, ...rest }) => {
    const at = plans.get(plan.id)!.indexOf(target);
    if (at < 0) throw new Error(`${plan.id}: a target of ${indicator.id} that is not among its targets`);
    return { ...rest, plan: plan.id, target: at };
  });
  const data: ChartData = { indicator, plans: [...plans].map(([id, targets]) => ({ id, targets })), rows: slim, colors: [...provinceColors(tax.regions)], lang, text };
  return { slug: indicator.slug, points, data };
}

/** Build the comparison page in `work`, next to a copy of the site's dist/. */
export async function prepareClientPages(siteDir: string, work: string): Promise<ClientPages> {
  const { slug, points, data } = chartData(siteDir);
  const root = join(work, 'site');
  cpSync(join(siteDir, 'dist'), root, { recursive: true });
  const ours = `/chi-tieu/${slug}/`;
  const html = readFileSync(join(root, ours, 'index.html'), 'utf8');
  let emptied = 0;
  let policies = 0;
  const theirs = html
    // The chart's two drawings go; the figure, its title and everything else stay, the inline
    // stylesheet too: both pages paint with the same CSS, carried the same way. Without the
    // policy theirs needs no hash for it.
    .replace(/(<div class="chart-(?:wide|narrow)"[^>]*>)[\s\S]*?(<\/div>)/g, (_, open: string, close: string) => (emptied++, open + close))
    // Our pages forbid scripts; theirs needs one.
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/g, () => (policies++, ''))
    .replace('</head>', '<script type="module" src="/_bench/chart.js"></script></head>');
  if (emptied !== 2) throw new Error(`expected the chart's two drawings in ${ours}, found ${emptied}`);
  if (policies !== 1) throw new Error(`expected one Content-Security-Policy in ${ours}, found ${policies}`);
  mkdirSync(join(root, '_bench/indicator'), { recursive: true });
  writeFileSync(join(root, '_bench/indicator/index.html'), theirs);
  // The floor: the same phone-width drawing alone in the smallest valid page, no CSS, no fonts.
  // No page that has to be fetched and painted can show the chart sooner.
  const svg = /<div class="chart-narrow"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  if (!svg) throw new Error(`expected the chart's phone-width drawing in ${ours}`);
  mkdirSync(join(root, '_bench/floor'), { recursive: true });
  writeFileSync(
    join(root, '_bench/floor/index.html'),
    `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>floor</title><figure id="bieu-do"><div class="chart-narrow">${svg}</div></figure></html>`,
  );
  writeFileSync(join(root, '_bench/data.json'), JSON.stringify(data));
  const out = await build({
    entryPoints: [join(ROOT, 'scripts/bench/client/entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
    plugins: [
      {
        name: 'browser-chart',
        setup(b) {
          b.onResolve({ filter: /^jsdom$/ }, () => ({ path: join(ROOT, 'scripts/bench/client/jsdom-stub.ts') }));
          b.onResolve({ filter: /^@observablehq\/plot$/ }, () => ({ path: join(ROOT, 'scripts/bench/client/plot-one-width.ts') }));
          b.onResolve({ filter: /^zod$/ }, () => ({ path: join(ROOT, 'scripts/bench/client/zod-stub.ts') }));
        },
      },
    ],
  });
  const bundle = out.outputFiles[0]!.contents;
  writeFileSync(join(root, '_bench/chart.js'), bundle);
  return { root, ours, theirs: '/_bench/indicator/', floor: '/_bench/floor/', indicator: slug, points, bundleBytes: bundle.byteLength, bundleGzip: gzipSync(bundle).length };
}

export interface LoadStats {
  /** Median time from navigation start until the chart's SVG is in the DOM and painted. */
  chartMs: number;
  chartMsRuns: number[];
  /** Median bytes over the wire (compressed, with headers). */
  bytes: number;
  requests: number;
}

/** Resolves window.__chartPainted with performance.now() at the first frame after the SVG exists. */
const WATCH = (selector: string) => `
  window.__chartPainted = new Promise((resolve) => {
    const found = () => {
      if (!document.querySelector(${JSON.stringify(selector)})) return false;
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
      return true;
    };
    const mo = new MutationObserver(() => { if (found()) mo.disconnect(); });
    mo.observe(document, { childList: true, subtree: true });
  });`;

export interface Throttle {
  name: string;
  /** Round trip in ms, throughput in bytes per second, CPU slowdown factor. */
  latency: number;
  down: number;
  up: number;
  cpu: number;
}

/** Lighthouse's mobile preset: slow 4G and a CPU four times slower. */
export const SLOW_4G: Throttle = { name: 'slow 4G, 4× CPU', latency: 150, down: (1.6e6 * 0.9) / 8, up: (750e3 * 0.9) / 8, cpu: 4 };

export async function measureLoads(browser: Browser, url: string, runs: number, throttle?: Throttle): Promise<LoadStats> {
  const times: number[] = [];
  const bytes: number[] = [];
  const requests: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
    const page = await context.newPage();
    await page.addInitScript(WATCH('#bieu-do .chart-narrow svg'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (throttle) {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: throttle.latency, downloadThroughput: throttle.down, uploadThroughput: throttle.up });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle.cpu });
    }
    let sum = 0;
    let count = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      sum += e.encodedDataLength;
      count++;
    });
    await page.goto(url, { waitUntil: 'load' });
    const ms = await page.evaluate(() => (window as unknown as { __chartPainted: Promise<number> }).__chartPainted);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    times.push(ms);
    bytes.push(sum);
    requests.push(count);
    await context.close();
  }
  return { chartMs: median(times), chartMsRuns: times, bytes: median(bytes), requests: median(requests) };
}
