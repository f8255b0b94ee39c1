// The plan record: the one source of truth for every type in the project.
// The converter validates what it writes against it; Astro's content collection
// reads content/plans with the same schema.
import { z } from 'zod';

export const COMPARATORS = ['lt', 'lte', 'gt', 'gte', 'eq', 'increase', 'decrease'] as const;
export const UNITS = [
  'percent',
  'per_1000_live_births',
  'per_100000_live_births',
  'per_100000_population',
  // Population rates: crude birth rate, natural increase (‰); child injury (per 100,000 children).
  'per_1000_population',
  'per_100000_children',
  // Adolescent births as SDG 3.7.2 counts them: per 1,000 women aged 15–19.
  'per_1000_women',
  // Plans of population and reproductive-health programmes also set these.
  'children_per_woman',
  'million_people',
  'boys_per_100_girls',
  'per_100_live_births',
  'percentage_points',
  'people',
  'years',
] as const;
export const DOC_TYPES = ['decision', 'plan', 'directive', 'official_letter', 'resolution', 'other'] as const;
export const LEVELS = ['national', 'province', 'city', 'district', 'commune'] as const;
export const ROLES = ['lead', 'coordinate', 'requested', 'assigned'] as const;
export const FLAG_KINDS = [
  'impossible_value',
  'text_table_conflict',
  'citation_after_plan',
  'citation_implausible_year',
  'missing_number',
  'missing_date',
  'unclassified_target',
  'unknown_agency',
  'corrected',
] as const;

export const Comparator = z.enum(COMPARATORS);
export const Unit = z.enum(UNITS);
export const DocType = z.enum(DOC_TYPES);
export const Level = z.enum(LEVELS);
export const Role = z.enum(ROLES);
export const FlagKind = z.enum(FLAG_KINDS);

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": a date at the precision the document gives. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

/** A baseline the plan gives; value is null for "so với năm 2020" (year only). */
export const Baseline = z.strictObject({ value: z.number().nullable(), year: z.number().int() });

export const Correction = z.strictObject({
  /** What the document says, kept for readers. */
  original: z.strictObject({ comparator: Comparator, value: z.number() }),
  note: z.string(),
});

export const Target = z.strictObject({
  /** Taxonomy id from data/indicators.yaml; null when the converter cannot classify it. */
  indicator: z.string().nullable(),
  /** The exact line of the document the target was read from. */
  text: z.string(),
  line: z.number().int().positive(),
  comparator: Comparator,
  value: z.number(),
  unit: Unit,
  year: z.number().int().nullable(),
  baseline: Baseline.nullable(),
  /** A subgroup the target applies to (e.g. difficult areas); null for the main target. */
  group: z.string().nullable(),
  source: z.enum(['text', 'table']),
  /** The plan's own goal heading the target sits under ("Mục tiêu 1: …"). */
  goal: z.string().nullable(),
  correction: Correction.nullable(),
  /** For a target read from a table: the cell it was read from. */
  cell: z.strictObject({
    /** 1-based column of the cell in its row. */
    column: z.number().int().positive(),
    /** The column's header, rows flattened ("Kế hoạch · Năm 2025"). */
    header: z.string(),
    /** The row quoted with its headers ("Tỷ suất tử vong sơ sinh (‰) — Thực hiện năm 2023: 2.7; …"). */
    row: z.string(),
  }).optional(),
});

export const Agency = z.strictObject({
  /** The body's name as written. */
  name: z.string(),
  /** Taxonomy id from data/agencies.yaml; null when unknown (reported as a flag). */
  agency: z.string().nullable(),
  role: Role,
  duties: z.array(z.string()),
  line: z.number().int().positive(),
});

export const Citation = z.strictObject({
  number: z.string().nullable(),
  docType: z.string(),
  date: PartialDate.nullable(),
  issuer: z.string().nullable(),
  line: z.number().int().positive(),
  text: z.string(),
});

export const Flag = z.strictObject({
  kind: FlagKind,
  message: z.string(),
  line: z.number().int().positive().nullable(),
});

/** A line in a target section holding a number that was not read as a target. */
export const Unclassified = z.strictObject({
  line: z.number().int().positive(),
  text: z.string(),
  reason: z.string(),
});

export const Jurisdiction = z.strictObject({
  /** Province id in data/regions.yaml. */
  province: z.string(),
  level: Level,
  /** The jurisdiction's name, e.g. "thành phố Bắc Kạn". */
  name: z.string(),
  /** Region id in data/regions.yaml of the jurisdiction itself. */
  region: z.string(),
  /**
   * For a unit that ended with the 1 July 2025 reform (a district, a merged province): the 2025
   * province that holds it now, so that plans can be grouped by either.
   */
  successor: z.string().optional(),
  /**
   * A unit the gazetteer does not list (a commune, ward or township before 1 July 2025), as the
   * document names it, inside the district or province the document names: the site shows it
   * from this.
   */
  unit: z
    .strictObject({ vi: z.string().min(1), en: z.string().min(1), short: z.string().min(1), parent: z.string() })
    .optional(),
});

export const Period = z.strictObject({ start: z.number().int(), end: z.number().int() });

export const Goal = z.strictObject({ title: z.string(), line: z.number().int().positive() });

export const PlanRecord = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string(),
  docType: DocType,
  number: z.string().nullable(),
  issued: PartialDate.nullable(),
  issuer: z.string(),
  signer: z.string().nullable(),
  jurisdiction: Jurisdiction,
  period: Period.nullable(),
  goals: z.array(Goal),
  targets: z.array(Target),
  agencies: z.array(Agency),
  citations: z.array(Citation),
  flags: z.array(Flag),
  unclassified: z.array(Unclassified),
  source: z.strictObject({
    /** Path of the source relative to the repository root. */
    file: z.string(),
    sha256: z.string(),
    bytes: z.number().int(),
    lines: z.number().int(),
    /** Line in the source file where the document body starts (after editors' frontmatter). */
    bodyStart: z.number().int().positive(),
  }),
});

export type Comparator = z.infer<typeof Comparator>;
export type Unit = z.infer<typeof Unit>;
export type DocType = z.infer<typeof DocType>;
export type Level = z.infer<typeof Level>;
export type Role = z.infer<typeof Role>;
export type FlagKind = z.infer<typeof FlagKind>;
export type Target = z.infer<typeof Target>;
export type Agency = z.infer<typeof Agency>;
export type Citation = z.infer<typeof Citation>;
export type Flag = z.infer<typeof Flag>;
export type Unclassified = z.infer<typeof Unclassified>;
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type Period = z.infer<typeof Period>;
export type Goal = z.infer<typeof Goal>;
export type PlanRecord = z.infer<typeof PlanRecord>;

/** Editors' frontmatter on a source: metadata and corrections; unknown keys are errors. */
export const SourceFrontmatter = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  /** The slug of a source this one repeats on purpose (the same text under another name). */
  duplicateOf: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
  title: z.string().optional(),
  docType: DocType.optional(),
  number: z.string().nullable().optional(),
  issued: PartialDate.nullable().optional(),
  issuer: z.string().optional(),
  signer: z.string().nullable().optional(),
  jurisdiction: z
    .strictObject({ region: z.string(), name: z.string().optional() })
    .optional(),
  period: Period.nullable().optional(),
  corrections: z
    .array(
      z.strictObject({
        line: z.number().int().positive(),
        indicator: z.string().optional(),
        year: z.number().int().optional(),
        value: z.number(),
        comparator: Comparator.optional(),
        note: z.string(),
      }),
    )
    .optional(),
});
export type SourceFrontmatter = z.infer<typeof SourceFrontmatter>;
