// A site past every split threshold, built for real: the benchmark's synthetic corpus (the five
// documents re-issued by the gazetteer's provinces, districts and communes), crowded into two
// provinces, in a copy of the project, converted and built with `npm run build`. Pages that
// list every plan (indicators, compare, bodies, the matrix, the plans list) summarise by
// province and link a page per province; Lạng Sơn, whose districts issue plans before July
// 2025 and its communes after, has more plans than a page lists, so its own pages summarise a
// row per district and commune and link each plan. No target or body is lost on the way, no
// link breaks, and every page stays within the page-weight budget of bench/README.md (HTML +
// CSS ≤ 50 KB gzip).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/csv.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus.ts';
import { pageWeights } from '../../scripts/bench/weight.ts';
import { PlanRecord } from '../../src/schema.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import { LANGS, href } from '../../src/i18n/lang.ts';
import { COMPARE_ORDERS } from '../../src/site/compare.ts';
import { SPLIT_AT } from '../../src/site/split.ts';
import { issuedAfterReform } from '../../src/site/about.ts';
import { t } from '../../src/i18n/strings.ts';
import { CHART_PNG_SCALE, svgToPng } from '../../src/charts/png.ts';
import { decodePng, pngSizeOf } from '../helpers/png.ts';
import { HtmlValidate } from 'html-validate';
import { axeViolations } from './lib/axe.ts';
import { siteInBrowser } from './lib/browser.ts';
import { checkLinks } from './lib/links.ts';
import { copyProject, npmRun, removeProject, type Run } from './lib/project.ts';

const PLANS = SPLIT_AT + 60;
const BUDGET = 50 * 1024;
/** Lạng Sơn keeps its id across the reform (districts before, communes after); Bắc Kạn is merged into Thái Nguyên. */
const PROVINCES = ['lang-son', 'bac-kan'];
const CROWDED = 'lang-son';

let dir: string;
let dist: string;
let built: Run;

beforeAll(async () => {
  dir = copyProject('site-scale-');
  dist = join(dir, 'dist');
  writeCorpus(dir, PLANS, undefined, PROVINCES);
  // A backstop, not a measure (bench/ times builds): the build also draws every province chart's
  // PNG, and a machine busy with other work can take several minutes over it.
  built = await npmRun(dir, 'build', 600_000);
}, 620_000);

afterAll(() => {
  if (dir) removeProject(dir);
});

const browser = siteInBrowser(() => dist);
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);
const read = (path: string) => readFileSync(fileOf(path), 'utf8');
/** A province page that summarises by issuing unit (more plans than a page lists). */
const byUnit = (html: string) => html.includes('<tr data-unit=');
/** Source lines of the targets a plan page shows in its indicator × year tables. */
const planLines = new Map<string, Set<number>>();
const linesOnPlanPage = (plan: string) => {
  let lines = planLines.get(plan);
  if (!lines) planLines.set(plan, (lines = new Set([...read(`/ke-hoach/${plan}/`).matchAll(/data-lines="([^"]*)"/g)].flatMap((m) => m[1]!.split(' ').map(Number)))));
  return lines;
};

describe(`a site of ${PLANS} plans`, () => {
  const records = () =>
    parseCsv(read('/du-lieu/plans.csv')).map((r) => PlanRecord.parse(JSON.parse(read(`/du-lieu/ke-hoach/${r.id}.json`))));

  it('builds', () => {
    expect(built.status, built.stderr.slice(-2000)).toBe(0);
    expect(records()).toHaveLength(PLANS);
  });

  it('puts every target on its indicator’s page for its province, in both languages', () => {
    const tax = loadTaxonomies(join(dir, 'data') + '/');
    const slug = new Map(tax.indicators.map((i) => [i.id, i.slug]));
    const province = new Map(records().map((p) => [p.id, p.jurisdiction.province]));
    const targets = parseCsv(read('/du-lieu/targets.csv')).filter((t) => t.indicator);
    expect(targets.length).toBeGreaterThan(PLANS * 5);
    const missing: string[] = [];
    const pages = new Map<string, string>();
    for (const lang of LANGS) {
      for (const t of targets) {
        const path = href(lang, `/chi-tieu/${slug.get(t.indicator!)}/${province.get(t.plan!)}/`);
        if (!pages.has(path)) pages.set(path, existsSync(fileOf(path)) ? read(path) : '');
        const page = pages.get(path)!;
        // Split by unit: the page links the plan's page, which shows the target.
        const found = byUnit(page)
          ? page.includes(`href="${href(lang, `/ke-hoach/${t.plan}/`)}#L`) && linesOnPlanPage(t.plan!).has(Number(t.line))
          : page.includes(`data-plan="${t.plan}" data-line="${t.line}"`);
        if (!found) missing.push(`${path} ${t.plan}:${t.line}`);
      }
    }
    expect(missing.slice(0, 20), `${missing.length} missing`).toEqual([]);
  });

  it('summarises each indicator with a row per province, linked to that province’s page', () => {
    const provinces = new Set(records().map((p) => p.jurisdiction.province));
    const html = read('/chi-tieu/ty-so-tu-vong-me/');
    const rows = [...html.matchAll(/<tr data-province="([^"]+)">/g)].map((m) => m[1]);
    expect(new Set(rows)).toEqual(provinces);
    for (const p of provinces) expect(html).toContain(`href="/chi-tieu/ty-so-tu-vong-me/${p}/"`);
    // The extremes only: at most ten rows on the chart, not one per plan.
    expect(html.match(/<tr data-plan=/g)).toBeNull();
  });

  it('gives the chart of every indicator in each province its SVG, PNG and CSV files and a permalink, the PNG whole at twice the SVG’s size', () => {
    const provinces = new Set(records().map((r) => r.jurisdiction.province));
    const charts: string[] = [];
    for (const lang of LANGS) {
      for (const { slug } of loadTaxonomies(join(dir, 'data') + '/').indicators) {
        for (const p of provinces) {
          const path = href(lang, `/chi-tieu/${slug}/${p}/`);
          if (!existsSync(fileOf(path))) continue;
          const html = read(path);
          if (!html.includes('id="bieu-do"') || !/<figure class="chart"/.test(html)) continue;
          const file = (ext: string) => href(lang, `/bieu-do/${slug}/${p}.${ext}`);
          for (const ext of ['svg', 'png', 'csv']) {
            expect(html, path).toContain(`href="${file(ext)}"`);
            expect(existsSync(fileOf(file(ext))), file(ext)).toBe(true);
          }
          const svg = read(file('svg'));
          expect(svg).toMatch(/^<svg /);
          expect(decodePng(readFileSync(fileOf(file('png')))), file('png')).toEqual(pngSizeOf(svg));
          expect(html).toContain(`href="${path}#bieu-do"`);
          charts.push(file('svg'));
        }
      }
    }
    expect(charts.length).toBeGreaterThan(LANGS.length * provinces.size);
    // Rasterised as an indicator's chart file is: its SVG file at twice the pixels.
    const one = fileOf(charts[0]!);
    expect(readFileSync(one.replace(/\.svg$/, '.png')).equals(svgToPng(readFileSync(one, 'utf8'), CHART_PNG_SCALE))).toBe(true);
  });

  it('compares provinces, not plans, on one page, and drops the per-plan orders', () => {
    const html = read('/so-sanh/');
    for (const p of new Set(records().map((r) => r.jurisdiction.province))) expect(html).toContain(`href="/tinh/${p}/"`);
    for (const o of COMPARE_ORDERS.filter((o) => o.slug)) expect(existsSync(fileOf(`/so-sanh/${o.slug}/`))).toBe(false);
  });

  it('puts every body a plan assigns on that body’s page for the plan’s province, and summarises the body by province', () => {
    const tax = loadTaxonomies(join(dir, 'data') + '/');
    const slug = new Map(tax.agencies.map((a) => [a.id, a.slug]));
    const province = new Map(records().map((p) => [p.id, p.jurisdiction.province]));
    const rows = parseCsv(read('/du-lieu/agencies.csv')).filter((a) => a.agency);
    expect(rows.length).toBeGreaterThan(PLANS * 5);
    const missing = rows
      .map((a) => ({ path: `/co-quan/${slug.get(a.agency!)}/${province.get(a.plan!)}/`, a }))
      .filter(({ path, a }) => {
        if (!existsSync(fileOf(path))) return true;
        const page = read(path);
        // Split by unit: a row links each plan that gives the body work, at its first assigning line.
        if (byUnit(page)) return !page.includes(`href="/ke-hoach/${a.plan}/#L`);
        return !page.includes(`#L${a.line}"`) || !page.includes(`href="/ke-hoach/${a.plan}/"`);
      })
      .map(({ path, a }) => `${path} ${a.plan}:${a.line}`);
    expect(missing.slice(0, 20), `${missing.length} missing`).toEqual([]);
    const summary = read('/co-quan/trung-tam-y-te/');
    const provinces = new Set(rows.filter((a) => a.agency === 'health_centre').map((a) => province.get(a.plan!)));
    expect(new Set([...summary.matchAll(/<tr data-province="([^"]+)">/g)].map((m) => m[1]))).toEqual(provinces);
  });

  it('lists plans by province, each province page listing its own, and the most recent plans', () => {
    const html = read('/ke-hoach/');
    const byProvince = new Map<string, string[]>();
    for (const p of records()) byProvince.set(p.jurisdiction.province, [...(byProvince.get(p.jurisdiction.province) ?? []), p.id]);
    expect(new Set([...html.matchAll(/<tr data-province="([^"]+)">/g)].map((m) => m[1]))).toEqual(new Set(byProvince.keys()));
    for (const [province, ids] of byProvince) {
      expect(html).toContain(`href="/tinh/${province}/#ke-hoach"`);
      const page = read(`/tinh/${province}/`);
      for (const id of ids) expect(page).toContain(`href="/ke-hoach/${id}/"`);
    }
    expect(html.match(/href="\/ke-hoach\/[^"]+\/"/g)?.length).toBe(20);
  });

  it('gives each province its own bodies × plans matrix, with a column for each of its plans, or a row per body leading to its page there', () => {
    const tax = loadTaxonomies(join(dir, 'data') + '/');
    const slug = new Map(tax.agencies.map((a) => [a.id, a.slug]));
    for (const p of records()) {
      const page = read(`/co-quan/ma-tran/${p.jurisdiction.province}/`);
      if (p.jurisdiction.province !== CROWDED) {
        expect(page).toContain(`href="/ke-hoach/${p.id}/"`);
        continue;
      }
      for (const a of new Set(p.agencies.map((x) => x.agency).filter((x): x is string => !!x))) {
        const path = `/co-quan/${slug.get(a)}/${CROWDED}/`;
        expect(page).toContain(`href="${path}"`);
        expect(read(path)).toContain(`href="/ke-hoach/${p.id}/#L`);
      }
    }
  });

  it('summarises a province with more plans than a page lists by district and by commune, every plan linked', () => {
    const plans = records().filter((p) => p.jurisdiction.province === CROWDED);
    expect(plans.length).toBeGreaterThan(SPLIT_AT);
    const levels = new Set(plans.map((p) => p.jurisdiction.level));
    for (const level of ['province', 'district', 'commune'] as const) expect(levels).toContain(level);
    for (const lang of LANGS) {
      const page = read(href(lang, `/tinh/${CROWDED}/`));
      const units = [...page.matchAll(/<tr data-unit="([^"]+)">/g)].map((m) => m[1]);
      expect(new Set(units)).toEqual(new Set(plans.map((p) => p.jurisdiction.region)));
      for (const p of plans) expect(page).toContain(`href="${href(lang, `/ke-hoach/${p.id}/`)}"`);
      // Each indicator's spread leads to its page for the province.
      expect(page).toContain(`href="${href(lang, `/chi-tieu/ty-so-tu-vong-me/${CROWDED}/`)}"`);
      const indicator = read(href(lang, `/chi-tieu/ty-so-tu-vong-me/${CROWDED}/`));
      expect(byUnit(indicator)).toBe(true);
      // The chart draws the extremes, not a mark per plan.
      expect(indicator.match(/<tr data-plan=/g)).toBeNull();
    }
    // A province under the threshold keeps its plans side by side.
    const small = records().find((p) => p.jurisdiction.province !== CROWDED)!.jurisdiction.province;
    expect(byUnit(read(`/tinh/${small}/`))).toBe(false);
  });

  it('summarises its documents on the about page, instead of listing each one, and says which were issued after the reform', () => {
    const after = records().filter((p) => issuedAfterReform(p.issued)).length;
    expect(after).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const about = read(href(lang, '/gioi-thieu/'));
      expect(about.match(/href="[^"]*\/ke-hoach\/[^"]+\/"/g)).toBeNull();
      expect(about).toContain(`${PLANS} ${lang === 'vi' ? 'văn bản của' : 'documents from'} ${new Set(records().map((p) => p.jurisdiction.province)).size} `);
      expect(about).toContain('plans.csv');
      expect(about).toContain(t(lang).about.mergerAfter(String(after)));
    }
  });

  it('has no broken link or anchor', () => {
    const report = checkLinks(dist);
    const lines = report.broken.map((b) => `${b.file}: ${b.ref} (${b.reason})`);
    expect(lines.slice(0, 20), `${lines.length} broken`).toEqual([]);
  });

  it('keeps every page within 50 KB of HTML + CSS, gzip', () => {
    const over = pageWeights(dist)
      .filter((p) => p.html.gzip + p.css.gzip > BUDGET)
      .map((p) => `${p.path}: ${((p.html.gzip + p.css.gzip) / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  describe('the pages that split', () => {
    // A province under the threshold with plans at more than one level, to show both in its pages.
    const province = () => {
      const levels = new Map<string, Set<string>>();
      for (const p of records()) if (p.jurisdiction.province !== CROWDED) levels.set(p.jurisdiction.province, (levels.get(p.jurisdiction.province) ?? new Set()).add(p.jurisdiction.level));
      return [...levels].sort((a, b) => b[1].size - a[1].size)[0]![0];
    };
    const pages = () =>
      LANGS.flatMap((lang) => [
        { name: 'indicator summary', path: href(lang, '/chi-tieu/ty-so-tu-vong-me/') },
        { name: 'indicator in a province', path: href(lang, `/chi-tieu/ty-so-tu-vong-me/${province()}/`) },
        { name: 'compare by province', path: href(lang, '/so-sanh/') },
        { name: 'matrix by province', path: href(lang, '/co-quan/ma-tran/') },
        { name: 'matrix of a province', path: href(lang, `/co-quan/ma-tran/${province()}/`) },
        { name: 'body summary', path: href(lang, '/co-quan/trung-tam-y-te/') },
        { name: 'plans by province', path: href(lang, '/ke-hoach/') },
        { name: 'body in a province', path: href(lang, `/co-quan/trung-tam-y-te/${province()}/`) },
        { name: 'province by unit', path: href(lang, `/tinh/${CROWDED}/`) },
        { name: 'indicator in a province by unit', path: href(lang, `/chi-tieu/ty-so-tu-vong-me/${CROWDED}/`) },
        { name: 'body in a province by unit', path: href(lang, `/co-quan/trung-tam-y-te/${CROWDED}/`) },
        { name: 'matrix of a province by unit', path: href(lang, `/co-quan/ma-tran/${CROWDED}/`) },
      ]);

    it('pass html-validate with the recommended rules', async () => {
      const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
      const errors: string[] = [];
      for (const { path } of pages()) {
        const report = await validator.validateFile(fileOf(path));
        for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${path}: ${m.ruleId}: ${m.message}`);
      }
      expect(errors).toEqual([]);
    });

    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      it(`have no axe-core violation at ${viewport.width}px`, { timeout: 120_000 }, async () => {
        expect(await axeViolations(browser.browser, browser.server.origin, viewport, pages())).toEqual([]);
      });
    }
  });
});
