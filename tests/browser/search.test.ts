// Search in Chromium over the built site: Pagefind's index, diacritic-insensitive, in both
// languages, run by the site's own script under the page's Content-Security-Policy; without
// JavaScript the page says so and links the indexes. No other page carries a script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './lib/browser.ts';
import { DIST, htmlFiles } from './lib/paths.ts';

const site = siteInBrowser(() => DIST);

async function search(path: string, query: string): Promise<{ hrefs: string[]; errors: string[] }> {
  const page = await site.browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${site.server.origin}${path}`);
    await page.waitForFunction(() => document.documentElement.classList.contains('search-ready'), null, { timeout: 15_000 });
    await page.fill('#q', query);
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => ['found', 'none'].includes(document.getElementById('trang-thai')!.dataset.state ?? ''), null, { timeout: 15_000 });
    const hrefs = await page.$$eval('#ket-qua li > a', (as) => as.map((a) => a.getAttribute('href')!));
    return { hrefs, errors };
  } finally {
    await page.close();
  }
}

describe('search', () => {
  it('finds "tử vong mẹ" typed without diacritics, the maternal mortality indicator first', { timeout: 60_000 }, async () => {
    const r = await search('/tim-kiem/', 'tu vong me');
    expect(r.errors).toEqual([]);
    expect(r.hrefs[0]).toBe('/chi-tieu/ty-so-tu-vong-me/');
  });

  it('finds a province typed without diacritics, and in English', { timeout: 60_000 }, async () => {
    expect((await search('/tim-kiem/', 'bac kan')).hrefs).toContain('/tinh/bac-kan/');
    const en = await search('/en/tim-kiem/', 'maternal mortality');
    expect(en.errors).toEqual([]);
    expect(en.hrefs[0]).toBe('/en/chi-tieu/ty-so-tu-vong-me/');
    // English pages are searched in English: results stay in /en/.
    expect(en.hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
  });

  it('finds nothing for a word no page has (the check can fail)', { timeout: 60_000 }, async () => {
    expect((await search('/tim-kiem/', 'xylophone')).hrefs).toEqual([]);
  });

  it('without JavaScript says search needs it and links the indexes', { timeout: 30_000 }, async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await page.goto(`${site.server.origin}/tim-kiem/`);
      expect(await page.isVisible('.no-search')).toBe(true);
      const links = await page.$$eval('.no-search a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(['/ke-hoach/', '/chi-tieu/', '/co-quan/', '/tinh/']);
    } finally {
      await context.close();
    }
  });

  it('only the search page carries a script, its own file, admitted by its policy', () => {
    const withScript = htmlFiles(DIST).filter((f) => /<script\b/i.test(readFileSync(join(DIST, f), 'utf8')));
    expect(withScript.sort()).toEqual(['en/tim-kiem/index.html', 'tim-kiem/index.html']);
    const html = readFileSync(join(DIST, 'tim-kiem/index.html'), 'utf8');
    expect(html).toMatch(/<script type="module" src="\/tim-kiem\.js"><\/script>/);
    expect(html).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toMatch(/script-src 'none';/);
  });
});
