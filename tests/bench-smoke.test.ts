// Smoke test of the benchmark's synthetic corpus (the benchmark itself is `npm run bench`):
// five generated plans, from every kind of place of the gazetteer (a province and a district
// before the reform, a province and communes after it), convert without error, each to the
// jurisdiction it was written for, with figures in plausible ranges.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertCorpus } from '../src/convert/corpus.ts';
import { loadTaxonomies } from '../src/taxonomy/load.ts';
import { generateCorpus, readTemplates, writeCorpus } from '../scripts/bench/corpus.ts';
import { placement } from '../scripts/bench/placement.ts';
import { buildPhases, pageType } from '../scripts/bench/build.ts';
import { ROOT } from './helpers/sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(ROOT, 'content/sources'), join(dir, 'content/sources'), { recursive: true });
mkdirSync(join(dir, 'data'));
for (const f of ['indicators.yaml', 'agencies.yaml', 'regions.yaml', 'gazetteer']) cpSync(join(ROOT, 'data', f), join(dir, 'data', f), { recursive: true });

describe('synthetic corpus for npm run bench', () => {
  const templates = readTemplates(dir);
  const corpus = writeCorpus(dir, 5);

  it('is the same on every run (seeded)', () => {
    const again = generateCorpus(5, templates, loadTaxonomies(join(dir, 'data') + '/').regions);
    expect(again.plans.map((p) => [p.slug, p.text])).toEqual(corpus.plans.map((p) => [p.slug, p.text]));
  });

  it('varies the real documents rather than copying them', () => {
    expect(corpus.plans).toHaveLength(5);
    expect(new Set(corpus.plans.map((p) => p.slug)).size).toBe(5);
    for (const p of corpus.plans) {
      expect(p.text).not.toBe(templates.get(p.template));
      expect(p.text).toContain(p.place.name);
    }
  });

  it('draws from every kind of place, each document dated in its place’s era', () => {
    expect(corpus.plans.map((p) => p.place.kind).sort()).toEqual(['commune-2025', 'commune-2025', 'district-2024', 'province-2024', 'province-2025']);
    for (const p of corpus.plans) {
      const year = Number(/-(20\d\d)(?:-\d+)?$/.exec(p.slug)![1]);
      if (p.place.kind.endsWith('2025')) expect(year).toBeGreaterThanOrEqual(2026);
      else expect(year).toBeLessThanOrEqual(2024);
    }
  });

  it('converts, each plan to the place it was written for', async () => {
    const tax = loadTaxonomies(join(dir, 'data') + '/');
    const { converted, errors } = await convertCorpus(join(dir, 'content/sources'), tax, dir);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(converted).toHaveLength(5);
    const bySlug = new Map(corpus.plans.map((p) => [p.slug, p]));
    expect(placement(corpus, new Map(converted.map((c) => [c.record.id, c.record]))).misplaced).toEqual([]);
    for (const { record } of converted) {
      const plan = bySlug.get(record.id)!;
      expect(record.jurisdiction.region).toBe(plan.place.id);
      expect(record.jurisdiction.province).toBe(plan.place.provinceId);
      for (const t of record.targets) {
        expect(t.value).toBeGreaterThanOrEqual(0);
        if (t.unit === 'percent') expect(t.value).toBeLessThanOrEqual(100);
      }
    }
    // Plans that set targets still do after the variation.
    expect(converted.filter((c) => c.record.targets.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('times the build’s phases from its log, the wait for the province charts’ PNGs after the search index its own', () => {
    const log = [
      '10:00:00 [content] Syncing content',
      '10:00:05 [vite] ✓ built in 2.86s',
      '10:00:10   ├─ /index.html (+5ms)',
      '10:00:30 [chart-pngs] rasterising the province charts on 1 thread as their SVGs are written',
      '10:01:10   └─ /en/tim-kiem/index.html (+5ms)',
      '10:01:12 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`',
      '10:01:13 [search-index] indexing the pages for search',
      '10:01:40 [search-index] 6611 pages indexed into dist/pagefind',
      '10:01:40 [chart-pngs] waiting for the province charts’ PNGs',
      '10:01:55 [chart-pngs] 1086 province chart PNGs written in 110.0 s from the start of the build',
    ].join('\n');
    expect(buildPhases(log, 120)).toEqual({ 'content sync': 5, bundle: 5, 'render pages': 62, sitemap: 1, 'search index': 27, 'chart PNGs': 15, start: 4, finish: 1 });
  });

  it('classifies built pages by type', () => {
    expect(pageType('/index.html')).toBe('home');
    expect(pageType('/en/ke-hoach/x/index.html')).toBe('plan');
    expect(pageType('/chi-tieu/x/index.html')).toBe('indicator');
    expect(pageType('/co-quan/ma-tran/index.html')).toBe('lists');
    expect(pageType('/en/chi-tieu/x/bac-giang/index.html')).toBe('indicator');
    expect(pageType('/co-quan/ma-tran/bac-giang/index.html')).toBe('lists');
    expect(pageType('/en/co-quan/tram-y-te/bac-giang/index.html')).toBe('body');
    expect(pageType('/en/so-sanh/index.html')).toBe('compare');
    expect(pageType('/du-lieu/ke-hoach/x.json')).toBe('data');
    expect(pageType('/tim-kiem/index.html')).toBe('search');
    expect(pageType('/en/nhung/x/index.html')).toBe('embed');
    expect(pageType('/bieu-do/x.png')).toBe('data');
  });
});
