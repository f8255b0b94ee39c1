// Zod schemas of the hand-kept taxonomies in data/*.yaml.
import { z } from 'zod';
import { LEVELS, UNITS } from '../schema.ts';

export const THEMES = ['mothers', 'children', 'nutrition', 'knowledge'] as const;

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

export const Region = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Name with its level word, as documents write it: "thành phố Bắc Kạn", "tỉnh Vĩnh Phúc". */
  vi: z.string().min(1),
  en: z.string().min(1),
  /** Short name without the level word: "Bắc Kạn". */
  short: z.string().min(1),
  level: z.enum(LEVELS),
  /** Region id of the parent (a district's province); null for provinces. */
  parent: z.string().nullable(),
  /** For provinces merged on 1 July 2025: the province id it became part of. */
  mergedInto: z.string().nullable().default(null),
  mergedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().default(null),
  /** Other spellings (normalised, lower case), e.g. "tp. bắc kạn". */
  aliases: z.array(z.string()).default([]),
});

export type Indicator = z.infer<typeof Indicator>;
export type AgencyEntry = z.infer<typeof AgencyEntry>;
export type Region = z.infer<typeof Region>;
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
