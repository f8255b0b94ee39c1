// axe-core over pages of a served site, one line per violation ("name path: rule (impact) …").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';

export const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

export async function axeViolations(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
  pages: readonly { name: string; path: string }[],
): Promise<string[]> {
  // The pages' policy forbids every script; axe comes in past it, as a reader's extension would.
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  const found: string[] = [];
  try {
    for (const { name, path } of pages) {
      await page.goto(`${origin}${path}`);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe;
        const r = await axe.run({ resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
      });
      for (const v of violations) {
        const where = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
        found.push(`${name} ${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.length}× e.g. ${where}`);
      }
    }
  } finally {
    await context.close();
  }
  return found;
}
