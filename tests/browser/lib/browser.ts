// The project's Chromium (scripts/chromium.ts finds it) driven by playwright-core.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.ts';
import { serve, type StaticServer } from './server.ts';

/** One headless Chromium, kept off the network. */
export const launch = launchChromium;

/**
 * A static server for the site built at `root()` and one browser, started before the tests of
 * the file (or describe block) that calls this and closed after them.
 */
export function siteInBrowser(root: () => string): { server: StaticServer; browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([serve(root()), launch()]);
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
