// A reader's journeys through the built site in Chromium: following real links from the home
// page to the line of a document, switching language, reading on a phone, reading without
// JavaScript, and never being sent to another host.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './lib/browser.ts';
import { DIST, PAGE_TYPES, en, htmlFiles, pagesOfEachType, urlPathOf } from './lib/paths.ts';

const site = siteInBrowser(() => DIST);

async function withPage<T>(options: Parameters<Browser['newContext']>[0], fn: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    return await fn(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

/** The line element a `#L<n>` URL points to is on screen and painted differently from its neighbours. */
async function expectHighlightedLine(page: Page): Promise<void> {
  const hash = new URL(page.url()).hash;
  expect(hash).toMatch(/^#L\d+$/);
  const state = await page.evaluate((id) => {
    const el = document.getElementById(id);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    // Another line of the same kind (cited lines have a tint of their own): only :target differs.
    const cited = el.classList.contains('cited');
    const peer = [...document.querySelectorAll(`.doc-body ${el.tagName}[data-line]`)].find((b) => b !== el && b.classList.contains('cited') === cited);
    return {
      target: el.matches(':target'),
      inViewport: r.top >= 0 && r.bottom <= innerHeight && r.height > 0,
      look: `${style.backgroundColor} ${style.boxShadow}`,
      peerLook: peer ? `${getComputedStyle(peer).backgroundColor} ${getComputedStyle(peer).boxShadow}` : null,
    };
  }, hash.slice(1));
  expect(state, `no element ${hash}`).not.toBeNull();
  expect(state!.target).toBe(true);
  expect(state!.inViewport).toBe(true);
  expect(state!.peerLook).not.toBeNull();
  expect(state!.look).not.toBe(state!.peerLook);
}

describe('journeys', () => {
  it('home → an indicator → a plan → the highlighted line of the document', { timeout: 30_000 }, async () => {
    await withPage({}, async (page) => {
      await page.goto(`${site.server.origin}/`);
      // A finding on the home page links on to its indicator ("Tỷ số tử vong mẹ →").
      const toIndicator = page.getByRole('main').getByRole('link', { name: /→$/ }).first();
      const indicatorName = (await toIndicator.innerText()).replace(/\s*→\s*$/, '').trim();
      await toIndicator.click();
      const indicatorPath = pathOf(page);
      expect(indicatorPath).toMatch(/^\/chi-tieu\/[a-z0-9-]+\/$/);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(indicatorName);

      // The indicator page quotes each plan's wording with a link to its line.
      const lineLink = page.getByRole('link', { name: /^dòng \d+$/ }).first();
      const href = await lineLink.getAttribute('href');
      expect(href).toMatch(/^\/ke-hoach\/[a-z0-9-]+\/#L\d+$/);
      await lineLink.click();
      await page.waitForURL((u) => u.pathname.startsWith('/ke-hoach/'));
      expect(`${pathOf(page)}${new URL(page.url()).hash}`).toBe(href);
      await expectHighlightedLine(page);
      // The plan sets a target for the indicator it was reached from, and links back to it.
      expect(await page.locator(`main table a[href="${indicatorPath}"]`).count()).toBeGreaterThan(0);
    });
  });

  it('a line link on a plan page highlights its line in place', { timeout: 30_000 }, async () => {
    await withPage({}, async (page) => {
      await page.goto(`${site.server.origin}/ke-hoach/vinh-phuc-2023-2025/`);
      const link = page.locator('main table').getByRole('link', { name: /^dòng \d+$/ }).first();
      const href = (await link.getAttribute('href'))!;
      await link.click();
      await expect.poll(() => new URL(page.url()).hash).toBe(href);
      await expectHighlightedLine(page);
    });
  });

  it('a body page → a plan that assigns the body', { timeout: 30_000 }, async () => {
    await withPage({}, async (page) => {
      await page.goto(`${site.server.origin}/en/co-quan/so-y-te/`);
      const bodyName = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      const toPlan = page.getByRole('heading', { level: 3 }).getByRole('link').first();
      await toPlan.click();
      await page.waitForURL((u) => u.pathname.startsWith('/en/ke-hoach/'));
      // The plan lists the body among those it makes responsible, linking back to it.
      const back = page.locator('main').getByRole('link', { name: bodyName, exact: true });
      expect(await back.count()).toBeGreaterThan(0);
      expect(await back.first().getAttribute('href')).toBe('/en/co-quan/so-y-te/');
    });
  });

  it('the language switch keeps the reader on the same page, both ways', { timeout: 60_000 }, async () => {
    await withPage({}, async (page) => {
      for (const [type, path] of PAGE_TYPES) {
        // An embed page has no site chrome: no header, no switch (its <head> names its twin).
        if (type === 'embed') continue;
        await page.goto(`${site.server.origin}${path}`, { waitUntil: 'domcontentloaded' });
        await page.locator('header').getByRole('link', { name: 'English', exact: true }).click();
        await page.waitForURL((u) => u.pathname === en(path), { waitUntil: 'domcontentloaded' });
        expect(await page.getAttribute('html', 'lang'), type).toBe('en');
        await page.locator('header').getByRole('link', { name: 'Tiếng Việt', exact: true }).click();
        await page.waitForURL((u) => u.pathname === path, { waitUntil: 'domcontentloaded' });
        expect(await page.getAttribute('html', 'lang'), type).toBe('vi');
      }
    });
  });
});

describe('every page type, both languages, on a 360×740 phone', () => {
  const pages = pagesOfEachType();

  it('has no horizontal scroll, requests nothing from another host and breaks no policy', { timeout: 90_000 }, async () => {
    const problems: string[] = [];
    await withPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true }, async (page, context) => {
      const requests: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      // Everything a page loads besides itself must load (the 404 page is itself a 404).
      context.on('response', (r) => {
        if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`${pathOf(page)}: ${r.status()} ${r.url()}`);
      });
      context.on('requestfailed', (r) => {
        // Loads still pending (favicon, late fonts) are aborted by the next navigation.
        const error = r.failure()?.errorText ?? '';
        if (error !== 'net::ERR_ABORTED') problems.push(`${pathOf(page)}: failed ${r.url()} ${error}`);
      });
      page.on('console', (m) => {
        // Chromium reports Content-Security-Policy violations on the console; failed loads are
        // reported above with their status.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`${pathOf(page)}: console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`${pathOf(page)}: ${e.message}`));
      for (const { name, path } of pages) {
        requests.length = 0;
        const response = await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
        expect(response?.status(), name).toBe(name === '404' ? 404 : 200);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        if (scrollWidth > innerWidth) problems.push(`${name} ${path}: scrollWidth ${scrollWidth} > ${innerWidth}`);
        const foreign = requests.filter((u) => !u.startsWith(`${site.server.origin}/`) && !u.startsWith('data:'));
        for (const u of foreign) problems.push(`${name} ${path}: request to ${u}`);
        expect(requests.length, `${name} loaded nothing`).toBeGreaterThan(0);
      }
    });
    expect(problems).toEqual([]);
  });
});

describe('charts without JavaScript', () => {
  // Every page that carries a chart, found in the build rather than listed by hand.
  const chartPages = htmlFiles(DIST)
    .filter((f) => /<svg[^>]*role="img"/.test(readFileSync(join(DIST, f), 'utf8')))
    .map(urlPathOf);

  it('some pages have charts', () => {
    expect(chartPages).toContain('/');
    expect(chartPages).toContain('/en/chi-tieu/ty-so-tu-vong-me/');
  });

  it('every chart shows one drawing that fits, at desktop and phone widths', { timeout: 120_000 }, async () => {
    const hidden: string[] = [];
    let charts = 0;
    await withPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } }, async (page) => {
      for (const path of chartPages) {
        await page.goto(`${site.server.origin}${path}`);
        for (const width of [1280, 360]) {
          // Media queries apply on resize: no reload needed to see the phone layout.
          await page.setViewportSize({ width, height: width === 360 ? 740 : 900 });
          // A chart may come in a wide and a narrow drawing, one shown per width: each figure
          // must show exactly one, with a size, an accessible name, inside the window.
          const result = await page.evaluate(() =>
            [...new Set([...document.querySelectorAll('svg[role="img"]')].map((svg) => svg.closest('figure') ?? svg))].map((fig) => {
              const shown = [...(fig.matches('svg') ? [fig] : fig.querySelectorAll('svg[role="img"]'))].filter((svg) => {
                const r = svg.getBoundingClientRect();
                return r.width > 50 && r.height > 20 && svg.checkVisibility({ opacityProperty: true, visibilityProperty: true });
              });
              const label = shown[0]?.getAttribute('aria-label') ?? shown[0]?.querySelector('title')?.textContent ?? '';
              return { shown: shown.length, label: label.trim(), fits: shown.every((s) => s.getBoundingClientRect().right <= innerWidth + 1) };
            }),
          );
          if (width === 1280) charts += result.length;
          result.forEach((r, i) => {
            if (r.shown !== 1) hidden.push(`${path} at ${width}px: chart ${i + 1} shows ${r.shown} drawings`);
            else if (!r.label) hidden.push(`${path} at ${width}px: chart ${i + 1} has no accessible name`);
            else if (!r.fits) hidden.push(`${path} at ${width}px: chart ${i + 1} is wider than the window`);
          });
        }
      }
    });
    expect(charts).toBeGreaterThanOrEqual(chartPages.length);
    expect(hidden).toEqual([]);
  });
});
