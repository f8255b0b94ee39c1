// Lighthouse (mobile preset, its default) on pages served from 127.0.0.1, in the Chromium that scripts/chromium.ts finds.
// Each page runs several times and reports the median score per category, with the audits
// that kept a category below 100.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findChromium } from '../chromium.ts';
import { median } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];


export interface LighthouseResult {
  page: string;
  path: string;
  runs: number;
  /** Median score, 0–100. */
  scores: Record<Category, number>;
  /** Audits that scored below 1 in a category under 100, with Lighthouse's title. */
  failing: { category: Category; id: string; title: string; score: number | null; value?: string; where: string[] }[];
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
}

interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, {
    id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number;
    details?: { items?: { node?: { selector?: string; snippet?: string }; url?: string }[] };
  }>;
}

export async function runLighthouse(pages: { page: string; path: string }[], base: string, runs: number): Promise<LighthouseResult[]> {
  const { path, args } = await findChromium();
  const chrome = await chromeLauncher.launch({ chromePath: path, chromeFlags: args });
  try {
    const out: LighthouseResult[] = [];
    for (const { page, path } of pages) {
      const lhrs: Lhr[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(base + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        lhrs.push(result.lhr as unknown as Lhr);
      }
      const score = (c: Category) => Math.round(median(lhrs.map((l) => (l.categories[c]?.score ?? 0) * 100)));
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])) as Record<Category, number>;
      const failing: LighthouseResult['failing'] = [];
      const last = lhrs.at(-1)!;
      for (const c of CATEGORIES) {
        if (scores[c] >= 100) continue;
        for (const ref of last.categories[c]!.auditRefs) {
          const a = last.audits[ref.id]!;
          // Weighted audits decide the score; the rest are hints.
          if (ref.weight === 0 || a.score === null || a.score >= 1) continue;
          const where = (a.details?.items ?? []).slice(0, 3).map((i) => i.node?.selector ?? i.node?.snippet ?? i.url ?? '').filter(Boolean);
          failing.push({ category: c, id: a.id, title: a.title, score: a.score, ...(a.displayValue ? { value: a.displayValue } : {}), where });
        }
      }
      const metric = (id: string) => median(lhrs.map((l) => l.audits[id]?.numericValue ?? NaN));
      out.push({
        page,
        path,
        runs,
        scores,
        failing,
        metrics: {
          fcpMs: metric('first-contentful-paint'),
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          speedIndexMs: metric('speed-index'),
        },
      });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
