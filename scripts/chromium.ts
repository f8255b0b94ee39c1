// Debian's Chromium, as every browser-driving script and test launches it. playwright-core and
// lighthouse bring no browser; the flags keep it off the network (this machine's is closed).
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
