// The files the converter writes, as strings: the same input always gives the same bytes.
import { stringify } from 'yaml';
import { csvText, type Cell } from '../csv.ts';
import type { PlanRecord } from '../schema.ts';
import type { Taxonomies } from '../taxonomy/load.ts';
import type { Converted } from './index.ts';

/** Structured Markdown: frontmatter = the record, body = the document's structure, each block marked with its line. */
export function planMarkdown({ record, markdown }: Converted): string {
  // YAML 1.1 rules quote date-like strings, so every YAML reader keeps "2024-08-09" a string.
  const front = stringify(record, { version: '1.1', lineWidth: 0, aliasDuplicateObjects: false });
  return `---\n${front}---\n${markdown}`;
}

export function planJson(record: PlanRecord): string {
  return JSON.stringify(record, null, 2) + '\n';
}

const byId = (a: PlanRecord, b: PlanRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Rows as CSV, the columns in the order of the first row's keys. */
function csvOf<R extends Record<string, Cell>>(rows: R[], columns: (keyof R & string)[] = Object.keys(rows[0] ?? {})): string {
  return csvText(columns, rows);
}

export function targetsCsv(records: readonly PlanRecord[], tax: Taxonomies): string {
  const names = new Map(tax.indicators.map((i) => [i.id, i]));
  const rows = [...records].sort(byId).flatMap((r) =>
    r.targets.map((t) => ({
      plan: r.id,
      province: r.jurisdiction.province,
      jurisdiction: r.jurisdiction.name,
      level: r.jurisdiction.level,
      indicator: t.indicator ?? '',
      indicator_vi: t.indicator ? (names.get(t.indicator)?.vi ?? '') : '',
      indicator_en: t.indicator ? (names.get(t.indicator)?.en ?? '') : '',
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      year: t.year ?? '',
      baseline_value: t.baseline?.value ?? '',
      baseline_year: t.baseline?.year ?? '',
      group: t.group ?? '',
      source: t.source,
      goal: t.goal ?? '',
      line: t.line,
      text: t.text,
      original_value: t.correction?.original.value ?? '',
      correction_note: t.correction?.note ?? '',
    })),
  );
  return csvOf(rows);
}

export function agenciesCsv(records: readonly PlanRecord[], tax: Taxonomies): string {
  const names = new Map(tax.agencies.map((a) => [a.id, a]));
  const rows = [...records].sort(byId).flatMap((r) =>
    r.agencies.map((a) => ({
      plan: r.id,
      agency: a.agency ?? '',
      agency_vi: a.agency ? (names.get(a.agency)?.vi ?? '') : '',
      agency_en: a.agency ? (names.get(a.agency)?.en ?? '') : '',
      name: a.name,
      role: a.role,
      line: a.line,
      duties: a.duties.join(' | '),
    })),
  );
  return csvOf(rows);
}

export function plansCsv(records: readonly PlanRecord[]): string {
  const rows = [...records].sort(byId).map((r) => ({
    id: r.id,
    title: r.title,
    doc_type: r.docType,
    number: r.number ?? '',
    issued: r.issued ?? '',
    issuer: r.issuer,
    signer: r.signer ?? '',
    province: r.jurisdiction.province,
    level: r.jurisdiction.level,
    jurisdiction: r.jurisdiction.name,
    period_start: r.period?.start ?? '',
    period_end: r.period?.end ?? '',
    targets: r.targets.length,
    agencies: r.agencies.length,
    citations: r.citations.length,
    flags: r.flags.length,
    source_file: r.source.file,
    sha256: r.source.sha256,
  }));
  return csvOf(rows);
}

/** Every generated file, path (relative to the repository) → content. */
export function outputsOf(converted: readonly Converted[], tax: Taxonomies): Map<string, string> {
  const out = new Map<string, string>();
  const records = converted.map((c) => c.record);
  for (const c of [...converted].sort((a, b) => byId(a.record, b.record))) {
    out.set(`content/plans/${c.record.id}.md`, planMarkdown(c));
    out.set(`data/plans/${c.record.id}.json`, planJson(c.record));
  }
  out.set('data/targets.csv', targetsCsv(records, tax));
  out.set('data/agencies.csv', agenciesCsv(records, tax));
  out.set('data/plans.csv', plansCsv(records));
  return out;
}
