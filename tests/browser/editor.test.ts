// What an editor does, end to end, in a copy of the project: drop sources the repository does
// not ship (a commune's plan as .txt, another as .docx, one whose wording carries markup), run
// `npm run build`, and find each plan everywhere the site should show it; markup stays text in
// the browser; a broken source stops the build with the converter's message and leaves the
// last good site as it was. One build of the copy serves every test here.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/csv.ts';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from './lib/browser.ts';
import { scriptPolicyProblems } from './lib/csp.ts';
import { DOCX_PLAN, HOSTILE, HOSTILE_PLAN, NEW_REGIONS, TXT_PLAN, docxPlan } from './lib/fixtures.ts';
import { tags } from './lib/links.ts';
import { allFiles, en, htmlFiles, urlPathOf } from './lib/paths.ts';
import { copyProject, npmRun, removeProject, type Run } from './lib/project.ts';
import { loadBenchmarks } from '../../src/taxonomy/load.ts';
import { LICENSE } from '../../src/site/files.ts';

let dir: string;
let dist: string;
let built: Run;

beforeAll(async () => {
  dir = copyProject();
  dist = join(dir, 'dist');
  const sources = join(dir, 'content/sources');
  writeFileSync(join(sources, TXT_PLAN.file), TXT_PLAN.text);
  writeFileSync(join(sources, DOCX_PLAN.file), await docxPlan());
  writeFileSync(join(sources, HOSTILE_PLAN.file), HOSTILE_PLAN.text);
  appendFileSync(join(dir, 'data/regions.yaml'), NEW_REGIONS);
  built = await npmRun(dir, 'build');
}, 240_000);

afterAll(() => {
  if (dir) removeProject(dir);
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** The file a site path is served from. */
const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path).slice(1);
/** The hrefs of every link on a built page. */
const linksOn = (path: string) => tags(read(fileOf(path))).filter((t) => t.name === 'a').map((t) => t.attrs.get('href') ?? '');

describe('an editor adds plans and builds', () => {
  it('npm run build succeeds and reports the new sources', () => {
    expect(built.status, built.stderr.slice(-2000)).toBe(0);
    for (const p of [TXT_PLAN, DOCX_PLAN, HOSTILE_PLAN]) expect(built.stdout).toContain(`${p.id}:`);
  });

  for (const plan of [TXT_PLAN, DOCX_PLAN]) {
    describe(`${plan.file}`, () => {
      const record = () => JSON.parse(read(`du-lieu/ke-hoach/${plan.id}.json`)) as {
        id: string; title: string; targets: { indicator: string | null }[]; agencies: { agency: string | null }[];
        jurisdiction: { province: string };
      };

      it('is converted with its targets, bodies and province', () => {
        const r = record();
        expect(r.id).toBe(plan.id);
        const indicators = parseYaml(readFileSync(join(dir, 'data/indicators.yaml'), 'utf8')) as { id: string; slug: string }[];
        const agencies = parseYaml(readFileSync(join(dir, 'data/agencies.yaml'), 'utf8')) as { id: string; slug: string }[];
        const slugOf = (list: { id: string; slug: string }[], id: string | null) => list.find((x) => x.id === id)?.slug;
        expect(new Set(r.targets.map((t) => slugOf(indicators, t.indicator)))).toEqual(new Set(plan.indicators));
        expect(new Set(r.agencies.map((a) => slugOf(agencies, a.agency)))).toEqual(new Set(plan.bodies));
        expect(r.jurisdiction.province).toBe(plan.province);
      });

      for (const lang of ['vi', 'en'] as const) {
        const at = (path: string) => (lang === 'vi' ? path : en(path));
        const planPath = at(`/ke-hoach/${plan.id}/`);

        it(`appears on every page that should show it (${lang})`, () => {
          const missing: string[] = [];
          const expectLink = (page: string) => {
            if (!existsSync(join(dist, fileOf(page)))) missing.push(`${page} does not exist`);
            else if (!linksOn(page).includes(planPath)) missing.push(`${page} has no link to ${planPath}`);
          };
          expectLink(at('/ke-hoach/'));
          for (const slug of plan.indicators) expectLink(at(`/chi-tieu/${slug}/`));
          for (const slug of plan.bodies) expectLink(at(`/co-quan/${slug}/`));
          expectLink(at(`/tinh/${plan.province}/`));
          expectLink(at('/so-sanh/'));
          expect(missing).toEqual([]);
          // Its own page, with its title and every target in the indicator × year table.
          const html = read(fileOf(planPath));
          expect(html).toContain(record().title);
          const cited = [...html.matchAll(/data-lines="([^"]*)"/g)].flatMap((m) => m[1]!.split(' '));
          expect(cited).toHaveLength(record().targets.length);
          // A province new to the site is listed with the others.
          expect(linksOn(at('/tinh/'))).toContain(at(`/tinh/${plan.province}/`));
        });
      }

      it('is in the downloads', () => {
        const targets = parseCsv(read('du-lieu/targets.csv')).filter((r) => Object.values(r).includes(plan.id));
        expect(targets).toHaveLength(record().targets.length);
        const plans = parseCsv(read('du-lieu/plans.csv'));
        expect(plans.filter((r) => r.id === plan.id)).toHaveLength(1);
        expect(linksOn('/du-lieu/')).toContain(`/du-lieu/ke-hoach/${plan.id}.json`);
      });
    });
  }
});

const SITE_ORIGIN = 'https://chitieumebe.example.org/';
const OWN_LINKS = new Set([LICENSE.path, ...loadBenchmarks().flatMap((b) => [b.read.url, ...b.targets.map((t) => t.read?.url ?? b.read.url)])]);

describe('markup in a source is inert text', () => {
  const site = siteInBrowser(() => dist);

  /** The pages that carry the hostile plan's words. */
  const hostilePages = () => htmlFiles(dist).filter((f) => read(f).includes('alert(')).map(urlPathOf);

  it('reaches the pages of the plan, its indicators and bodies, in both languages', () => {
    const pages = hostilePages();
    for (const p of [`/ke-hoach/${HOSTILE_PLAN.id}/`, '/chi-tieu/kham-thai-4-lan/', '/co-quan/tram-y-te/']) {
      expect(pages).toContain(p);
      expect(pages).toContain(en(p));
    }
  });

  it('no page runs it, creates an element from it or links to it', { timeout: 120_000 }, async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    const problems: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(`${new URL(page.url()).pathname}: ${d.type()} ${d.message()}`);
      await d.dismiss();
    });
    try {
      for (const path of hostilePages()) {
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        const found = await page.evaluate(() => {
          const out: string[] = [];
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}>`);
              if (/^\s*javascript:/i.test(a.value)) out.push(`<${el.localName} ${a.name}="${a.value}">`);
            }
          }
          // The site itself has no script, frame or plugin; an image from the plan would be `x`.
          for (const el of document.querySelectorAll('script, iframe, object, embed, img[src="x"]')) out.push(`<${el.localName}>`);
          for (const a of document.querySelectorAll('a[href^="http"]')) out.push(`link to ${a.getAttribute('href')}`);
          return out;
        });
        // The site's own absolute links (permalinks) and the sources of the national targets
        // (data/benchmarks.yaml) are the site's, not the plan's.
        for (let i = found.length - 1; i >= 0; i--) {
          const href = found[i]!.replace(/^link to /, '');
          if (found[i]!.startsWith('link to ') && (href.startsWith(SITE_ORIGIN) || OWN_LINKS.has(href))) found.splice(i, 1);
        }
        problems.push(...found.map((f) => `${path}: ${f}`));
      }
    } finally {
      await context.close();
    }
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the document text shows every line exactly as written', { timeout: 30_000 }, async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.origin}/ke-hoach/${HOSTILE_PLAN.id}/`);
      // The structured body keeps every word; markup in the text is shown as text, a link
      // written in the document as its words and address.
      const shown = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      for (const markup of [HOSTILE.script, HOSTILE.jsBare, 'javascript:alert(1)', 'https://example.org/tai-lieu']) {
        expect(shown).toContain(markup);
      }
      // And the wording quoted with a target, where a target's text is shown.
      await page.goto(`${site.server.origin}/chi-tieu/kham-thai-4-lan/`);
      expect(await page.locator('main').innerText()).toContain(`đạt 90% ${HOSTILE.script}`);
    } finally {
      await page.close();
    }
  });

  it('every page of this build carries the Content-Security-Policy', () => {
    const problems = htmlFiles(dist).flatMap((f) => scriptPolicyProblems(read(f)).map((p) => `${f}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('a source the converter refuses', () => {
  const snapshot = () => {
    const hash = createHash('sha256');
    for (const f of allFiles(dist)) hash.update(f).update(readFileSync(join(dist, f)));
    return hash.digest('hex');
  };

  it('fails the build with the converter message and exit code, and leaves dist/ as it was', { timeout: 120_000 }, async () => {
    expect(built.status).toBe(0);
    const before = snapshot();
    const empty = join(dir, 'content/sources/zz-empty.txt');
    writeFileSync(empty, '');
    try {
      const r = await npmRun(dir, 'build');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/content\/sources\/zz-empty\.txt.*empty/i);
      expect(r.stderr).toContain('nothing was written');
      // The site build never started.
      expect(r.stdout).not.toMatch(/\[build\]/);
      expect(snapshot()).toBe(before);
    } finally {
      rmSync(empty);
    }
  });
});
