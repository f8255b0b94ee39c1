// The search index, made by every `astro build` once the pages are written: Pagefind reads the
// built HTML (the part each page marks data-pagefind-body) and writes dist/pagefind/, the
// index and the script the search page loads. One index per language (the pages' lang).
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** The attribute a page's searchable part carries (src/layouts/Base.astro). */
const BODY = 'data-pagefind-body';

/**
 * Every page of a built site that marks a part to index, with its URL. Pages that mark none
 * (the per-province pages, the 404) are left out here: handed the whole folder, Pagefind reads
 * and keeps every page until it knows whether any marks a part, which on a site of thousands of
 * plans held gigabytes and most of the indexing time for pages it then drops.
 */
export function* indexedPages(dist: string, dir = dist): Generator<{ url: string; content: string }> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(dist, 'pagefind')) yield* indexedPages(dist, path);
    } else if (entry.name.endsWith('.html')) {
      // One page at a time: a site's pages together do not fit in memory.
      const content = readFileSync(path, 'utf8');
      if (!content.includes(BODY)) continue;
      const file = relative(dist, path).split(sep).join('/');
      yield { url: `/${file.replace(/(?:^|\/)index\.html$/, (m) => (m.startsWith('/') ? '/' : ''))}`, content };
    }
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // Said at the start as well as the end, so that the benchmark can time the indexing.
        logger.info('indexing the pages for search');
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: ['svg', 'pre'] });
          if (!index) throw new Error(errors.join('; '));
          let count = 0;
          for (const page of indexedPages(out)) {
            const added = await index.addHTMLFile(page);
            if (added.errors.length) throw new Error(`${page.url}: ${added.errors.join('; ')}`);
            count++;
          }
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`${count} pages indexed into ${out}pagefind`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
