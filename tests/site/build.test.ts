// Checks the built site in dist/ against the data it was built from. `npm test` builds first;
// run `npx astro build` before running this file on its own.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/csv.ts';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PlanRecord } from '../../src/schema.ts';
import { plainText } from '../../src/convert/document.ts';
import { loadTaxonomies } from '../../src/taxonomy/load.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { LANGS, href } from '../../src/i18n/lang.ts';
import { COMPARE_ORDERS } from '../../src/site/compare.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const built = existsSync(join(dist, 'index.html'));

/** The file a site path is served from in the directory build format. */
function fileOf(path: string): string {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

function page(path: string): Document {
  return new JSDOM(readFileSync(fileOf(path), 'utf8')).window.document;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

if (!built) {
  describe('built site', () => {
    it('needs dist/', () => {
      expect.fail('dist/ is missing or has no index.html: run `npx astro build` (npm test builds before testing).');
    });
  });
} else {
  const plans = readdirSync(join(root, 'data/plans'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => PlanRecord.parse(JSON.parse(readFileSync(join(root, 'data/plans', f), 'utf8'))));
  const tax = loadTaxonomies();
  const provinces = [...new Set(plans.map((p) => p.jurisdiction.province))];
  const targets = parseCsv(readFileSync(join(root, 'data/targets.csv'), 'utf8'));
  const indicatorSlug = new Map(tax.indicators.map((i) => [i.id, i.slug]));

  describe('built site: every page in both languages', () => {
    const routes = [
      '/', '/ke-hoach/', '/chi-tieu/', '/co-quan/', '/co-quan/ma-tran/', '/tinh/', '/so-sanh/', '/du-lieu/', '/gioi-thieu/',
      ...COMPARE_ORDERS.filter((o) => o.slug).map((o) => `/so-sanh/${o.slug}/`),
      ...plans.map((p) => `/ke-hoach/${p.id}/`),
      ...tax.indicators.map((i) => `/chi-tieu/${i.slug}/`),
      ...tax.agencies.map((a) => `/co-quan/${a.slug}/`),
      ...provinces.map((id) => `/tinh/${id}/`),
    ];
    it.each(LANGS)('has every plan, indicator, body and province page in %s', (lang) => {
      const missing = routes.map((r) => href(lang, r)).filter((p) => !existsSync(fileOf(p)));
      expect(missing).toEqual([]);
    });
    it('has a 404 page and the downloads', () => {
      const files = ['/404.html', '/du-lieu/targets.csv', '/du-lieu/agencies.csv', '/du-lieu/plans.csv', '/du-lieu/datapackage.json',
        ...plans.map((p) => `/du-lieu/ke-hoach/${p.id}.json`)];
      expect(files.filter((f) => !existsSync(fileOf(f)))).toEqual([]);
      expect(readFileSync(fileOf('/du-lieu/targets.csv'), 'utf8')).toBe(readFileSync(join(root, 'data/targets.csv'), 'utf8'));
    });
    it('describes every download in datapackage.json', () => {
      const pkg = JSON.parse(readFileSync(fileOf('/du-lieu/datapackage.json'), 'utf8')) as { resources: { path: string; schema?: { fields: { name: string }[] } }[] };
      expect(pkg.resources.filter((r) => !existsSync(join(dist, 'du-lieu', r.path)))).toEqual([]);
      const t = pkg.resources.find((r) => r.path === 'targets.csv')!;
      expect(t.schema!.fields.map((f) => f.name)).toEqual(targets.columns);
    });
    it('links each page to the same page in the other language', () => {
      for (const file of htmlFiles(dist)) {
        if (file.endsWith('404.html')) continue;
        const html = readFileSync(file, 'utf8');
        const self = `/${relative(dist, file)}`.replace(/index\.html$/, '');
        const expected = self.startsWith('/en/') ? self.slice(3) : `/en${self}`;
        // An embed page has no site chrome to switch from: its head names its twin.
        if (/<body class="bare"/.test(html)) {
          expect(html, self).toContain(`hreflang="${self.startsWith('/en/') ? 'vi' : 'en'}" href="https://chitieumebe.example.org${expected}"`);
          continue;
        }
        const sw = /<a class="lang-switch" href="([^"]+)"/.exec(html);
        expect(sw, relative(dist, file)).not.toBeNull();
        expect(sw![1], self).toBe(expected);
      }
    });
  });

  describe('built site: every target on its pages', () => {
    const docs = new Map<string, Document>();
    const get = (p: string) => {
      if (!docs.has(p)) docs.set(p, page(p));
      return docs.get(p)!;
    };
    const rowsOn = (doc: Document, line: string, year: string, plan: string) =>
      [...doc.querySelectorAll<HTMLTableRowElement>(`tr[data-line="${line}"]`)].filter(
        (tr) => (tr.dataset.year ?? '') === year && (plan === undefined || tr.dataset.plan === plan),
      );

    it('has targets to check', () => {
      expect(targets.length).toBeGreaterThan(0);
    });
    it.each(LANGS)('shows every row of targets.csv on its plan page and its indicator page (%s)', (lang) => {
      const problems: string[] = [];
      for (const t of targets) {
        const value = formatNumber(Number(t.value), lang);
        const where = `${t.plan} line ${t.line} ${t.year} ${t.indicator}`;
        // The plan page reads indicator × year: one cell per commitment, listing every line that states it.
        const onPlan = [...get(href(lang, `/ke-hoach/${t.plan}/`)).querySelectorAll<HTMLElement>(`td[data-lines~="${t.line}"]`)]
          .filter((td) => (td.dataset.year ?? '') === t.year);
        if (!onPlan.some((td) => td.textContent!.includes(value))) problems.push(`plan page lacks ${where}`);
        if (!t.indicator) continue;
        const slug = indicatorSlug.get(t.indicator);
        if (!slug) {
          problems.push(`unknown indicator ${where}`);
          continue;
        }
        const onIndicator = rowsOn(get(href(lang, `/chi-tieu/${slug}/`)), t.line!, t.year!, t.plan!);
        if (!onIndicator.some((tr) => tr.textContent!.includes(value))) problems.push(`indicator page lacks ${where}`);
      }
      expect(problems).toEqual([]);
    });
  });

  describe('built site: links', () => {
    const files = htmlFiles(dist);
    const anchors = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!anchors.has(file)) {
        const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
        anchors.set(file, new Set(ids));
      }
      return anchors.get(file)!;
    };

    it('points every source-line link (#L<N>) at an existing line anchor', () => {
      const broken: string[] = [];
      let count = 0;
      for (const file of files) {
        for (const m of readFileSync(file, 'utf8').matchAll(/href="([^"]*)#(L\d+)"/g)) {
          count++;
          const target = m[1] ? fileOf(m[1]) : file;
          if (!existsSync(target) || !idsOf(target).has(m[2]!)) broken.push(`${relative(dist, file)} → ${m[1]}#${m[2]}`);
        }
      }
      expect(count).toBeGreaterThan(0);
      expect(broken).toEqual([]);
    });

    it('resolves every internal link and fragment', () => {
      const broken: string[] = [];
      for (const file of files) {
        for (const m of readFileSync(file, 'utf8').matchAll(/href="(\/[^"]*|#[^"]+)"/g)) {
          const [path, frag] = m[1]!.split('#') as [string, string | undefined];
          const target = path ? fileOf(path) : file;
          if (!existsSync(target)) broken.push(`${relative(dist, file)} → ${m[1]}`);
          else if (frag && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(frag))) broken.push(`${relative(dist, file)} → ${m[1]}`);
        }
      }
      expect(broken).toEqual([]);
    });

    it('anchors each target at the block of the structured body that holds its line', () => {
      const wrong: string[] = [];
      const words = (x: string) => x.toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
      for (const p of plans) {
        const doc = page(`/ke-hoach/${p.id}/`);
        for (const t of p.targets) {
          const cell = [...doc.querySelectorAll<HTMLElement>(`td[data-lines~="${t.line}"]`)].find((td) => (td.dataset.year ?? '') === String(t.year ?? ''));
          const link = [...(cell?.querySelectorAll('a.line-link') ?? [])].map((a) => a.getAttribute('href')!).find((h) => h === `#L${t.line}` || h.startsWith(`#L${t.line}-`)) ?? '';
          const target = doc.getElementById(link.slice(1));
          // A table target lands on its cell, which holds the figure; its row holds the line.
          if (t.cell && !(target?.tagName === 'TD' && target.textContent!.includes(String(t.value).replace('.', ',')) || target?.textContent!.includes(String(t.value)))) {
            wrong.push(`${p.id} ${link}: cell "${target?.textContent}" lacks ${t.value}`);
          }
          const block = t.cell ? target?.closest('tr') : target;
          const text = words(block?.closest('.doc-body') ? block.textContent! : '').join(' ');
          if (!text.includes(words(plainText(t.text)).join(' '))) wrong.push(`${p.id} ${link}: ${t.text.slice(0, 40)} ≠ ${text.slice(0, 40)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('renders document text as structure, never as source markup', () => {
      for (const p of plans) {
        const doc = page(`/ke-hoach/${p.id}/`);
        const body = doc.querySelector('.doc-body')!;
        expect(doc.querySelectorAll('script').length).toBe(0);
        expect(body.querySelectorAll('img, iframe, style, script').length).toBe(0);
        expect(body.querySelectorAll('h3, h4, h5, h6').length).toBeGreaterThan(0);
        expect(body.querySelectorAll('[data-line]').length).toBeGreaterThanOrEqual(20);
      }
    });

    it('shows no literal <b>, ** or ## in the visible text of any page', () => {
      const marked: string[] = [];
      for (const file of files) {
        const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
        for (const el of doc.querySelectorAll('script, style, template')) el.remove();
        const text = doc.body?.textContent ?? '';
        const m = /<\/?b>|\*\*|##/.exec(text);
        if (m) marked.push(`${relative(dist, file)}: …${text.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
      }
      expect(files.length).toBeGreaterThan(20);
      expect(marked).toEqual([]);
    });

    it('names indicators, never by their ids, in the visible text of any page', () => {
      const ids = new RegExp(`\\b(?:${tax.indicators.map((i) => i.id).join('|')})\\b`);
      const named: string[] = [];
      for (const file of files) {
        const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
        for (const el of doc.querySelectorAll('script, style, template')) el.remove();
        const m = ids.exec(doc.body?.textContent ?? '');
        if (m) named.push(`${relative(dist, file)}: ${m[0]}`);
      }
      expect(named).toEqual([]);
    });

    it('counts Lạng Giang as 24 distinct commitments (indicator × year), and the site as 72', () => {
      const list = page('/ke-hoach/');
      const row = [...list.querySelectorAll('tr')].find((tr) => tr.querySelector('a[href="/ke-hoach/lang-giang-2024-2025/"]'))!;
      expect(row.querySelector('td[data-label="Chỉ tiêu"]')!.textContent!.trim()).toBe('24');
      expect(page('/').querySelector('p.lead')!.textContent).toContain('72 chỉ tiêu số');
      // The plan page shows each commitment once: 12 indicators × 2 years.
      expect(page('/ke-hoach/lang-giang-2024-2025/').querySelectorAll('table.targets-grid td[data-lines]').length).toBe(24);
    });

    it('marks the impossible > 100% target on its chart and leaves it out of the finding, saying so', () => {
      for (const lang of LANGS) {
        const doc = page(href(lang, `/chi-tieu/${indicatorSlug.get('facility_births')}/`));
        const svg = doc.querySelector('figure.chart svg')!;
        const flagged = [...svg.querySelectorAll('text')].filter((x) => x.textContent!.includes('⚠'));
        expect(flagged.length).toBeGreaterThan(0);
        expect(flagged.some((x) => /Bắc Kạn|Bac Kan/.test(x.textContent!))).toBe(true);
        const finding = svg.querySelector('title')!.textContent!;
        expect(finding).not.toMatch(/100/);
        expect([...doc.querySelectorAll('p.note')].some((p) => /TP Bắc Kạn|Bac Kan city/.test(p.textContent!) && /100/.test(p.textContent!))).toBe(true);
      }
    });

    it('defines each role on the bodies pages, and reads "Giao Sở Y tế chủ trì" as the health department leading', () => {
      for (const lang of LANGS) {
        const defs = [...page(href(lang, '/co-quan/')).querySelectorAll('dl.role-key dd')].map((d) => d.textContent!.trim());
        expect(defs.length).toBe(4);
        expect(defs.every((d) => d.length > 20)).toBe(true);
      }
      const plan = page('/ke-hoach/bac-kan-chi-thi-06-2024/');
      const health = [...plan.querySelectorAll('.body-entry h3')].find((h) => h.querySelector('a[href="/co-quan/so-y-te/"]'));
      expect(health?.querySelector('.role')?.className).toContain('role-lead');
    });

    it('gives on the about page an address for error reports, the data licence and the newest source date', () => {
      const newest = plans.map((p) => p.issued).filter((d): d is string => d !== null).sort().at(-1)!;
      for (const lang of LANGS) {
        const doc = page(href(lang, '/gioi-thieu/'));
        expect(doc.querySelector('#bao-loi ~ p a[href^="mailto:"]')).not.toBeNull();
        expect(doc.getElementById('giay-phep-text')!.textContent).toMatch(/CC BY 4\.0 \(creativecommons\.org\/licenses\/by\/4\.0\/\)/);
        expect(doc.querySelector('main')!.textContent).toContain(newest.slice(0, 4));
      }
    });

    it("names each plan's level and issuer type beside it wherever plans are compared or listed, in both languages", () => {
      const kinds = { vi: ['cấp tỉnh · Sở Y tế', 'cấp huyện · UBND huyện'], en: ['province level · Department of Health', "district level · District People's Committee"] };
      const beside = (doc: Document, planId: string, lang: 'vi' | 'en') =>
        [...doc.querySelectorAll(`a[href="${href(lang, `/ke-hoach/${planId}/`)}"]`)].map((a) => a.closest('th, tr, li')?.textContent ?? '').join(' | ');
      for (const lang of LANGS) {
        const [dept, district] = kinds[lang];
        for (const path of ['/so-sanh/', '/co-quan/ma-tran/', '/tinh/bac-giang/', `/chi-tieu/${indicatorSlug.get('maternal_mortality_ratio')}/`, '/']) {
          const doc = page(href(lang, path));
          expect(beside(doc, 'lang-giang-2024-2025', lang), path).toContain(district);
          if (path !== `/chi-tieu/${indicatorSlug.get('maternal_mortality_ratio')}/`) expect(beside(doc, 'bac-giang-so-y-te-2024', lang), path).toContain(dept);
        }
        // A chart row names the issuer when it is not the place's people's committee.
        const svg = page(href(lang, `/chi-tieu/${indicatorSlug.get('maternal_mortality_ratio')}/`)).querySelector('figure.chart svg')!;
        expect(svg.textContent).toContain(lang === 'vi' ? 'tỉnh Bắc Giang (Sở Y tế)' : 'Bac Giang province (Department of Health)');
      }
    });

    it('compares no 2024 target with a 2025 one', () => {
      const years = new Set<string>();
      for (const o of COMPARE_ORDERS) {
        const doc = page(o.slug ? `/so-sanh/${o.slug}/` : '/so-sanh/');
        for (const td of doc.querySelectorAll('table.grid td.value')) {
          const year = /\b(20\d\d)\b/.exec([...td.querySelectorAll('.more')].map((n) => n.textContent).join(' '));
          expect(year, td.textContent!).not.toBeNull();
          years.add(year![1]!);
        }
      }
      expect([...years]).toEqual(['2025']);
      // The Bắc Giang Sở Y tế's plan sets 2024 targets only: its column has no figure.
      const doc = page('/so-sanh/');
      expect(doc.querySelector('td.value a[href^="/ke-hoach/bac-giang-so-y-te-2024/"]')).toBeNull();
    });

    it('has a compare page per target year that plans share, linked from the compare page, each comparing that year only', () => {
      const byYear = new Map<number, Set<string>>();
      for (const p of plans) for (const t of p.targets) if (t.year !== null) byYear.set(t.year, (byYear.get(t.year) ?? new Set()).add(p.id));
      const shared = [...byYear].filter(([, ps]) => ps.size >= 2).map(([y]) => y).sort();
      expect(shared).toContain(2024);
      for (const lang of LANGS) {
        const main = page(href(lang, '/so-sanh/'));
        const links = [...main.querySelectorAll('nav ul.orders a')].map((a) => a.getAttribute('href'));
        for (const y of shared.filter((y) => y !== 2025)) {
          expect(links).toContain(href(lang, `/so-sanh/nam-${y}/`));
          const doc = page(href(lang, `/so-sanh/nam-${y}/`));
          const cells = [...doc.querySelectorAll('table.grid td.value')];
          expect(cells.length).toBeGreaterThan(0);
          for (const td of cells) expect([...td.querySelectorAll('.more')].map((n) => n.textContent).join(' ')).toContain(String(y));
        }
      }
      // The Bắc Giang Sở Y tế's plan sets 2024 targets only: it has figures on the 2024 page.
      expect(page('/so-sanh/nam-2024/').querySelector('td.value a[href^="/ke-hoach/bac-giang-so-y-te-2024/"]')).not.toBeNull();
    });

    it('states each shaded row\'s linear scale with its two figures, the palest and darkest cells holding them', () => {
      for (const lang of LANGS) {
        const doc = page(href(lang, '/so-sanh/'));
        expect(doc.querySelector('main')!.textContent).toMatch(lang === 'vi' ? /tuyến tính/ : /linear/);
        let shaded = 0;
        for (const tr of doc.querySelectorAll('table.grid tbody tr')) {
          const cells = [...tr.querySelectorAll('td[class*="heat-"]')];
          const scale = tr.querySelector('.row-scale');
          if (cells.length < 2) continue;
          shaded++;
          expect(scale, tr.querySelector('th')!.textContent!).not.toBeNull();
          const figure = (td: Element) => td.querySelector('a')!.textContent!.replace(/^[<>≤≥=]\s*/, '').trim();
          // The palest and the darkest cells (the same shade when their figures are equal).
          const shade = (td: Element) => Number(/heat-(\d)/.exec(td.className)![1]);
          const byShade = [...cells].sort((a, b) => shade(a) - shade(b));
          const text = scale!.textContent!.replace(/\s+/g, ' ');
          expect(text).toContain(figure(byShade[0]!));
          expect(text).toContain(figure(byShade.at(-1)!));
        }
        expect(shaded).toBeGreaterThan(0);
      }
    });

    it("calls out Lạng Giang's newborn target, already met at its own baseline (2.7‰ in 2023), on the indicator page and the home findings", () => {
      for (const lang of LANGS) {
        const baseline = lang === 'vi' ? '2,7‰' : '2.7‰';
        const place = lang === 'vi' ? 'Lạng Giang' : 'Lang Giang';
        const ind = page(href(lang, `/chi-tieu/${indicatorSlug.get('neonatal_mortality_rate')}/`));
        const note = ind.querySelector('p.met-note')!;
        expect(note.textContent).toContain(place);
        expect(note.textContent).toContain(baseline);
        const marked = [...ind.querySelectorAll('tr[data-plan="lang-giang-2024-2025"] td.value .met')];
        expect(marked.length).toBeGreaterThan(0);
        expect(ind.querySelectorAll('tr:not([data-plan="lang-giang-2024-2025"]) td.value .met').length).toBe(0);
        const home = page(href(lang, '/'));
        const finding = [...home.querySelectorAll('ol.findings > li')].find((li) => li.querySelector(`a[href="${href(lang, `/chi-tieu/${indicatorSlug.get('neonatal_mortality_rate')}/`)}"]`))!;
        expect(finding.querySelector('p.met-note')!.textContent).toContain(baseline);
      }
    });

    it('gives each plan a generated English title on English pages, beside its Vietnamese title marked lang="vi"', () => {
      const lg = page('/en/ke-hoach/lang-giang-2024-2025/');
      expect(lg.querySelector('h1')!.textContent!.trim()).toBe('Plan for maternal, newborn and child health, Lang Giang district, 2024–2025');
      const list = page('/en/ke-hoach/');
      for (const p of plans) {
        const doc = page(`/en/ke-hoach/${p.id}/`);
        const h1 = doc.querySelector('h1')!;
        expect(h1.textContent, p.id).toMatch(/^(Plan for|Decision on|Directive on|Official letter on|Resolution on|Document on) [\x20-\x7e–’]+$/);
        expect(h1.closest('[lang="vi"]')).toBeNull();
        expect([...doc.querySelectorAll('[lang="vi"]')].some((el) => el.textContent!.trim() === p.title)).toBe(true);
        const row = [...list.querySelectorAll('tr')].find((tr) => tr.querySelector(`a[href="/en/ke-hoach/${p.id}/"]`))!;
        expect(row.textContent).toContain(h1.textContent!.trim());
      }
    });

    it('marks the documents\' own Vietnamese words on English pages with lang="vi": titles, issuers, signers, bodies as written, duties', () => {
      const words = new Set<string>();
      for (const p of plans) {
        for (const w of [p.title, p.issuer, p.signer, ...p.agencies.flatMap((a) => [a.name, ...a.duties])]) if (w && w.length >= 12) words.add(w);
      }
      const unmarked: string[] = [];
      let checked = 0;
      for (const file of files.filter((f) => relative(dist, f).startsWith('en/'))) {
        const doc = new JSDOM(readFileSync(file, 'utf8')).window.document;
        for (const el of doc.querySelectorAll('script, style, template, title, meta')) el.remove();
        const walker = doc.createTreeWalker(doc.body, 4);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent!.trim();
          if (!words.has(text)) continue;
          checked++;
          if (n.parentElement!.closest('[lang]')?.getAttribute('lang') !== 'vi') unmarked.push(`${relative(dist, file)}: ${text.slice(0, 50)}`);
        }
      }
      expect(checked).toBeGreaterThan(50);
      expect(unmarked).toEqual([]);
    });

    it('gives each long plan page a table of contents of its sections and of the document, every entry landing on a heading', () => {
      for (const lang of LANGS) {
        for (const p of plans) {
          const doc = page(href(lang, `/ke-hoach/${p.id}/`));
          const headings = doc.querySelectorAll('.doc-body :is(h2, h3, h4)');
          if (headings.length < 5) continue;
          const sections = [...doc.querySelectorAll('nav.toc:not(.doc-toc) a')].map((a) => a.getAttribute('href')!);
          expect(sections.length, p.id).toBeGreaterThanOrEqual(5);
          for (const h of sections) expect(doc.getElementById(h.slice(1))?.tagName, `${p.id} ${h}`).toBe('H2');
          const entries = [...doc.querySelectorAll('nav.doc-toc a')].map((a) => a.getAttribute('href')!);
          expect(entries.length, p.id).toBeGreaterThan(2);
          for (const h of entries) expect(doc.getElementById(h.slice(1))?.tagName, `${p.id} ${h}`).toMatch(/^H[2-6]$/);
        }
      }
    });

    it("reads a plan's targets as indicator × year: a row per indicator, a column per year, each cell labelled with its year", () => {
      for (const lang of LANGS) {
        const doc = page(href(lang, '/ke-hoach/lang-giang-2024-2025/'));
        for (const table of doc.querySelectorAll('table.targets-grid')) {
          const years = [...table.querySelectorAll('thead th')].slice(1, -1).map((th) => th.textContent!.trim());
          expect(years).toEqual(['2024', '2025']);
          for (const tr of table.querySelectorAll('tbody tr')) {
            expect(tr.querySelector('th[scope="row"]')!.textContent!.trim().length).toBeGreaterThan(3);
            expect([...tr.querySelectorAll('td[data-year]')].map((td) => td.getAttribute('data-label'))).toEqual(
              [...tr.querySelectorAll('td[data-year]')].map((td) => td.getAttribute('data-year')),
            );
          }
        }
      }
    });

    it("shows Lạng Giang's annex as a table with header cells, its targets' links landing on their rows", () => {
      const doc = page('/ke-hoach/lang-giang-2024-2025/');
      const table = doc.querySelector('.doc-body table')!;
      expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).toContain('Kế hoạch · Năm 2025');
      const annex = plans.find((p) => p.id === 'lang-giang-2024-2025')!.targets.filter((t) => t.source === 'table');
      expect(annex.length).toBeGreaterThan(0);
      for (const t of annex) expect(doc.getElementById(`L${t.line}`)?.tagName).toBe('TR');
    });
  });
}
