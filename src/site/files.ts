// The downloadable files, read from data/ where the converter writes them. The site serves
// them through endpoints, so dist/ always carries exactly what data/ holds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../csv.ts';
import { dataPackage } from './datapackage.ts';

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

/** The Frictionless descriptor of every download, paths relative to /du-lieu/. */
export function sitePackage(homepage: string, dir = dataDir()): Record<string, unknown> {
  return dataPackage({
    name: 'chi-tieu-me-be',
    title: 'Chỉ tiêu Mẹ & Bé: targets of Vietnamese local plans for mothers, newborns and young children',
    description:
      'Numeric targets, responsible bodies and metadata read from plans issued by Vietnamese provinces, cities and districts, each traceable to its line in the document.',
    homepage,
    csv: csvFiles(dir).map((f) => ({
      name: f.replace(/\.csv$/, ''),
      path: f,
      title: TITLES[f] ?? f,
      description: TITLES[f] ?? f,
      text: readDataFile(f, dir),
    })),
    json: planJsonIds(dir).map((id) => ({ name: `plan-${id}`, path: `ke-hoach/${id}.json`, title: `Plan record ${id}` })),
  });
}
