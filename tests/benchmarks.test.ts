import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { loadBenchmarks, loadTaxonomies, parseBenchmarks, TaxonomyError } from '../src/taxonomy/load.ts';
import { benchmarkFigures, benchmarkLabel, chartBenchmarks, looserTargets, looserThan } from '../src/site/benchmarks.ts';
import { createSite } from '../src/site/model.ts';
import { indicatorChart } from '../src/site/findings.ts';
import { provinceColors } from '../src/site/colors.ts';
import { records, taxonomy } from './fixtures/site/records.ts';
import type { Target } from '../src/schema.ts';

const tax = loadTaxonomies();
const benchmarks = loadBenchmarks();
const indicator = (id: string) => tax.indicators.find((i) => i.id === id)!;
const target = (over: Partial<Target>): Target => ({
  indicator: 'neonatal_mortality_rate', text: '', line: 1, comparator: 'lt', value: 9.5, unit: 'per_1000_live_births',
  year: 2025, baseline: null, group: null, source: 'text', ...over,
} as Target);

describe('data/benchmarks.yaml', () => {
  it('holds the national programmes and the SDG targets, each figure naming a known indicator', () => {
    expect(benchmarks.map((b) => b.number)).toEqual(['2779/QĐ-BYT', '1493/QĐ-TTg', '1896/QĐ-TTg', 'A/RES/70/1']);
    const ids = new Set(tax.indicators.map((i) => i.id));
    for (const b of benchmarks) for (const t of b.targets) expect(ids.has(t.indicator)).toBe(true);
  });
  it('gives the figures the documents publish', () => {
    const fig = (doc: string, id: string, year: number) => {
      const t = benchmarks.find((b) => b.id === doc)!.targets.find((x) => x.indicator === id && x.year === year)!;
      return `${t.comparator} ${t.value}`;
    };
    expect(fig('qd-1493-ttg-2021', 'under5_mortality_rate', 2025)).toBe('lt 18.5');
    expect(fig('qd-1493-ttg-2021', 'infant_mortality_rate', 2030)).toBe('lt 10');
    expect(fig('qd-1896-ttg-2019', 'stunting_under5', 2030)).toBe('lt 19');
    expect(fig('sdg-2030', 'maternal_mortality_ratio', 2030)).toBe('lt 70');
    expect(fig('sdg-2030', 'neonatal_mortality_rate', 2030)).toBe('lte 12');
  });
  it('has a benchmark for every indicator a chart must draw one on', () => {
    for (const id of ['maternal_mortality_ratio', 'neonatal_mortality_rate', 'infant_mortality_rate', 'under5_mortality_rate', 'stunting_under5', 'underweight_under5']) {
      expect(benchmarkFigures(benchmarks, id).length, id).toBeGreaterThan(0);
    }
  });
  it('refuses an unknown indicator or a second figure for one year, naming file and line', () => {
    const entry = (targets: string) => `- id: x\n  kind: national\n  number: "1/QĐ-TTg"\n  issued: "2020-01-01"\n  issuer: { vi: a, en: a }\n  title: { vi: a, en: a }\n  read: { kind: text, url: "https://example.org/" }\n  targets:\n${targets}`;
    const one = '    - { indicator: stunting_under5, comparator: lt, value: 20, year: 2025, where: "Điều 1" }\n';
    expect(() => parseBenchmarks(`# c\n${entry(one.replace('stunting_under5', 'stunting'))}`, 'data/benchmarks.yaml', tax.indicators)).toThrow(
      /data\/benchmarks\.yaml:2: "x", targets\[0\]: unknown indicator "stunting"/,
    );
    expect(() => parseBenchmarks(entry(one + one), 'data/benchmarks.yaml', tax.indicators)).toThrow(/a second figure for stunting_under5 in 2025/);
    expect(() => parseBenchmarks(entry(one.replace('lt,', 'decrease,')), 'f.yaml', tax.indicators)).toThrow(TaxonomyError);
  });
});

describe('looser than national', () => {
  const nmr = indicator('neonatal_mortality_rate');
  const figures = benchmarkFigures(benchmarks, nmr.id);
  it('calls out a plan figure on the weaker side of the national one for the same year', () => {
    expect(looserThan(target({ value: 9.5 }), nmr, figures).map((f) => f.doc.number)).toEqual(['1493/QĐ-TTg']);
    expect(looserThan(target({ value: 9 }), nmr, figures)).toEqual([]);
    expect(looserThan(target({ value: 8.5 }), nmr, figures)).toEqual([]);
  });
  it('compares only like with like: same year, whole population, a level target', () => {
    expect(looserThan(target({ year: 2024 }), nmr, figures)).toEqual([]);
    expect(looserThan(target({ group: 'vùng khó khăn' }), nmr, figures)).toEqual([]);
    expect(looserThan(target({ comparator: 'decrease' }), nmr, figures)).toEqual([]);
    // SDG figures are a global reference: 13 ‰ in 2030 is looser than 1493's 8 ‰, not than the SDG's 12.
    expect(looserThan(target({ year: 2030, value: 13 }), nmr, figures).map((f) => f.doc.id)).toEqual(['qd-1493-ttg-2021']);
  });
  it('turns round when higher is better', () => {
    const sba = indicator('skilled_birth_attendance');
    const f = benchmarkFigures(benchmarks, sba.id);
    expect(looserThan(target({ indicator: sba.id, unit: 'percent', comparator: 'gte', value: 90 }), sba, f).length).toBe(2);
    expect(looserThan(target({ indicator: sba.id, unit: 'percent', comparator: 'gte', value: 98 }), sba, f)).toEqual([]);
  });
  it('reports a target the text and its appendix repeat once', () => {
    const row = (line: number) => ({ plan: { id: 'p' }, target: target({ line }) });
    expect(looserTargets([row(10), row(200)], nmr, figures)).toHaveLength(1);
  });
});

describe('benchmarks on charts', () => {
  const site = createSite(records, { ...taxonomy, benchmarks });
  const colors = provinceColors(taxonomy.regions);
  it('draws the national figures for the chart\'s years and the SDG, each as a labelled line', () => {
    const figures = benchmarkFigures(benchmarks, 'under5_mortality_rate');
    expect(chartBenchmarks(figures, [2025]).map((f) => benchmarkLabel(f, 'vi'))).toEqual(['QĐ 1493/QĐ-TTg 2025: < 18,5', 'SDG 2030: ≤ 25']);
    expect(chartBenchmarks(figures, [2024]).map((f) => benchmarkLabel(f, 'en'))).toEqual(['SDG 2030: ≤ 25']);
    const { chart } = indicatorChart(site, indicator('under5_mortality_rate'), colors, 'vi');
    const svg = new JSDOM(chart!.svg).window.document;
    expect(svg.querySelectorAll('g.benchmark line').length).toBeGreaterThan(0);
    const labels = [...svg.querySelectorAll('g.benchmark-label text')].map((t) => t.textContent);
    expect(labels).toContain('SDG 2030: ≤ 25');
    expect(chart!.source).toMatch(/mục tiêu quốc gia và SDG: .*SDG\.$/);
  });
});
