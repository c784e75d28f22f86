/**
 * Debian's Chromium and the flags it needs on our machines: Playwright's own browser download
 * cannot work here, and without the background-networking flags Chromium keeps dialling hosts
 * that the closed network refuses.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
