import { readFileSync } from 'node:fs';
import { parseCsv as csvParse } from '../../src/csv.ts';
import { describe, expect, it } from 'vitest';
import { codebook, CHART_CSV, INDICATOR_CSV } from '../../src/site/codebook.ts';
import { CHART_CSV_COLUMNS } from '../../src/site/chart-files.ts';
import { codebookCsv, csvFiles, dataDir, indicatorCsv, readDataFile, sitePackage } from '../../src/site/files.ts';
import { createSite } from '../../src/site/model.ts';
import { COMPARATORS, UNITS } from '../../src/schema.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import { PlanRecord } from '../../src/schema.ts';
import { planJsonIds } from '../../src/site/files.ts';
import { join } from 'node:path';

const entries = codebook();
const columnsOf = (file: string) => entries.filter((e) => e.file === file && e.code === '').map((e) => e.column);
const tax = loadTaxonomies();
const records = planJsonIds().map((id) => PlanRecord.parse(JSON.parse(readFileSync(join(dataDir(), 'plans', `${id}.json`), 'utf8'))));
const site = createSite(records, tax);

describe('the codebook', () => {
  it('explains every column of every CSV the converter writes, in both languages', () => {
    for (const f of csvFiles()) {
      const header = csvParse(readDataFile(f)).columns;
      expect(columnsOf(f), f).toEqual(header);
    }
    for (const e of entries) expect(e.vi && e.en, `${e.file} ${e.column} ${e.code}`).toBeTruthy();
  });
  it('explains the chart CSVs and the per-indicator CSVs', () => {
    expect(columnsOf(CHART_CSV)).toEqual([...CHART_CSV_COLUMNS]);
    expect(columnsOf('codebook.csv')).toEqual(csvParse(codebookCsv()).columns);
    const ind = site.indicators.find((i) => i.id === 'maternal_mortality_ratio')!;
    expect(columnsOf(INDICATOR_CSV)).toEqual(csvParse(indicatorCsv(site, ind)).columns);
  });
  it('lists every comparator and unit code, the ones a reader meets first', () => {
    const codes = (column: string) => entries.filter((e) => e.file === '*' && e.column === column).map((e) => e.code);
    expect(codes('comparator')).toEqual([...COMPARATORS]);
    expect(codes('unit')).toEqual([...UNITS]);
    expect(codes('source')).toEqual(expect.arrayContaining(['text', 'table']));
    const csv = csvParse(codebookCsv());
    expect(csv.find((r) => r.column === 'unit' && r.code === 'per_1000_live_births')?.en).toBe('per 1,000 live births (‰)');
  });
});

describe('one CSV per indicator', () => {
  it('holds exactly the rows of targets.csv for the indicator', () => {
    const all = csvParse(readDataFile('targets.csv'));
    for (const ind of site.indicators) {
      const mine = csvParse(indicatorCsv(site, ind));
      expect(mine.map((r) => `${r.plan}:${r.line}:${r.year}`), ind.id).toEqual(
        all.filter((r) => r.indicator === ind.id).map((r) => `${r.plan}:${r.line}:${r.year}`),
      );
    }
  });
});

describe('datapackage.json', () => {
  const pkg = sitePackage('https://example.org/du-lieu/', undefined, site) as {
    licenses: { name: string }[];
    resources: { name: string; path: string; schema?: { fields: { name: string; description?: string }[] } }[];
  };
  it('states the licence and describes every field of every CSV', () => {
    expect(pkg.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    const csv = pkg.resources.filter((r) => r.schema);
    expect(csv.map((r) => r.path)).toEqual(expect.arrayContaining(['targets.csv', 'codebook.csv', 'chi-tieu/ty-so-tu-vong-me.csv']));
    for (const r of csv) {
      for (const f of r.schema!.fields) expect(f.description, `${r.path} ${f.name}`).toBeTruthy();
    }
  });
});
