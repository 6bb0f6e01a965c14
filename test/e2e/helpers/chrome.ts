/**
 * Finds the machine's Chromium or Chrome and launches it headless through playwright-core (no browser
 * download). Shared by the browser tests and the UI benchmark.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where a browser is looked for, after the CHROME_PATH environment variable. */
export const CHROME_CANDIDATES: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The flags every run uses: headless, no sandbox, no GPU, nothing that reaches the network. */
export const CHROME_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_HINT =
  'Install one with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome executable. ' +
  'The tests never download a browser (do not run `npx playwright install`).';

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to drive: CHROME_PATH, else the first of CHROME_CANDIDATES; throws saying how to install one. */
export function findChrome(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file. ${INSTALL_HINT}`);
  }
  const found = CHROME_CANDIDATES.find(isExecutableFile);
  if (found === undefined) throw new Error(`No Chromium or Chrome found (looked at CHROME_PATH, ${CHROME_CANDIDATES.join(', ')}). ${INSTALL_HINT}`);
  return found;
}

/** Launches the browser headless with a fresh temporary profile (a plain launch makes and removes one). */
export function launchChrome(executablePath: string = findChrome()): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: [...CHROME_ARGS], timeout: 60_000 });
}
