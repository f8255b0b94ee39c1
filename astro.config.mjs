// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { searchIndex } from './src/search/integration.ts';
import { provinceChartPngs } from './src/charts/integration.ts';
// One configured address (README, "Deploying"): canonical, Open Graph and sitemap URLs use it.
import { SITE_URL } from './src/site/config.ts';

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // The site's CSS is inlined by src/layouts/Base.astro, which lists its hash in the page's
  // Content-Security-Policy. Any stylesheet Astro bundles stays a file ('self'): an inline one
  // from Astro would carry no hash and be blocked.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      // Each page lists its twin in the other language (Vietnamese at the root, English under /en/).
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi', en: 'en' } },
    }),
    // Runs after the pages are written: the search index of dist/ (src/search/integration.ts).
    searchIndex(),
    // The PNG of each province chart, made on worker threads from its SVG as the page route
    // writes it, while the other pages are rendered and the search index is made
    // (src/charts/integration.ts). Last, so that the build waits for it after the search index.
    provinceChartPngs(),
  ],
});
