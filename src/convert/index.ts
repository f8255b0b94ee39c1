// One document in, one plan record out: the composition of the extractors.
import { hash } from 'node:crypto';
import { basename } from 'node:path';
import { PlanRecord, SourceFrontmatter, type Flag, type Jurisdiction, type Target } from '../schema.ts';
import { jurisdictionFor, regionById } from '../taxonomy/regions.ts';
import type { Region } from '../taxonomy/schemas.ts';
import type { Taxonomies } from '../taxonomy/load.ts';
import { extractAgencies } from './agencies.ts';
import { citationFlags, extractCitations } from './citations.ts';
import { toDoc, type Doc } from './document.ts';
import { bodyMarkdown } from './markdown.ts';
import { ConvertError } from './errors.ts';
import { impossibleValues, missingMetadata, textTableConflicts, unclassifiedTargets } from './flags.ts';
import { extractMetadata } from './metadata.ts';
import { frontmatterLine, readSource, type Removed, type Sidecar } from './read.ts';
import { SLUG, slugOfFile } from './slug.ts';
import { extractTableTargets } from './tables.ts';
import { extractTextTargets } from './targets.ts';

export interface Converted {
  record: PlanRecord;
  /** The document text (after any frontmatter): line N is line N of the record's citations. */
  body: string;
  /** The structured body (src/convert/markdown.ts): each block marked with its source line. */
  readonly markdown: string;
  /** Invisible and control characters removed on reading, by line of the source file. */
  removed: Removed[];
  /** The frontmatter as the editor wrote it ({} when none). */
  frontmatter: SourceFrontmatter;
}

/**
 * Convert one source. `file` is the path shown in messages and stored in the record;
 * `extractedText` is the text of a format read elsewhere (.docx).
 */
export function convertSource(bytes: Uint8Array, file: string, tax: Taxonomies, extractedText?: string, sidecar?: Sidecar): Converted {
  const src = readSource(bytes, file, extractedText, sidecar);
  const fm = SourceFrontmatter.parse(src.frontmatter);
  const doc = toDoc(src.text);
  const id = fm.slug ?? slugOfFile(file);
  if (!SLUG.test(id)) {
    throw new ConvertError(file, null, `the file name "${basename(file)}" has no letter or digit to make a page slug from`,
      'Rename the file (e.g. "vinh-phuc-2023-2025.txt"), or set `slug:` in its frontmatter');
  }

  // Lines of frontmatter values, for errors about what they name (in the .yaml beside a .docx, if that is where they are).
  const fmFile = sidecar?.file ?? file;
  const fmLine = (...path: (string | number)[]) => frontmatterLine(bytes, path, extractedText, sidecar);
  const jurisdiction = fm.jurisdiction ? jurisdictionOf(fm.jurisdiction, tax.regions, fmFile, () => fmLine('jurisdiction', 'region')) : undefined;
  // The editors' values first: they settle what the document leaves out or ambiguous.
  const meta = extractMetadata(doc, tax.regions, {
    ...definedOnly({
      title: fm.title, docType: fm.docType, number: fm.number, issued: fm.issued,
      issuer: fm.issuer, signer: fm.signer, period: fm.period,
    }),
    ...(jurisdiction ? { jurisdiction } : {}),
  }, file);

  const ctx = {
    indicators: tax.indicators,
    period: meta.period,
    issuedYear: meta.issued ? Number(meta.issued.slice(0, 4)) : null,
    national: meta.jurisdiction.level === 'national',
    title: meta.title,
  };
  const text = extractTextTargets(doc, ctx);
  const table = extractTableTargets(doc, ctx);
  const targets = [...text.targets, ...table.targets];
  const goals = [...text.goals, ...table.goals.filter((g) => !text.goals.some((t) => t.title === g.title))];
  const corrections = applyCorrections(targets, fm.corrections ?? [], fmFile, (i) => fmLine('corrections', i));
  const agencies = extractAgencies(doc, meta.docType, tax.agencies);
  // A portal's title and banner give the document's own number: a document does not cite itself.
  const citations = extractCitations(doc).filter((c) => c.number === null || c.number !== meta.number);

  const flags: Flag[] = [
    ...missingMetadata(meta.number, meta.issued),
    ...impossibleValues(targets),
    ...textTableConflicts(targets),
    ...unclassifiedTargets(targets),
    ...agencies.flags,
    ...citationFlags(citations, meta.issued, meta.period),
    ...corrections,
  ];

  const record = PlanRecord.parse({
    id,
    ...meta,
    goals,
    targets,
    agencies: agencies.agencies,
    citations,
    flags,
    unclassified: [...text.unclassified, ...table.unclassified].sort((a, b) => a.line - b.line),
    source: {
      file,
      // The one-shot digest: no Hash object to build for a single buffer.
      sha256: hash('sha256', bytes, 'hex'),
      bytes: bytes.byteLength,
      lines: doc.lines.length + src.bodyStart - 1,
      bodyStart: src.bodyStart,
    },
  });
  return new Result(record, src.text, src.removed, fm, doc);
}

/**
 * A conversion's result. The structured body is built when a file is written, not for every
 * record read (review, --stdout, fuzzing). A class, not an object with a getter closure: V8
 * allocates a closure where it outlives a young object, and one that holds the document would
 * carry every converted document past the young generation's collections.
 */
class Result implements Converted {
  readonly #doc: Doc;
  #markdown: string | undefined;
  constructor(
    readonly record: PlanRecord,
    readonly body: string,
    readonly removed: Removed[],
    readonly frontmatter: SourceFrontmatter,
    doc: Doc,
  ) {
    this.#doc = doc;
  }
  get markdown(): string {
    return (this.#markdown ??= bodyMarkdown(this.#doc));
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The jurisdiction an editor names in the frontmatter, checked against data/regions.yaml. */
export function jurisdictionOf(
  j: { region: string; name?: string | undefined },
  regions: readonly Region[],
  file: string,
  line: () => number | null = () => null,
): Jurisdiction {
  const region = regionById(regions).get(j.region);
  if (!region) {
    const near = similarRegions(j.region, regions);
    throw new ConvertError(file, line(), `the frontmatter names the region "${j.region}", which neither data/gazetteer/ nor data/regions.yaml has`,
      `${near.length ? `Use one of: ${near.join(', ')}; or another id` : 'Use an id'} of \`npm run --silent regions -- --json\`, or add the region to data/regions.yaml (id, vi, en, short, level, parent)`);
  }
  return jurisdictionFor(region, regions, j.name);
}

/** Ids that share the most words with `id` (at most 8): "yen-the" → "huyen-yen-the-bac-giang", … */
function similarRegions(id: string, regions: readonly Region[]): string[] {
  const words = new Set(id.split('-'));
  return regions
    .map((r) => ({ id: r.id, shared: r.id.split('-').filter((w) => words.has(w)).length }))
    .filter((r) => r.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.id.length - b.id.length)
    .slice(0, 8)
    .map((r) => r.id);
}

/** Editors' corrections replace a figure and keep the document's own wording beside it. */
function applyCorrections(
  targets: Target[],
  corrections: NonNullable<SourceFrontmatter['corrections']>,
  file: string,
  lineOf: (i: number) => number | null,
): Flag[] {
  return corrections.map((c, i) => {
    const hits = targets.filter(
      (t) => t.line === c.line && (!c.indicator || t.indicator === c.indicator) && (!c.year || t.year === c.year),
    );
    if (hits.length !== 1) {
      const onLine = targets.filter((t) => t.line === c.line).map((t) => `${t.indicator ?? 'unclassified'} ${t.year ?? '(no year)'}`);
      throw new ConvertError(file, lineOf(i),
        `the correction for line ${c.line} of the document matches ${hits.length} targets`,
        hits.length
          ? 'Add `indicator:` and `year:` to the correction so that it names one target'
          : onLine.length
            ? `Line ${c.line} gives ${onLine.join(', ')}: correct \`indicator:\` or \`year:\``
            : 'Check the line number: it must be a line the converter reads a target from, counted after the frontmatter (see `npm run review`)');
    }
    const t = hits[0]!;
    if (t.correction) {
      throw new ConvertError(file, lineOf(i), `two corrections name the same target (line ${c.line}, ${t.indicator ?? 'unclassified'} ${t.year ?? ''})`.trimEnd(),
        'Keep one of them');
    }
    t.correction = { original: { comparator: t.comparator, value: t.value }, note: c.note };
    t.value = c.value;
    if (c.comparator) t.comparator = c.comparator;
    return { kind: 'corrected' as const, message: `Corrected by the editors: ${c.note}`, line: c.line };
  });
}
