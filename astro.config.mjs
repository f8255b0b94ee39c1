// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://chitieumebe.example.org',
  output: 'static',
  trailingSlash: 'always',
  // Stylesheets as files, never inline: the pages' Content-Security-Policy allows no inline style.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      filter: (page) => !page.endsWith('/404/'),
      // Each page lists its twin in the other language (Vietnamese at the root, English under /en/).
      i18n: { defaultLocale: 'vi', locales: { vi: 'vi', en: 'en' } },
    }),
  ],
});
