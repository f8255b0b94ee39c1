// The one Chromium that every browser-driving test and script launches. playwright-core and
// lighthouse bring no browser, so it is found in this order: $CHROMIUM_PATH, a system Chromium
// or Chrome, then the Chromium that the npm package @sparticuz/chromium ships inside itself (so
// `npm install` alone is enough on a machine without a browser or apt). Each candidate must
// answer `--version` before it is used.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags that keep the browser off the network (this machine's is closed) and headless. */
const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

export interface Chromium {
  path: string;
  args: string[];
  /** Where it was found, for messages: "CHROMIUM_PATH", "system" or "@sparticuz/chromium". */
  source: string;
}

/** Why a path cannot serve, or null when it answers `--version`. */
function cannotRun(path: string): string | null {
  if (!existsSync(path)) return 'no such file';
  const r = spawnSync(path, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 20_000 });
  if (r.error) return r.error.message;
  if (r.status !== 0) return (r.stderr || r.stdout || `exit ${r.status}`).trim().split('\n').slice(-2).join(' ');
  return null;
}

let found: Promise<Chromium> | null = null;

/** The first Chromium that runs; rejects with what to install when none does. */
export function findChromium(): Promise<Chromium> {
  found ??= locate();
  return found;
}

async function locate(): Promise<Chromium> {
  const tried: string[] = [];
  const env = process.env.CHROMIUM_PATH;
  if (env) {
    const why = cannotRun(env);
    if (!why) return { path: env, args: BASE_ARGS, source: 'CHROMIUM_PATH' };
    // An explicit choice that fails is an error, not a reason to pick another browser.
    throw new Error(`CHROMIUM_PATH=${env} cannot run: ${why}. Point CHROMIUM_PATH at a working Chromium or Chrome, or unset it.`);
  }
  for (const path of SYSTEM_PATHS) {
    const why = cannotRun(path);
    if (!why) return { path, args: BASE_ARGS, source: 'system' };
    if (why !== 'no such file') tried.push(`${path}: ${why}`);
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    const path = await sparticuz.executablePath();
    const why = cannotRun(path);
    if (!why) {
      // Its own flags (software GL, fonts) but not --single-process, which a test that closes
      // one browser context and opens another does not survive.
      const own = sparticuz.args.filter((a) => !a.startsWith('--headless') && a !== '--single-process');
      const args = [...new Set([...own, ...BASE_ARGS])];
      return { path, args, source: '@sparticuz/chromium' };
    }
    tried.push(`@sparticuz/chromium (${path}): ${why}`);
  } catch (e) {
    tried.push(`@sparticuz/chromium: ${(e as Error).message}`);
  }
  throw new Error(
    [
      'No Chromium can run on this machine, so the browser tests, screenshots and benchmark cannot start.',
      ...tried.map((t) => `  tried ${t}`),
      'Install one of:',
      '  npm install            (the devDependency @sparticuz/chromium ships a Chromium for Linux x64/arm64)',
      '  apt-get install chromium   (Debian/Ubuntu), or Google Chrome',
      'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
}

/**
 * The found Chromium, launched headless by playwright-core. A launch that dies at once (the
 * process crashed before it answered, as a busy 2-core machine sees now and then) is tried
 * again, twice at most; any other failure is thrown as it is.
 */
export async function launchChromium(): Promise<import('playwright-core').Browser> {
  const { chromium } = await import('playwright-core');
  const { path, args } = await findChromium();
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch({ executablePath: path, args });
    } catch (e) {
      if (attempt >= LAUNCH_ATTEMPTS || !/has been closed|signal=SIG/.test(String(e))) throw e;
    }
  }
}
const LAUNCH_ATTEMPTS = 3;
