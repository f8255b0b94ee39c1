// A Frictionless Data Package (v1) describing the downloads: field types are read off the CSV
// files themselves, so the descriptor follows whatever columns the converter writes.
import { parseCsv } from '../csv.ts';

export type FieldType = 'integer' | 'number' | 'boolean' | 'date' | 'string';

export interface Field {
  name: string;
  type: FieldType;
  description?: string;
}

const TESTS: [FieldType, RegExp][] = [
  ['integer', /^-?\d+$/],
  ['number', /^-?\d+(\.\d+)?(e-?\d+)?$/i],
  ['boolean', /^(true|false)$/],
  ['date', /^\d{4}-\d{2}-\d{2}$/],
];

/** The narrowest type every non-empty value of a column fits; a column with no values is a string. */
export function inferType(values: readonly string[]): FieldType {
  const present = values.filter((v) => v !== '');
  if (present.length === 0) return 'string';
  for (const [type, re] of TESTS) if (present.every((v) => re.test(v))) return type;
  return 'string';
}

export function inferFields(csvText: string): Field[] {
  const rows = parseCsv(csvText);
  return rows.columns.map((name) => ({ name, type: inferType(rows.map((r) => r[name] ?? '')) }));
}

export interface CsvResource {
  name: string;
  path: string;
  /** The file's name in the codebook, for its fields' descriptions. */
  codebook?: string;
  title: string;
  description: string;
  text: string;
}

export interface JsonResource {
  name: string;
  path: string;
  title: string;
}

export function dataPackage(opts: {
  name: string;
  title: string;
  description: string;
  homepage: string;
  license?: { name: string; path: string; title: string };
  /** A column's description, by codebook file name and column. */
  describe?: (file: string, column: string) => string | undefined;
  csv: readonly CsvResource[];
  json: readonly JsonResource[];
}): Record<string, unknown> {
  const fields = (r: CsvResource) =>
    inferFields(r.text).map((f) => {
      const description = r.codebook ? opts.describe?.(r.codebook, f.name) : undefined;
      return description ? { ...f, description } : f;
    });
  return {
    profile: 'tabular-data-package',
    name: opts.name,
    title: opts.title,
    description: opts.description,
    homepage: opts.homepage,
    ...(opts.license ? { licenses: [opts.license] } : {}),
    resources: [
      ...opts.csv.map((r) => ({
        profile: 'tabular-data-resource',
        name: r.name,
        path: r.path,
        title: r.title,
        description: r.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: { fields: fields(r), missingValues: [''] },
      })),
      ...opts.json.map((r) => ({
        profile: 'data-resource',
        name: r.name,
        path: r.path,
        title: r.title,
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
      })),
    ],
  };
}
