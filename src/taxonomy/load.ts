// Loads a taxonomy YAML file (a list of entries) and validates each entry with zod.
// A bad entry is an error naming the file and the line where the entry starts.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, isSeq } from 'yaml';
import type { z } from 'zod';
import { TaxonomyError } from './errors.ts';
import { regionsOf } from './merge.ts';
import { AgencyEntry, Benchmark, Indicator, RegionEntry } from './schemas.ts';
import type { AgencyEntry as AgencyT, Benchmark as BenchmarkT, Indicator as IndicatorT, Region as RegionT } from './schemas.ts';
import { GAZETTEER_FILES, gazetteerRegions, type GazetteerFile } from './gazetteer.ts';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export { TaxonomyError };

/** Parse a YAML list from text and validate each entry; ids must be unique. */
export function parseTaxonomy<S extends z.ZodType>(text: string, file: string, schema: S, lines?: number[]): z.infer<S>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new TaxonomyError(file, line, `invalid YAML (${err.message.split('\n')[0]})`);
  }
  if (!isSeq(doc.contents)) throw new TaxonomyError(file, 1, 'expected a list of entries');
  const out: z.infer<S>[] = [];
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
    lines?.push(line);
    out.push(parsed.data);
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
  const lines: number[] = [];
  const entries = parseTaxonomy(readFileSync(dir + 'regions.yaml', 'utf8'), 'data/regions.yaml', RegionEntry, lines);
  const gazetteer = readGazetteer(dir);
  return {
    indicators: load('indicators.yaml', Indicator, dir),
    agencies: load('agencies.yaml', AgencyEntry, dir),
    regions: regionsOf(entries, lines, gazetteer),
  };
}

/** The regions of data/gazetteer/ (none in a data folder without one, as in tests of the YAML alone). */
function readGazetteer(dir: string): RegionT[] {
  const path = (f: GazetteerFile) => `${dir}gazetteer/${f}.csv`;
  if (!existsSync(path('provinces-2024'))) return [];
  const texts = Object.fromEntries(GAZETTEER_FILES.map((f) => [f, readFileSync(path(f), 'utf8')])) as Record<GazetteerFile, string>;
  return gazetteerRegions(texts, NATIONAL);
}

/** The country's region id in data/regions.yaml: the parent of every province. */
export const NATIONAL = 'viet-nam';

/**
 * data/benchmarks.yaml: national and international targets, each figure checked against the
 * indicators (it must name one) and unique per document, indicator and year.
 */
export function parseBenchmarks(text: string, file: string, indicators: readonly IndicatorT[]): BenchmarkT[] {
  const ids = new Set(indicators.map((i) => i.id));
  const lines: number[] = [];
  return parseTaxonomy(text, file, Benchmark, lines).map((entry, n) => {
    const seen = new Set<string>();
    entry.targets.forEach((t, i) => {
      const where = `"${entry.id}", targets[${i}]`;
      if (!ids.has(t.indicator)) throw new TaxonomyError(file, lines[n]!, `${where}: unknown indicator "${t.indicator}" (not in data/indicators.yaml)`);
      const key = `${t.indicator}|${t.year}`;
      if (seen.has(key)) throw new TaxonomyError(file, lines[n]!, `${where}: a second figure for ${t.indicator} in ${t.year}`);
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
