// Checks the built site in dist/ against the data it was built from. `npm test` builds first;
// run `npx astro build` before running this file on its own.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../../src/csv.ts';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { PlanRecord } from '../../src/schema.ts';
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
    const rowsOn = (doc: Document, line: string, year: string, plan?: string) =>
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
        const onPlan = rowsOn(get(href(lang, `/ke-hoach/${t.plan}/`)), t.line!, t.year!);
        if (!onPlan.some((tr) => tr.textContent!.includes(value))) problems.push(`plan page lacks ${where}`);
        if (!t.indicator) continue;
        const slug = indicatorSlug.get(t.indicator);
        if (!slug) {
          problems.push(`unknown indicator ${where}`);
          continue;
        }
        const onIndicator = rowsOn(get(href(lang, `/chi-tieu/${slug}/`)), t.line!, t.year!, t.plan);
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

    it('anchors each target at the line it was read from', () => {
      const wrong: string[] = [];
      for (const p of plans) {
        const doc = page(`/ke-hoach/${p.id}/`);
        for (const t of p.targets) {
          const text = doc.getElementById(`L${t.line}`)?.querySelector('span')?.textContent ?? '';
          if (!text.includes(t.text.trim())) wrong.push(`${p.id}#L${t.line}: ${t.text.slice(0, 40)} ≠ ${text.slice(0, 40)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('renders document text as text, never as markup', () => {
      for (const p of plans) {
        const doc = page(`/ke-hoach/${p.id}/`);
        expect(doc.querySelectorAll('script').length).toBe(0);
        expect(doc.querySelectorAll('ol.source li').length).toBeGreaterThanOrEqual(Math.max(...p.targets.map((t) => t.line), 1));
        expect(doc.querySelectorAll('ol.source b, ol.source img, ol.source i').length).toBe(0);
      }
    });
  });
}
