// Scoring one converted record against its hand-made label: pure functions over the parts of
// the record that the labels speak of, so that small made-up records test them.
import type { Comparator } from '../schema.ts';
import type { Bound, FileLabel, LabelOther, LabelTarget } from './labels.ts';
import { slugify } from '../convert/slug.ts';

/** The parts of a target the scoring reads (a PlanRecord target has them all). */
export interface ScoredTarget {
  indicator: string | null;
  comparator: Comparator;
  value: number;
  year: number | null;
  group: string | null;
  text?: string;
  line?: number;
}

/** A line the converter kept unread; `value`/`year` are read when the record carries them. */
export interface ScoredUnclassified {
  text: string;
  line: number;
  value?: number | null;
  year?: number | null;
}

export interface ScoredRecord {
  number: string | null;
  issued: string | null;
  docType: string;
  jurisdiction: { province: string; level: string; name: string };
  targets: readonly ScoredTarget[];
  unclassified: readonly ScoredUnclassified[];
}

export type TargetStatus = 'right' | 'wrong' | 'missing';

export interface MetaField {
  field: 'number' | 'issued' | 'docType' | 'province' | 'level' | 'place';
  expected: string | null;
  got: string | null;
  ok: boolean;
}

export interface FileScore {
  file: string;
  /** The converter's message when it refused the file; nothing else is scored then. */
  refused: string | null;
  targets: { label: LabelTarget; status: TargetStatus; got: ScoredTarget[] }[];
  others: { label: LabelOther; kept: boolean }[];
  subgroups: { value: number; ok: boolean }[];
  /** Forbidden figures that some target carries. */
  forbidden: { value: number; target: ScoredTarget }[];
  /** Targets that carry no figure the label knows (neither target, other nor subgroup). */
  extra: ScoredTarget[];
  meta: MetaField[];
  /** A text labelled `maxTargets: 0` that got targets. */
  overMax: boolean;
}

export function boundOf(c: Comparator): Bound {
  if (c === 'lt' || c === 'lte') return 'upper';
  if (c === 'increase' || c === 'decrease') return 'change';
  return 'lower';
}

export const sameValue = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

/** "Thừa Thiên Huế" → "thua-thien-hue": the ASCII form ids use (the converter's own slug rule). */
export const asciiSlug = slugify;

/** Post-reform units may carry a `-2025` suffix on their id. */
export const provinceMatches = (label: string, id: string): boolean =>
  id === asciiSlug(label) || id === `${asciiSlug(label)}-2025`;

/** Every reading of every figure in a text: 12,5 → 12.5; 1.917.093 → 1917093; 1.92 → 1.92 and 192. */
export function figuresIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const s = m[0];
    const readings = [s.replace(/\./g, '').replace(',', '.'), s.replace(/,/g, '')];
    for (const r of readings) {
      const n = Number(r);
      if (Number.isFinite(n)) out.push(n);
    }
  }
  return out;
}

const targetMatches = (t: ScoredTarget, [indicator, bound, value, year]: LabelTarget): boolean =>
  t.group === null && t.indicator === indicator && boundOf(t.comparator) === bound && sameValue(t.value, value) && t.year === year;

const keptBy = (r: ScoredRecord, value: number, year: number): boolean =>
  r.targets.some((t) => sameValue(t.value, value) && t.year === year) ||
  r.unclassified.some((u) =>
    u.value != null
      ? sameValue(u.value, value) && (u.year == null || u.year === year)
      : figuresIn(u.text).some((n) => sameValue(n, value)),
  );

function metaFields(label: FileLabel['meta'], r: ScoredRecord): MetaField[] {
  const f = (field: MetaField['field'], expected: string | null, got: string | null, ok = expected === got): MetaField => ({ field, expected, got, ok });
  const fields = [
    f('number', label.number, r.number),
    f('issued', label.issued, r.issued),
    f('docType', label.docType, r.docType),
    f('province', label.province, r.jurisdiction.province, provinceMatches(label.province, r.jurisdiction.province)),
  ];
  if (label.level) fields.push(f('level', label.level, r.jurisdiction.level));
  if (label.place) {
    const place = asciiSlug(label.place);
    fields.push(f('place', label.place, r.jurisdiction.name, `-${asciiSlug(r.jurisdiction.name)}-`.includes(`-${place}-`)));
  }
  return fields;
}

/** Score one record against its label. */
export function scoreRecord(file: string, label: FileLabel, r: ScoredRecord): FileScore {
  const used = new Set<ScoredTarget>();
  const targets = label.targets.map((lt) => {
    const hit = r.targets.find((t) => !used.has(t) && targetMatches(t, lt));
    if (hit) {
      used.add(hit);
      return { label: lt, status: 'right' as const, got: [hit] };
    }
    const sameFigure = r.targets.filter((t) => sameValue(t.value, lt[2]));
    return { label: lt, status: sameFigure.length ? ('wrong' as const) : ('missing' as const), got: sameFigure };
  });
  const known = [...label.targets.map((t) => t[2]), ...label.other.map((o) => o[2]), ...label.subgroupValues];
  return {
    file,
    refused: null,
    targets,
    others: label.other.map((o) => ({ label: o, kept: keptBy(r, o[2], o[3]) })),
    subgroups: label.subgroupValues.map((value) => ({ value, ok: r.targets.some((t) => t.group !== null && sameValue(t.value, value)) })),
    forbidden: label.forbiddenValues.flatMap((value) =>
      r.targets.filter((t) => sameValue(t.value, value)).map((target) => ({ value, target }))),
    extra: r.targets.filter((t) => !used.has(t) && !known.some((v) => sameValue(t.value, v))),
    meta: metaFields(label.meta, r),
    overMax: label.maxTargets === 0 && r.targets.length > 0,
  };
}

/** A file the converter refused: every expected figure is missing, every meta field wrong. */
export function refusedScore(file: string, label: FileLabel, message: string): FileScore {
  return {
    file,
    refused: message,
    targets: label.targets.map((lt) => ({ label: lt, status: 'missing', got: [] })),
    others: label.other.map((o) => ({ label: o, kept: false })),
    subgroups: label.subgroupValues.map((value) => ({ value, ok: false })),
    forbidden: [],
    extra: [],
    meta: metaFields(label.meta, { number: null, issued: null, docType: '', jurisdiction: { province: '', level: '', name: '' }, targets: [], unclassified: [] })
      .map((m) => ({ ...m, got: null, ok: false })),
    overMax: false,
  };
}

export interface Totals {
  files: number;
  refused: number;
  targets: { expected: number; right: number; wrong: number; missing: number };
  others: { expected: number; kept: number };
  subgroups: { expected: number; ok: number };
  forbidden: { found: number; files: number };
  extra: number;
  overMax: number;
  meta: { total: number; right: number };
}

const count = <T>(xs: readonly T[], p: (x: T) => boolean) => xs.filter(p).length;

export function totalsOf(scores: readonly FileScore[]): Totals {
  const all = <T>(f: (s: FileScore) => readonly T[]) => scores.flatMap(f);
  const targets = all((s) => s.targets);
  const meta = all((s) => s.meta);
  return {
    files: scores.length,
    refused: count(scores, (s) => s.refused !== null),
    targets: {
      expected: targets.length,
      right: count(targets, (t) => t.status === 'right'),
      wrong: count(targets, (t) => t.status === 'wrong'),
      missing: count(targets, (t) => t.status === 'missing'),
    },
    others: { expected: all((s) => s.others).length, kept: count(all((s) => s.others), (o) => o.kept) },
    subgroups: { expected: all((s) => s.subgroups).length, ok: count(all((s) => s.subgroups), (g) => g.ok) },
    forbidden: { found: all((s) => s.forbidden).length, files: count(scores, (s) => s.forbidden.length > 0) },
    extra: all((s) => s.extra).length,
    overMax: count(scores, (s) => s.overMax),
    meta: { total: meta.length, right: count(meta, (m) => m.ok) },
  };
}

/** n/d as a percentage with one decimal; a folder with nothing to score is 100%. */
export const pct = (n: number, d: number): number => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);
