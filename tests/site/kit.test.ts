// The journalist's kit on the built site: every indicator page links its chart as SVG, PNG and
// CSV and its embed page, and they exist; PNGs decode at their stated size; og:image resolves;
// benchmark lines are in the chart files. Reads dist/ (`npm test` builds first).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv as csvParse } from '../../src/csv.ts';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import { LANGS, href } from '../../src/i18n/lang.ts';
import { decodePng, pngSizeOf } from '../helpers/png.ts';

const dist = join(fileURLToPath(new URL('../../', import.meta.url)), 'dist');
const SITE = 'https://chitieumebe.example.org';
const fileOf = (path: string) => {
  const clean = decodeURIComponent(new URL(path, SITE).pathname);
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
};
const page = (path: string) => new JSDOM(readFileSync(fileOf(path), 'utf8')).window.document;

const built = existsSync(join(dist, 'index.html'));
const indicators = loadTaxonomies().indicators;

describe.skipIf(!built)('chart files and embed pages', () => {
  for (const lang of LANGS) {
    it(`every indicator page (${lang}) links an existing SVG, PNG, CSV and embed page`, () => {
      for (const ind of indicators) {
        const doc = page(href(lang, `/chi-tieu/${ind.slug}/`));
        const links = [...doc.querySelectorAll('.chart-files a')].map((a) => a.getAttribute('href')!);
        for (const ext of ['.svg', '.png', '.csv']) {
          const found = links.filter((l) => l.startsWith(href(lang, '/bieu-do/')) && l.endsWith(ext));
          expect(found, `${ind.slug} ${ext}`).toHaveLength(1);
          expect(existsSync(fileOf(found[0]!)), found[0]).toBe(true);
        }
        const embed = links.find((l) => l === href(lang, `/nhung/${ind.slug}/`));
        expect(embed, `${ind.slug} embed`).toBeDefined();
        expect(existsSync(fileOf(embed!))).toBe(true);
        // The iframe code points at the embed page.
        expect(doc.querySelector('.chart-files pre code')!.textContent).toContain(`src="${SITE}${embed}"`);
      }
    });
  }

  it('every PNG decodes at its size: charts 1200 px wide (twice 600), Open Graph images 1200 × 630', () => {
    for (const lang of LANGS) {
      for (const ind of indicators) {
        const chart = decodePng(readFileSync(fileOf(href(lang, `/bieu-do/${ind.slug}.png`))));
        const svg = readFileSync(fileOf(href(lang, `/bieu-do/${ind.slug}.svg`)), 'utf8');
        expect(chart, ind.slug).toEqual(pngSizeOf(svg));
        expect(decodePng(readFileSync(fileOf(href(lang, `/bieu-do/${ind.slug}-og.png`))))).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it('the PNG check can fail: a truncated file is refused', () => {
    const png = readFileSync(fileOf('/bieu-do/ty-so-tu-vong-me.png'));
    expect(() => decodePng(png.subarray(0, png.length - 40))).toThrow();
  });

  it('every indicator page has an og:image that resolves to its 1200 × 630 image', () => {
    for (const lang of LANGS) {
      for (const ind of indicators) {
        const doc = page(href(lang, `/chi-tieu/${ind.slug}/`));
        const og = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
        expect(og, ind.slug).toBe(`${SITE}${href(lang, `/bieu-do/${ind.slug}-og.png`)}`);
        expect(existsSync(fileOf(og!))).toBe(true);
        expect(doc.querySelector('meta[name="twitter:card"]')!.getAttribute('content')).toBe('summary_large_image');
      }
    }
  });

  it('draws the benchmark line and its label in the chart files of the mortality and nutrition charts', () => {
    const expected: Record<string, string> = {
      'ty-so-tu-vong-me': 'SDG 2030: &lt; 70',
      'ty-suat-tu-vong-so-sinh': 'QĐ 1493/QĐ-TTg 2025: ≤ 9',
      'ty-suat-tu-vong-tre-duoi-1-tuoi': 'QĐ 1493/QĐ-TTg 2025: &lt; 12,5',
      'ty-suat-tu-vong-tre-duoi-5-tuoi': 'QĐ 1493/QĐ-TTg 2025: &lt; 18,5',
      'suy-dinh-duong-thap-coi': 'QĐ 1896/QĐ-TTg 2025: &lt; 20',
      'suy-dinh-duong-nhe-can': 'QĐ 1896/QĐ-TTg 2025: &lt; 11',
    };
    for (const [slug, label] of Object.entries(expected)) {
      const svg = readFileSync(fileOf(`/bieu-do/${slug}.svg`), 'utf8');
      expect(svg, slug).toMatch(/<g [^>]*class="benchmark"[^>]*>\s*<line /);
      expect(svg, slug).toContain(label);
      // The page's own chart draws it too.
      expect(page(`/chi-tieu/${slug}/`).querySelector('#bieu-do .benchmark-label')?.textContent, slug).toBeTruthy();
    }
  });

  it('each chart CSV holds the rows the chart draws, with document number and source line, then the benchmarks', () => {
    const rows = csvParse(readFileSync(fileOf('/bieu-do/ty-suat-tu-vong-so-sinh.csv'), 'utf8'));
    const plans = rows.filter((r) => r.kind === 'plan');
    // One dot per target drawn.
    const drawn = page('/chi-tieu/ty-suat-tu-vong-so-sinh/').querySelectorAll('#bieu-do .chart-wide svg circle');
    expect(plans.length).toBeGreaterThan(0);
    expect(drawn.length).toBe(plans.length);
    for (const r of plans) {
      expect(r.line).toMatch(/^\d+$/);
      expect(r.source_url).toBe(`${SITE}/ke-hoach/${r.plan}/#L${r.line}`);
      expect(existsSync(fileOf(r.source_url!))).toBe(true);
    }
    const root = join(dist, '..');
    for (const r of plans) {
      const record = JSON.parse(readFileSync(join(root, 'data/plans', `${r.plan}.json`), 'utf8')) as { number: string | null };
      expect(r.document_number).toBe(record.number ?? '');
    }
    expect(rows.filter((r) => r.kind === 'national').map((r) => `${r.document_number} ${r.year} ${r.comparator} ${r.value}`)).toContain('1493/QĐ-TTg 2025 lte 9');
  });

  it('every home finding links its chart as SVG, PNG and CSV, which exist and decode, and a permalink to its figure', () => {
    for (const lang of LANGS) {
      const doc = page(href(lang, '/'));
      const figures = [...doc.querySelectorAll('ol.findings figure.chart')];
      expect(figures.length).toBeGreaterThan(2);
      for (const fig of figures) {
        const links = [...fig.querySelectorAll('.chart-links a')].map((a) => a.getAttribute('href')!);
        const file = (ext: string) => links.filter((l) => l.startsWith(href(lang, '/bieu-do/trang-chu/')) && l.endsWith(ext));
        for (const ext of ['.svg', '.png', '.csv']) {
          expect(file(ext), `${fig.id} ${ext}`).toHaveLength(1);
          expect(existsSync(fileOf(file(ext)[0]!)), file(ext)[0]).toBe(true);
        }
        const svg = readFileSync(fileOf(file('.svg')[0]!), 'utf8');
        expect(decodePng(readFileSync(fileOf(file('.png')[0]!)))).toEqual(pngSizeOf(svg));
        // The file carries the finding the page states.
        expect(svg).toContain(fig.querySelector('h3')!.textContent!.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').slice(0, 30));
        const permalink = fig.querySelector('.chart-links a.permalink')!.getAttribute('href')!;
        expect(permalink).toBe(`${href(lang, '/')}#${fig.id}`);
        expect(doc.getElementById(fig.id)).toBe(fig);
        const csv = csvParse(readFileSync(fileOf(file('.csv')[0]!), 'utf8'));
        expect(csv.length, fig.id).toBeGreaterThan(0);
        // Plan rows point at the plan's page on the site (benchmark rows at the document read).
        const own = csv.filter((r) => r.source_url!.startsWith(SITE));
        expect(own.length, fig.id).toBeGreaterThan(0);
        for (const r of own) expect(existsSync(fileOf(r.source_url!.split('#')[0]!)), r.source_url).toBe(true);
      }
    }
  });

  it('the embed page has the chart, its source and a link back, and no site chrome', () => {
    for (const lang of LANGS) {
      const doc = page(href(lang, '/nhung/ty-so-tu-vong-me/'));
      expect(doc.querySelector('header, nav, footer')).toBeNull();
      expect(doc.querySelector('figure.chart svg[role="img"]')).not.toBeNull();
      expect(doc.querySelector('figure.chart figcaption')!.textContent).toMatch(/SDG/);
      const back = doc.querySelector('.embed-back a')!;
      expect(back.getAttribute('href')).toBe(`${SITE}${href(lang, '/chi-tieu/ty-so-tu-vong-me/')}#bieu-do`);
      expect(back.getAttribute('target')).toBe('_top');
    }
  });
});
