// The site's address and its error-report channel: one place, set per deployment by
// environment variables (README, "Deploying"), read by astro.config.mjs and the pages.
/** Canonical, Open Graph and sitemap URLs are built on it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://chitieumebe.example.org';
/** Where readers report an error (a mailbox the editors read). */
export const REPORT_EMAIL = process.env.REPORT_EMAIL ?? 'baoloi@chitieumebe.example.org';
/** The licence of the data and texts the site publishes (named as text: the site links no other host). */
export const DATA_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;
