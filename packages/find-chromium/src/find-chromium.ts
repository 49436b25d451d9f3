import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { browserCandidates, installCommand } from './browser-paths.js';

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

export interface FindChromiumOptions {
  env?: Record<string, string | undefined>;
  /** Defaults to `process.platform`; tests pass another to check each platform's order. */
  platform?: NodeJS.Platform;
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
 * Finds the browser the person already has: `CHROME_PATH`, else Chrome, Chromium or Edge at
 * their usual places for the platform, else Playwright's managed browser; otherwise throws an
 * error that gives the one command that gets one.
 *
 * @example
 * const executablePath = findChromium();
 */
export function findChromium(options: FindChromiumOptions = {}): string {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const exists = options.exists ?? existsSync;
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new ChromiumNotFoundError(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const installed = browserCandidates({ platform, env }).find((path) => exists(path));
  if (installed) return installed;
  const managed = (options.playwrightExecutable ?? playwrightManagedChromium)();
  if (managed && exists(managed)) return managed;
  throw new ChromiumNotFoundError(
    `No Chrome, Chromium or Edge found. Get one with \`${installCommand(platform)}\`, or set CHROME_PATH to a Chrome or Chromium executable.`,
  );
}
