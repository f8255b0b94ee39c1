// The one place pages get their data: the plans collection plus the taxonomies, read once per
// build. Everything after this is pure shaping in the other modules of src/site.
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { LANGS, type Lang } from '../i18n/lang.ts';
import { t } from '../i18n/strings.ts';
import { loadBenchmarks, loadTaxonomies } from '../taxonomy/load.ts';
import { provinceColors } from './colors.ts';
import { createSite, type Site } from './model.ts';
import { anchorOf, renderBody, tableLabelSlot, withTableLabels, type RenderedBody, type TocEntry } from './body.ts';
import { markdownBody } from './frontmatter.ts';
import { citedLines } from './plans.ts';

export interface SiteData {
  site: Site;
  colors: Map<string, string>;
  /** The plan's structured body as HTML, its contents and anchored lines (its plan page asks once per language). */
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
  // A body is rendered once, by whichever asks first: a page linking one of its lines (which
  // wants its anchors, kept for the whole build: a few numbers per plan) or its plan's page in
  // either language (the same HTML but for the tables' labels, filled in for each). The HTML
  // waits for the page in each language, deflated to a fifth of its size in memory: the two
  // are a whole route apart, and thousands of plans' HTML would stay in memory until then.
  const anchors = new Map<string, number[]>();
  const waiting = new Map<string, { html: Buffer; toc: TocEntry[]; langs: Set<Lang> }>();
  /** Renders the body, keeping its anchors, and its HTML for the pages in `langs`. */
  const render = (id: string, langs: readonly Lang[]) => {
    const plan = site.plan(id);
    const r = renderBody(bodies.get(id) ?? '', { cited: plan ? citedLines(plan) : [], tableLabel: tableLabelSlot });
    anchors.set(id, r.anchors);
    if (langs.length) waiting.set(id, { html: deflateRawSync(r.html, { level: 1 }), toc: r.toc, langs: new Set(langs) });
    return r;
  };
  const body = (id: string, lang: Lang): RenderedBody => {
    const kept = waiting.get(id);
    let html: string;
    let toc: TocEntry[];
    if (kept) {
      ({ toc } = kept);
      html = inflateRawSync(kept.html).toString('utf8');
      kept.langs.delete(lang);
      if (!kept.langs.size) waiting.delete(id);
    } else {
      ({ html, toc } = render(id, LANGS.filter((l) => l !== lang)));
    }
    return { html: withTableLabels(html, t(lang).plan.tableAt), toc, anchors: anchors.get(id)! };
  };
  const anchorsOf = (id: string) => anchors.get(id) ?? render(id, LANGS).anchors;
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
