// The search index, made by every `astro build` once the pages are written: Pagefind reads the
// built HTML (the part each page marks data-pagefind-body) and writes dist/pagefind/, the
// index and the script the search page loads. One index per language (the pages' lang).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
          const added = await index.addDirectory({ path: out });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${out}pagefind` });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`${added.page_count} pages indexed into ${out}pagefind`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
