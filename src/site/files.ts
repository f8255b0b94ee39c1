// The downloadable files, read from data/ where the converter writes them. The site serves
// them through endpoints, so dist/ always carries exactly what data/ holds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText, parseCsv } from '../csv.ts';
import { targetsCsv } from '../convert/outputs.ts';
import type { Indicator } from '../taxonomy/schemas.ts';
import { dataPackage } from './datapackage.ts';
import { codebook, describe, INDICATOR_CSV } from './codebook.ts';
import type { Site } from './model.ts';

export const dataDir = (): string => join(process.cwd(), 'data');

/** CSV files in data/, the converter's three first, then any other in name order. */
export function csvFiles(dir = dataDir()): string[] {
  const known = ['targets.csv', 'agencies.csv', 'plans.csv'];
  const all = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.csv')) : [];
  return [...known.filter((f) => all.includes(f)), ...all.filter((f) => !known.includes(f)).sort()];
}

/** Plan ids with a JSON record in data/plans/. */
export function planJsonIds(dir = dataDir()): string[] {
  const d = join(dir, 'plans');
  return existsSync(d) ? readdirSync(d).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort() : [];
}

export function readDataFile(rel: string, dir = dataDir()): string {
  return readFileSync(join(dir, rel), 'utf8');
}

export function csvRowCount(text: string): number {
  return parseCsv(text).length;
}

const TITLES: Record<string, string> = {
  'targets.csv': 'Targets: every numeric target of every plan, one per row',
  'agencies.csv': 'Bodies: every body a plan gives work to, one row per body in a plan',
  'plans.csv': 'Plans: every document, one per row',
};

/** The rows of targets.csv for one indicator, written by the converter's own writer. */
export function indicatorCsv(site: Site, indicator: Indicator): string {
  const records = site.plans.map((p) => ({ ...p, targets: p.targets.filter((t) => t.indicator === indicator.id) }));
  const text = targetsCsv(records, { indicators: site.indicators, agencies: site.agencies, regions: site.regions });
  // No target, no row to take the columns from: the header alone, as the codebook lists it.
  if (parseCsv(text).columns.some((c) => c !== '')) return text;
  return csvText(codebook().filter((e) => e.file === INDICATOR_CSV && e.code === '').map((e) => e.column), []);
}

export const CODEBOOK_COLUMNS = ['file', 'column', 'code', 'vi', 'en'] as const;

export function codebookCsv(): string {
  return csvText(CODEBOOK_COLUMNS, codebook());
}

/** The data's licence, stated in datapackage.json and on the data page. */
export const LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' };

/** The Frictionless descriptor of every download, paths relative to /du-lieu/. */
export function sitePackage(homepage: string, dir = dataDir(), site?: Site): Record<string, unknown> {
  return dataPackage({
    name: 'chi-tieu-me-be',
    title: 'Chỉ tiêu Mẹ & Bé: targets of Vietnamese local plans for mothers, newborns and young children',
    description:
      'Numeric targets, responsible bodies and metadata read from plans issued by Vietnamese provinces, cities and districts, each traceable to its line in the document.',
    homepage,
    license: LICENSE,
    describe,
    csv: [
      ...csvFiles(dir).map((f) => ({
        name: f.replace(/\.csv$/, ''),
        path: f,
        codebook: f,
        title: TITLES[f] ?? f,
        description: TITLES[f] ?? f,
        text: readDataFile(f, dir),
      })),
      ...(site?.indicators ?? []).map((i) => ({
        name: `targets-${i.slug}`,
        path: `chi-tieu/${i.slug}.csv`,
        codebook: INDICATOR_CSV,
        title: `Targets for one indicator: ${i.en}`,
        description: `The rows of targets.csv for ${i.id} (${i.vi}).`,
        text: indicatorCsv(site!, i),
      })),
      {
        name: 'codebook',
        path: 'codebook.csv',
        codebook: 'codebook.csv',
        title: 'Codebook: every column and code of the downloads, in Vietnamese and English',
        description: 'One row per column of each file (code empty), then one per code of a coded column (file "*").',
        text: codebookCsv(),
      },
    ],
    json: planJsonIds(dir).map((id) => ({ name: `plan-${id}`, path: `ke-hoach/${id}.json`, title: `Plan record ${id}` })),
  });
}
