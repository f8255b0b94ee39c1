// The one place pages get their data: the plans collection plus the taxonomies, read once per
// build. Everything after this is pure shaping in the other modules of src/site.
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBenchmarks, loadTaxonomies } from '../taxonomy/load.ts';
import { provinceColors } from './colors.ts';
import { createSite, type Site } from './model.ts';
import { bodyLines } from './plans.ts';
import { markdownBody } from './frontmatter.ts';

export interface SiteData {
  site: Site;
  colors: Map<string, string>;
  /** The document's lines, line N at index N-1. */
  lines(planId: string): string[];
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
  return {
    site,
    colors: provinceColors(tax.regions),
    lines: (id) => bodyLines(bodies.get(id) ?? ''),
  };
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
