// Debian's Chromium driven by playwright-core (the package ships no browser of its own).
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.ts';
import { serve, type StaticServer } from './server.ts';

export const CHROMIUM = CHROMIUM_PATH;

/** One headless Chromium, kept off the network. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * A static server for the site built at `root()` and one browser, started before the tests of
 * the file (or describe block) that calls this and closed after them.
 */
export function siteInBrowser(root: () => string): { server: StaticServer; browser: Browser } {
  const env = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    [env.server, env.browser] = await Promise.all([serve(root()), launch()]);
  }, 60_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
