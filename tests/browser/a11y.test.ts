// axe-core in Chromium on one page of each type in both languages: no violations at all, at
// desktop and phone widths (the layouts differ: stacked tables, the narrow chart drawings).
import { describe, expect, it } from 'vitest';
import { AXE, axeViolations } from './lib/axe.ts';
import { siteInBrowser } from './lib/browser.ts';
import { DIST, pagesOfEachType } from './lib/paths.ts';

const site = siteInBrowser(() => DIST);

describe('axe-core', () => {
  // Every page type in both languages at desktop width; at phone width (stacked tables, narrow
  // chart drawings) the layout is the same in both languages, so one language suffices.
  const runs = [
    { viewport: { width: 1280, height: 900 }, pages: pagesOfEachType() },
    { viewport: { width: 360, height: 740 }, pages: pagesOfEachType().filter((p) => !p.path.startsWith('/en/')) },
  ];
  for (const { viewport, pages } of runs) {
    it(`finds no violation on any page type at ${viewport.width}px`, { timeout: 150_000 }, async () => {
      const found = await axeViolations(site.browser, site.server.origin, viewport, pages);
      expect(found).toEqual([]);
    });
  }

  it('can fail: it reports an image without alternative text', { timeout: 30_000 }, async () => {
    const page = await site.browser.newPage();
    try {
      await page.setContent('<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
      await page.addScriptTag({ content: AXE });
      const ids = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => v.id);
      });
      expect(ids).toContain('image-alt');
    } finally {
      await page.close();
    }
  });
});
