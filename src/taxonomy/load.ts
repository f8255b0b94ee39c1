// Loads a taxonomy YAML file (a list of entries) and validates each entry with zod.
// A bad entry is an error naming the file and the line where the entry starts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { z } from 'zod';
import { AgencyEntry, Benchmark, Indicator, Region } from './schemas.ts';
import type { AgencyEntry as AgencyT, Benchmark as BenchmarkT, Indicator as IndicatorT, Region as RegionT } from './schemas.ts';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export class TaxonomyError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    what: string,
  ) {
    super(`${file}:${line}: ${what}. Fix the entry in ${file} and run the command again.`);
    this.name = 'TaxonomyError';
  }
}

/** Parse a YAML list from text and validate each entry; ids must be unique. */
export function parseTaxonomy<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S>[] {
  return parseTaxonomyLines(text, file, schema).map((e) => e.entry);
}

/** parseTaxonomy, with the line each entry starts on (for errors found after validation). */
export function parseTaxonomyLines<S extends z.ZodType>(text: string, file: string, schema: S): { entry: z.infer<S>; line: number }[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new TaxonomyError(file, line, `invalid YAML (${err.message.split('\n')[0]})`);
  }
  if (!isSeq(doc.contents)) throw new TaxonomyError(file, 1, 'expected a list of entries');
  const out: { entry: z.infer<S>; line: number }[] = [];
  const seen = new Map<string, number>();
  for (const item of doc.contents.items) {
    const start = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    const line = lineCounter.linePos(start).line;
    const parsed = schema.safeParse((item as { toJSON(): unknown }).toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `field "${issue.path.join('.')}"` : 'entry';
      throw new TaxonomyError(file, line, `${where}: ${issue.message}`);
    }
    const id = (parsed.data as { id: string }).id;
    if (seen.has(id)) throw new TaxonomyError(file, line, `duplicate id "${id}" (first at line ${seen.get(id)})`);
    seen.set(id, line);
    out.push({ entry: parsed.data, line });
  }
  return out;
}

function load<S extends z.ZodType>(name: string, schema: S, dir = DATA_DIR): z.infer<S>[] {
  const path = dir + name;
  return parseTaxonomy(readFileSync(path, 'utf8'), `data/${name}`, schema);
}

export interface Taxonomies {
  indicators: IndicatorT[];
  agencies: AgencyT[];
  regions: RegionT[];
}

let cached: Taxonomies | undefined;

/** All three taxonomies, loaded once per process. */
export function loadTaxonomies(dir = DATA_DIR): Taxonomies {
  if (dir !== DATA_DIR) return readAll(dir);
  cached ??= readAll(dir);
  return cached;
}

function readAll(dir: string): Taxonomies {
  const t: Taxonomies = {
    indicators: load('indicators.yaml', Indicator, dir),
    agencies: load('agencies.yaml', AgencyEntry, dir),
    regions: load('regions.yaml', Region, dir),
  };
  for (const r of t.regions) {
    for (const ref of [r.parent, r.mergedInto]) {
      if (ref && !t.regions.some((x) => x.id === ref)) {
        throw new TaxonomyError('data/regions.yaml', 1, `region "${r.id}" refers to unknown region "${ref}"`);
      }
    }
  }
  return t;
}

/**
 * data/benchmarks.yaml: national and international targets, each figure checked against the
 * indicators (it must name one) and unique per document, indicator and year.
 */
export function parseBenchmarks(text: string, file: string, indicators: readonly IndicatorT[]): BenchmarkT[] {
  const ids = new Set(indicators.map((i) => i.id));
  return parseTaxonomyLines(text, file, Benchmark).map(({ entry, line }) => {
    const seen = new Set<string>();
    entry.targets.forEach((t, i) => {
      const where = `"${entry.id}", targets[${i}]`;
      if (!ids.has(t.indicator)) throw new TaxonomyError(file, line, `${where}: unknown indicator "${t.indicator}" (not in data/indicators.yaml)`);
      const key = `${t.indicator}|${t.year}`;
      if (seen.has(key)) throw new TaxonomyError(file, line, `${where}: a second figure for ${t.indicator} in ${t.year}`);
      seen.add(key);
    });
    return entry;
  });
}

/** The benchmarks of data/benchmarks.yaml (none when the file is absent). */
export function loadBenchmarks(dir = DATA_DIR, indicators = loadTaxonomies(dir).indicators): BenchmarkT[] {
  const path = dir + 'benchmarks.yaml';
  if (!existsSync(path)) return [];
  return parseBenchmarks(readFileSync(path, 'utf8'), 'data/benchmarks.yaml', indicators);
}
