import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags Chromium needs here: root needs --no-sandbox; the rest keep it off a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
] as const;

export const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const;

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  /** Playwright's own browser, when playwright-core is installed and has downloaded one. */
  playwrightExecutable?: () => string | undefined;
}

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
}

function playwrightManagedChromium(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    const playwright = require('playwright-core') as { chromium: { executablePath(): string } };
    return playwright.chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Finds the browser the way users expect: `CHROME_PATH`, else the system Chromium, else
 * Playwright's managed browser; otherwise throws an error that says how to fix it.
 *
 * @example
 * const executablePath = findChromium();
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new ChromiumNotFoundError(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = SYSTEM_CHROMIUM_PATHS.find((path) => exists(path));
  if (system) return system;
  const managed = (options.playwrightExecutable ?? playwrightManagedChromium)();
  if (managed && exists(managed)) return managed;
  throw new ChromiumNotFoundError(
    'No Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome or Chromium executable.',
  );
}
