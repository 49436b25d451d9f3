import { posix, win32 } from 'node:path';

/** Where to look, per platform: the places chrome-launcher looks, plus Chromium and Edge. */
export interface BrowserSearch {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
}

// Names on PATH, most common first, as chrome-launcher's Linux finder lists them (plus Edge).
const LINUX_NAMES = ['google-chrome-stable', 'google-chrome', 'chromium-browser', 'chromium', 'microsoft-edge-stable', 'microsoft-edge'];
const LINUX_FIXED = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge'];
const MAC_APPS = [
  'Google Chrome.app/Contents/MacOS/Google Chrome',
  'Chromium.app/Contents/MacOS/Chromium',
  'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
];
const WINDOWS_SUFFIXES = ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe', 'Google\\Chrome SxS\\Application\\chrome.exe'];

/**
 * The executables to try, in order, for a platform: Chrome, Chromium and Edge at their usual
 * places (Linux: on PATH, then fixed paths; macOS: /Applications and ~/Applications; Windows:
 * the per-user and machine-wide install folders).
 *
 * @example
 * browserCandidates({ platform: 'darwin', env: { HOME: '/Users/ada' } })[0];
 * // '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
 */
export function browserCandidates({ platform, env }: BrowserSearch): string[] {
  if (platform === 'darwin') {
    const folders = ['/Applications', ...(env.HOME ? [posix.join(env.HOME, 'Applications')] : [])];
    return MAC_APPS.flatMap((app) => folders.map((folder) => posix.join(folder, app)));
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramW6432].filter((root): root is string => Boolean(root));
    return WINDOWS_SUFFIXES.flatMap((suffix) => roots.map((root) => win32.join(root, suffix)));
  }
  const path = (env.PATH ?? '').split(posix.delimiter).filter(Boolean);
  const onPath = LINUX_NAMES.flatMap((name) => path.map((folder) => posix.join(folder, name)));
  return [...new Set([...onPath, ...LINUX_FIXED])];
}

/**
 * The one command that gets a browser the finder will find, per platform.
 *
 * @example
 * installCommand('darwin'); // 'brew install --cask google-chrome'
 */
export function installCommand(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'brew install --cask google-chrome';
  if (platform === 'win32') return 'winget install Google.Chrome';
  // Any distribution: Playwright's own Chromium, which this finder looks for last.
  return 'npx playwright install chromium';
}
