// Things a reader of a plan should be warned about: they stay in the record and the converter lists them.
import type { Flag, Target } from '../schema.ts';

const SIGN: Record<Target['comparator'], string> = {
  lt: '<', lte: '≤', gt: '>', gte: '≥', eq: '=', increase: '+', decrease: '−',
};

export function describe(t: Pick<Target, 'comparator' | 'value'>): string {
  return `${SIGN[t.comparator]} ${t.value}`;
}

const LIMIT: Partial<Record<Target['unit'], number>> = { percent: 100, per_1000_live_births: 1000, per_1000_population: 1000, per_1000_women: 1000 };

/** A share above 100% (or a rate per 1,000 above 1,000), or "more than" the whole: no plan can reach it. */
export function isImpossible(t: Pick<Target, 'comparator' | 'value' | 'unit'>): boolean {
  const max = LIMIT[t.unit];
  if (max === undefined || t.comparator === 'increase' || t.comparator === 'decrease') return false;
  return t.value > max || (t.value === max && t.comparator === 'gt');
}

export function impossibleValues(targets: readonly Target[]): Flag[] {
  const limit = LIMIT;
  return targets
    .filter(isImpossible)
    .map((t) => ({
      kind: 'impossible_value' as const,
      message: `Target "${describe(t)}" for ${t.indicator ?? 'an unclassified indicator'} cannot be reached: a ${t.unit === 'percent' ? 'share' : 'rate'} cannot exceed ${limit[t.unit]}.`,
      line: t.line,
    }));
}

/** The text and a table giving different figures for the same indicator and year. */
export function textTableConflicts(targets: readonly Target[]): Flag[] {
  // The table's figures by indicator and year: one pass, not a search per text target (a line
  // of thousands of figures would make that quadratic).
  const table = new Map<string, Target[]>();
  for (const o of targets) {
    if (o.source !== 'table' || !o.indicator || o.group !== null) continue;
    const k = `${o.indicator}|${o.year}`;
    table.set(k, [...(table.get(k) ?? []), o]);
  }
  const flags: Flag[] = [];
  for (const t of targets) {
    if (t.source !== 'text' || !t.indicator || t.group) continue;
    const other = table.get(`${t.indicator}|${t.year}`)?.find((o) => o.value !== t.value);
    if (other) {
      flags.push({
        kind: 'text_table_conflict',
        message: `${t.indicator} for ${t.year}: the text says "${describe(t)}" (line ${t.line}) but the table says "${describe(other)}" (line ${other.line}).`,
        line: t.line,
      });
    }
  }
  return flags;
}

export function unclassifiedTargets(targets: readonly Target[]): Flag[] {
  return targets
    .filter((t) => t.indicator === null)
    .map((t) => ({
      kind: 'unclassified_target' as const,
      message: `Target "${describe(t)}" names no indicator of data/indicators.yaml; it is kept with indicator null. Add a phrasing to data/indicators.yaml if it is one.`,
      line: t.line,
    }));
}

export function missingMetadata(number: string | null, issued: string | null): Flag[] {
  const flags: Flag[] = [];
  if (number === null) {
    flags.push({ kind: 'missing_number', message: 'The document has no number (a draft, or the number was left blank).', line: null });
  }
  if (issued === null) {
    flags.push({ kind: 'missing_date', message: 'The document gives no date of issue.', line: null });
  }
  return flags;
}
