// What leaves the site with an indicator's chart: the chart as its page draws it (computed once
// per build), the addresses of its files and embed page, and the rows of its CSV.
import { csvText } from '../csv.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import type { Chart } from '../charts/render.ts';
import { href, type Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { unitLabel } from '../i18n/format.ts';
import { indicatorChart, indicatorFinding, type PlanCount } from './findings.ts';
import { extremeRows, homeCharts, type HomeChart } from './home.ts';
import { chartFileSvg } from '../charts/export.ts';
import { CHART_PNG_SCALE, svgToPng } from '../charts/png.ts';
import { splitsByProvince } from './split.ts';
import { chartRows, type TargetRow } from './indicators.ts';
import type { BenchmarkFigure } from './benchmarks.ts';
import type { Site } from './model.ts';

export interface PageChart {
  chart: Chart | null;
  /** The rows the chart draws, and every row of the indicator. */
  rows: TargetRow[];
  all: TargetRow[];
  benchmarks: BenchmarkFigure[];
  /** The finding: the chart's title, or said alone when there is no chart. */
  finding: string;
  /** Past SPLIT_AT plans the chart draws the extremes: how many of each end. */
  extremes: { most: number; least: number } | null;
}

const cache = new WeakMap<Site, Map<string, PageChart>>();

/** The chart of an indicator's page: every plan, or past SPLIT_AT plans the extremes. */
export function pageChart(site: Site, indicator: Indicator, colors: ReadonlyMap<string, string>, lang: Lang): PageChart {
  let bySite = cache.get(site);
  if (!bySite) cache.set(site, (bySite = new Map()));
  const key = `${lang}|${indicator.id}`;
  const hit = bySite.get(key);
  if (hit) return hit;
  let extremes: PageChart['extremes'] = null;
  const drawn = indicatorChart(site, indicator, colors, lang, splitsByProvince(site) ? (all) => {
    const x = extremeRows(all, indicator);
    extremes = x.extremes;
    return x.rows;
  } : undefined);
  const out = { ...drawn, extremes, finding: drawn.chart?.title ?? indicatorFinding(site, indicator, lang, drawn.all) };
  bySite.set(key, out);
  return out;
}

/** The chart, or for an indicator no plan sets a level target for, its finding alone. */
export function chartOrFinding(pc: PageChart, indicator: Indicator, lang: Lang): Chart {
  if (pc.chart) return pc.chart;
  const s = t(lang);
  const direction = indicator.direction === 'lower' ? s.chart.lowerBetter : s.chart.higherBetter;
  return { svg: '', svgNarrow: '', title: pc.finding, subtitle: `${unitLabel(indicator.unit, lang)} · ${direction}`, source: '', description: pc.finding };
}

export const CHART_FILES = ['svg', 'png', 'csv', 'og'] as const;
export type ChartFile = (typeof CHART_FILES)[number];

/** File name of a chart file: "ty-so-tu-vong-me.svg", the Open Graph image "ty-so-tu-vong-me-og.png". */
export function chartFileName(slug: string, kind: ChartFile): string {
  return kind === 'og' ? `${slug}-og.png` : `${slug}.${kind}`;
}

/** Where a chart's files are and the page that shows it; an indicator's chart also has an embed page, its data and an Open Graph image. */
export interface ChartLinks {
  svg: string;
  png: string;
  csv: string;
  permalink: string;
  embed?: string;
  data?: string;
}

/** The files of a chart at a site path without extension ("/bieu-do/ty-so-tu-vong-me/bac-giang"), and its permalink. */
function fileLinks(lang: Lang, base: string, permalink: string): ChartLinks {
  return { svg: href(lang, `${base}.svg`), png: href(lang, `${base}.png`), csv: href(lang, `${base}.csv`), permalink };
}

/** An indicator's chart in one province (/chi-tieu/<indicator>/<province>/): /bieu-do/<indicator>/<province>.svg, .png and .csv. */
export function provinceChartLinks(lang: Lang, slug: string, province: string): ChartLinks {
  return fileLinks(lang, `/bieu-do/${slug}/${province}`, `${href(lang, `/chi-tieu/${slug}/${province}/`)}#bieu-do`);
}

/** The files a province chart's route writes; the build rasterises its PNG from the SVG on other threads (src/charts/integration.ts). */
export const PROVINCE_FILE_KINDS = ['svg', 'csv'] as const;

/** The id of a home finding's figure, and the name of its files under /bieu-do/trang-chu/: the indicator's slug, or "so-chi-tieu". */
export function homeChartKey(indicator: Indicator | null): string {
  return indicator ? indicator.slug : 'so-chi-tieu';
}

/** A home finding's chart: /bieu-do/trang-chu/<key>.svg, …, its permalink the figure on the home page. */
export function homeChartLinks(lang: Lang, key: string): ChartLinks {
  return fileLinks(lang, `/bieu-do/trang-chu/${key}`, `${href(lang, '/')}#bd-${key}`);
}

/** Site paths of an indicator's chart files, its embed page, its page's chart and its data. */
export function chartLinks(lang: Lang, slug: string) {
  const file = (kind: ChartFile) => href(lang, `/bieu-do/${chartFileName(slug, kind)}`);
  return {
    svg: file('svg'),
    png: file('png'),
    csv: file('csv'),
    og: file('og'),
    embed: href(lang, `/nhung/${slug}/`),
    page: href(lang, `/chi-tieu/${slug}/`),
    permalink: `${href(lang, `/chi-tieu/${slug}/`)}#bieu-do`,
    data: `/du-lieu/chi-tieu/${slug}.csv`,
  };
}

export const CHART_CSV_COLUMNS = [
  'kind', 'indicator', 'plan', 'document_number', 'jurisdiction', 'province', 'year', 'comparator', 'value', 'unit',
  'baseline_value', 'baseline_year', 'group', 'source', 'line', 'source_url', 'text',
] as const;

/**
 * The chart's own CSV: a row per target it draws (plan, place, year, figure, the document's
 * number and the line it was read from, with its address), then a row per benchmark line.
 */
export function chartCsv(pc: Pick<PageChart, 'rows' | 'benchmarks'>, indicator: Indicator, origin: URL): string {
  const rows = chartRows(pc.rows).map((r) => ({
    kind: 'plan',
    indicator: indicator.id,
    plan: r.plan.id,
    document_number: r.plan.number ?? '',
    jurisdiction: r.plan.jurisdiction.name,
    province: r.province,
    year: r.target.year ?? '',
    comparator: r.target.comparator,
    value: r.target.value,
    unit: r.target.unit,
    baseline_value: r.target.baseline?.value ?? '',
    baseline_year: r.target.baseline?.year ?? '',
    group: r.target.group ?? '',
    source: r.target.source,
    line: r.target.line,
    source_url: new URL(`/ke-hoach/${r.plan.id}/#L${r.target.line}`, origin).href,
    text: r.target.text,
  }));
  const refs = pc.benchmarks.map((f) => ({
    kind: f.doc.kind,
    indicator: indicator.id,
    plan: f.doc.id,
    document_number: f.doc.number,
    jurisdiction: f.doc.kind === 'national' ? 'Việt Nam' : '',
    province: '',
    year: f.year,
    comparator: f.comparator,
    value: f.value,
    unit: indicator.unit,
    baseline_value: '',
    baseline_year: '',
    group: '',
    source: f.source.kind,
    line: f.where,
    source_url: f.source.url,
    text: f.doc.title.vi,
  }));
  return csvText(CHART_CSV_COLUMNS, [...rows, ...refs]);
}

/** Files every chart has (the Open Graph image is an indicator page's alone). */
export const FILE_KINDS = ['svg', 'png', 'csv'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const CONTENT_TYPES: Record<ChartFile, string> = { svg: 'image/svg+xml', png: 'image/png', og: 'image/png', csv: 'text/csv; charset=utf-8' };

/**
 * A chart file's response: the SVG with its title, source and credit line, the PNG of that SVG
 * at twice its pixels (fonts embedded, see src/charts/export.ts), or the chart's CSV.
 */
export function chartFileResponse(kind: FileKind, chart: () => Chart, credit: string, csv: () => string): Response {
  // A CSV is the chart's rows: the chart is drawn only for the SVG and PNG.
  const svg = () => chartFileSvg(chart(), { credit });
  const body = kind === 'csv' ? csv() : kind === 'svg' ? svg() : new Uint8Array(svgToPng(svg(), CHART_PNG_SCALE));
  return new Response(body, { headers: { 'content-type': CONTENT_TYPES[kind] } });
}

export const TARGETS_CSV_COLUMNS = ['plan', 'document_number', 'jurisdiction', 'province', 'commitments', 'source_url'] as const;

/** The CSV of the targets-per-plan chart: a row per document drawn, with its count of commitments. */
export function targetsPerPlanCsv(counts: readonly PlanCount[], origin: URL): string {
  return csvText(TARGETS_CSV_COLUMNS, counts.map((c) => ({
    plan: c.plan.id,
    document_number: c.plan.number ?? '',
    jurisdiction: c.plan.jurisdiction.name,
    province: c.plan.jurisdiction.province,
    commitments: c.targets,
    source_url: new URL(`/ke-hoach/${c.plan.id}/`, origin).href,
  })));
}

const homeCache = new WeakMap<Site, Map<Lang, HomeChart[]>>();

/** The home page's findings charts, computed once per build and language (the page and each chart file ask). */
export function homeChartsOf(site: Site, colors: ReadonlyMap<string, string>, lang: Lang): HomeChart[] {
  let bySite = homeCache.get(site);
  if (!bySite) homeCache.set(site, (bySite = new Map()));
  let charts = bySite.get(lang);
  if (!charts) bySite.set(lang, (charts = homeCharts(site, colors, lang)));
  return charts;
}
