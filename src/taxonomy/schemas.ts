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
