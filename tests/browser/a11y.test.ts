// axe-core in Chromium on one page of each type in both languages: no violations at all, at
// desktop and phone widths (the layouts differ: stacked tables, the narrow chart drawings).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './lib/browser.ts';
import { DIST, pagesOfEachType } from './lib/paths.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

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
      // The pages' policy forbids every script; axe comes in past it, as a reader's extension would.
      const context = await site.browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      const found: string[] = [];
      try {
        for (const { name, path } of pages) {
          await page.goto(`${site.server.origin}${path}`);
          await page.addScriptTag({ content: AXE });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe;
            const r = await axe.run({ resultTypes: ['violations'] });
            return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
          });
          for (const v of violations) {
            const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
            found.push(`${name} ${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length}× e.g. ${where}`);
          }
        }
      } finally {
        await context.close();
      }
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
