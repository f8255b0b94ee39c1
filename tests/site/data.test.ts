import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPackage, inferFields, inferType } from '../../src/site/datapackage.ts';
import { csvFiles, csvRowCount, planJsonIds, readDataFile, sitePackage } from '../../src/site/files.ts';

describe('field types', () => {
  it('takes the narrowest type every value fits', () => {
    expect(inferType(['1', '22', ''])).toBe('integer');
    expect(inferType(['1', '9.5'])).toBe('number');
    expect(inferType(['true', 'false'])).toBe('boolean');
    expect(inferType(['2024-08-09', ''])).toBe('date');
    expect(inferType(['2021-08', '2024'])).toBe('string');
    expect(inferType(['', ''])).toBe('string');
    expect(inferType(['9,5'])).toBe('string');
  });
  it('reads the fields off a CSV header and its values', () => {
    expect(inferFields('plan,value,year,text\nx,9.5,2025,"a, b"\ny,42,,c\n')).toEqual([
      { name: 'plan', type: 'string' },
      { name: 'value', type: 'number' },
      { name: 'year', type: 'integer' },
      { name: 'text', type: 'string' },
    ]);
  });
  it('describes CSV and JSON resources', () => {
    const pkg = dataPackage({
      name: 'p', title: 't', description: 'd', homepage: 'h',
      csv: [{ name: 'targets', path: 'targets.csv', title: 'T', description: 'D', text: 'a\n1\n' }],
      json: [{ name: 'plan-x', path: 'ke-hoach/x.json', title: 'X' }],
    }) as { profile: string; resources: Record<string, unknown>[] };
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.resources[0]).toMatchObject({ profile: 'tabular-data-resource', path: 'targets.csv', mediatype: 'text/csv', schema: { fields: [{ name: 'a', type: 'integer' }] } });
    expect(pkg.resources[1]).toMatchObject({ path: 'ke-hoach/x.json', format: 'json' });
  });
});

describe('download files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'site-data-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans.csv'), 'id\nb\n');
  writeFileSync(join(dir, 'targets.csv'), 'plan,value\na,1\nb,2\n');
  writeFileSync(join(dir, 'extra.csv'), 'x\n');
  writeFileSync(join(dir, 'indicators.yaml'), '[]');
  writeFileSync(join(dir, 'plans', 'b.json'), '{}');
  writeFileSync(join(dir, 'plans', 'a.json'), '{}');

  it('lists the converter’s CSV files first, then any other', () => {
    expect(csvFiles(dir)).toEqual(['targets.csv', 'plans.csv', 'extra.csv']);
    expect(csvFiles(join(dir, 'nowhere'))).toEqual([]);
  });
  it('lists plan records and counts rows', () => {
    expect(planJsonIds(dir)).toEqual(['a', 'b']);
    expect(csvRowCount(readDataFile('targets.csv', dir))).toBe(2);
  });
  it('describes every file in the package', () => {
    const pkg = sitePackage('https://example.org/du-lieu/', dir) as { resources: { path: string }[]; homepage: string };
    expect(pkg.resources.map((r) => r.path)).toEqual(['targets.csv', 'plans.csv', 'extra.csv', 'codebook.csv', 'ke-hoach/a.json', 'ke-hoach/b.json']);
    expect(pkg.homepage).toBe('https://example.org/du-lieu/');
  });
});
