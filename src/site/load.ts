// The one place pages get their data: the plans collection plus the taxonomies, read once per
// build. Everything after this is pure shaping in the other modules of src/site.
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { loadBenchmarks, loadTaxonomies } from '../taxonomy/load.ts';
import { provinceColors } from './colors.ts';
import { createSite, type Site } from './model.ts';
import { anchorOf, renderBody, type RenderedBody } from './body.ts';
import { markdownBody } from './frontmatter.ts';
import { citedLines } from './plans.ts';

export interface SiteData {
  site: Site;
  colors: Map<string, string>;
  /** The plan's structured body as HTML, its contents and anchored lines (rendered at each call: its plan page asks once per language). */
  body(planId: string, lang: Lang): RenderedBody;
  /** The line whose block holds `line` in the plan's body: what `#L<n>` links use. */
  anchor(planId: string, line: number): number;
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const entries = await getCollection('plans');
  // Bundled page code does not sit next to data/, so resolve it from the project root.
  const dir = join(process.cwd(), 'data') + '/';
  const tax = loadTaxonomies(dir);
  const site = createSite(entries.map((e) => e.data), { ...tax, benchmarks: loadBenchmarks(dir, tax.indicators) });
  // Read the file itself: the collection's parsed body loses leading blank lines.
  const bodies = new Map(
    entries.map((e) => [e.data.id, e.filePath ? markdownBody(readFileSync(join(process.cwd(), e.filePath), 'utf8')) : (e.body ?? '')]),
  );
  // A body's HTML is wanted once, by its plan's page in each language: it is not kept (thousands
  // of plans' HTML would stay in memory for the whole build). Its anchors, which every page that
  // links a line asks for, are kept: a few numbers per plan.
  const anchors = new Map<string, number[]>();
  const body = (id: string, lang: Lang) => {
    const plan = site.plan(id);
    const r = renderBody(bodies.get(id) ?? '', { cited: plan ? citedLines(plan) : [], tableLabel: t(lang).plan.tableAt });
    anchors.set(id, r.anchors);
    return r;
  };
  const anchorsOf = (id: string) => anchors.get(id) ?? body(id, 'vi').anchors;
  return {
    site,
    colors: provinceColors(tax.regions),
    body,
    anchor: (id, line) => anchorOf(anchorsOf(id), line),
  };
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
