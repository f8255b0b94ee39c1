// Wide tables on a phone (issue 11, point 9): the compare, matrix and province tables scroll
// inside their own box, and their first column and header row stay in view while they do,
// with CSS alone (the pages carry no script).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './lib/browser.ts';
import { DIST, en } from './lib/paths.ts';

const site = siteInBrowser(() => DIST);

const PINNED = ['/so-sanh/', '/co-quan/ma-tran/', '/tinh/bac-giang/'];

/** Scrolls the page's first pinned table sideways, then down, and reports where its corner cells are. */
async function scrollTable(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector('table.pinned')!;
    const box = table.closest('.table-wrap') as HTMLElement;
    const firstCol = table.querySelector('tbody tr > :first-child')!;
    const header = table.querySelector('thead th:last-child')!;
    const boxRect = box.getBoundingClientRect();
    const before = firstCol.getBoundingClientRect().left;
    box.scrollLeft = 200;
    const sideways = { scrolled: box.scrollLeft, colLeft: firstCol.getBoundingClientRect().left, boxLeft: boxRect.left, before };
    box.scrollTop = 300;
    const down = { scrolled: box.scrollTop, headerTop: header.getBoundingClientRect().top, boxTop: box.getBoundingClientRect().top };
    return { sideways, down, scripts: document.querySelectorAll('script').length };
  });
}

describe('compare, matrix and province tables on a 360 px phone', () => {
  it.each(PINNED.flatMap((p) => [p, en(p)]))('%s keeps its first column and header in view when scrolled', { timeout: 30_000 }, async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${path}`);
      // The test scrolls the table; the page itself runs no script.
      const r = await scrollTable(page);
      expect(r.scripts).toBe(0);
      expect(r.sideways.scrolled, 'the table is wider than the phone').toBeGreaterThan(0);
      expect(Math.abs(r.sideways.colLeft - r.sideways.boxLeft)).toBeLessThanOrEqual(2);
      if (r.down.scrolled > 0) expect(Math.abs(r.down.headerTop - r.down.boxTop)).toBeLessThanOrEqual(2);
    } finally {
      await context.close();
    }
  });
});

describe("a plan's targets on a 360 px phone", () => {
  it.each(['/ke-hoach/lang-giang-2024-2025/', en('/ke-hoach/lang-giang-2024-2025/')])('%s labels each figure with its year', { timeout: 30_000 }, async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${path}`);
      const cells = await page.evaluate(() =>
        [...document.querySelectorAll('table.targets-grid td[data-year]')].map((td) => ({
          year: td.getAttribute('data-year'),
          label: getComputedStyle(td, '::before').content,
          shown: td.getBoundingClientRect().height > 0,
        })),
      );
      expect(cells.length).toBeGreaterThan(10);
      for (const c of cells) {
        expect(c.shown).toBe(true);
        expect(c.label).toBe(`"${c.year}"`);
      }
    } finally {
      await context.close();
    }
  });
});
