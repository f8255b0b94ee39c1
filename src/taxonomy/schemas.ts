// Zod schemas of the hand-kept taxonomies in data/*.yaml.
import { z } from 'zod';
import { LEVELS, UNITS } from '../schema.ts';

export const THEMES = ['mothers', 'children', 'nutrition', 'knowledge', 'population'] as const;

export const Indicator = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  /** URL slug, Vietnamese without diacritics. */
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  theme: z.enum(THEMES),
  vi: z.string().min(1),
  en: z.string().min(1),
  unit: z.enum(UNITS),
  direction: z.enum(['lower', 'higher']),
  sdg: z.string().regex(/^\d+\.\d+\.\d+$/).nullable(),
  /**
   * Phrasings that name the indicator, after normalisation (lower case, tỉ→tỷ, thời kỳ→thai kỳ,
   * nhân viên y tế→cán bộ y tế, 01→1). Each entry is a list of words that must all occur.
   * Indicators are tried in file order: put the more specific first.
   */
  phrasings: z.array(z.array(z.string().min(1)).min(1)).min(1),
  /** Words that rule the indicator out even when a phrasing matches. */
  exclude: z.array(z.string().min(1)).default([]),
});

export const AgencyEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  vi: z.string().min(1),
  en: z.string().min(1),
  /** Broad group for the index page. */
  group: z.enum(['health', 'government', 'sector', 'media', 'mass_organisation', 'local_government', 'facility', 'other']),
  /** Phrasings (normalised, lower case) that name this body; first match in file order wins. */
  phrasings: z.array(z.array(z.string().min(1)).min(1)).min(1),
  exclude: z.array(z.string().min(1)).default([]),
});

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const regionFields = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Name with its level word, as documents write it: "thành phố Bắc Kạn", "tỉnh Vĩnh Phúc". */
  vi: z.string().min(1),
  en: z.string().min(1),
  /** Short name without the level word: "Bắc Kạn". */
  short: z.string().min(1),
  level: z.enum(LEVELS),
  /** Region id of the parent (a district's province); null for the country. */
  parent: z.string().nullable(),
  /** For provinces merged on 1 July 2025: the 2025 province id it became part of. */
  mergedInto: z.string().nullable(),
  mergedOn: DATE.nullable(),
  /** Other spellings, e.g. "tp. bắc kạn", former names ("tỉnh Thừa Thiên Huế"). */
  aliases: z.array(z.string()),
  /** The unit in data/gazetteer/ ("districts-2024:217"); null for a region only data/regions.yaml has. */
  gazetteer: z.string().regex(/^[a-z0-9-]+:\d+$/).nullable(),
  /** First and last day the unit existed, where it did not exist throughout (the 2025 reform, mergers). */
  from: DATE.nullable(),
  until: DATE.nullable(),
};

/** A region as the converter and the site use it: a gazetteer unit, or one editors added. */
export const Region = z.strictObject(regionFields);

/**
 * An entry of data/regions.yaml. One that names a gazetteer unit (by `gazetteer`, by its id,
 * or by the same level, parent and name) replaces it with the fields it gives, so that a
 * region keeps the id its records and URLs use; any other entry adds a region and gives all
 * the fields a region needs.
 */
export const RegionEntry = z
  .strictObject({
    ...regionFields,
    vi: regionFields.vi.optional(),
    en: regionFields.en.optional(),
    short: regionFields.short.optional(),
    level: regionFields.level.optional(),
    parent: regionFields.parent.optional(),
    mergedInto: regionFields.mergedInto.optional(),
    mergedOn: regionFields.mergedOn.optional(),
    aliases: regionFields.aliases.optional(),
    gazetteer: regionFields.gazetteer.optional(),
    from: regionFields.from.optional(),
    until: regionFields.until.optional(),
  });

export type Indicator = z.infer<typeof Indicator>;
export type AgencyEntry = z.infer<typeof AgencyEntry>;
export type Region = z.infer<typeof Region>;
export type RegionEntry = z.infer<typeof RegionEntry>;
export type Theme = (typeof THEMES)[number];

/** Where a benchmark's figures were read: the document's own text, or a summary of it. */
const BenchmarkRead = z.strictObject({ kind: z.enum(['text', 'summary']), url: z.string().url() });

export const BenchmarkTarget = z.strictObject({
  /** Indicator id of data/indicators.yaml; the figure is in that indicator's unit. */
  indicator: z.string().regex(/^[a-z0-9_]+$/),
  comparator: z.enum(['lt', 'lte', 'gt', 'gte', 'eq']),
  value: z.number(),
  year: z.number().int().min(2000).max(2100),
  /** Article, clause or line of the document. */
  where: z.string().min(1),
  /** When this figure was read elsewhere than the document's `read`. */
  read: BenchmarkRead.optional(),
});

export const Benchmark = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** national: a local plan implements it; international: drawn for reference only. */
  kind: z.enum(['national', 'international']),
  number: z.string().min(1),
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  issuer: z.strictObject({ vi: z.string().min(1), en: z.string().min(1) }),
  title: z.strictObject({ vi: z.string().min(1), en: z.string().min(1) }),
  read: BenchmarkRead,
  targets: z.array(BenchmarkTarget).min(1),
});

export type Benchmark = z.infer<typeof Benchmark>;
export type BenchmarkTarget = z.infer<typeof BenchmarkTarget>;
