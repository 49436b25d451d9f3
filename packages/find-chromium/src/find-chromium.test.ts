import { describe, expect, it } from 'vitest';
import { browserCandidates, installCommand } from './browser-paths.js';
import { ChromiumNotFoundError, findChromium } from './find-chromium.js';

const only = (...paths: string[]) => (path: string) => paths.includes(path);
const none = () => undefined;

describe('findChromium', () => {
  it('prefers CHROME_PATH', () => {
    expect(findChromium({ env: { CHROME_PATH: '/opt/chrome' }, platform: 'linux', exists: only('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
  });

  it('names a CHROME_PATH that points nowhere', () => {
    expect(() => findChromium({ env: { CHROME_PATH: '/nope' }, platform: 'linux', exists: only('/usr/bin/chromium') })).toThrow(/CHROME_PATH is set to \/nope/);
  });

  it('on Linux finds Chrome on PATH before Chromium, and the system Chromium without PATH', () => {
    const env = { PATH: '/home/ada/bin:/usr/bin' };
    expect(findChromium({ env, platform: 'linux', exists: only('/usr/bin/chromium', '/usr/bin/google-chrome-stable') })).toBe('/usr/bin/google-chrome-stable');
    expect(findChromium({ env: {}, platform: 'linux', exists: only('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
    expect(findChromium({ env, platform: 'linux', exists: only('/opt/microsoft/msedge/msedge') })).toBe('/opt/microsoft/msedge/msedge');
  });

  it('on macOS finds Chrome, then Chromium, then Edge in /Applications or ~/Applications', () => {
    const env = { HOME: '/Users/ada' };
    const chromium = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium';
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium({ env, platform: 'darwin', exists: only(edge, chromium) })).toBe(chromium);
    expect(findChromium({ env, platform: 'darwin', exists: only(edge) })).toBe(edge);
  });

  it('on Windows finds Chrome per user or machine-wide, then Edge', () => {
    const env = { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' };
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({ env, platform: 'win32', exists: only(edge, chrome) })).toBe(chrome);
    expect(findChromium({ env, platform: 'win32', exists: only(edge) })).toBe(edge);
  });

  it("falls back to Playwright's managed browser only when no installed one is found", () => {
    const managed = '/root/.cache/ms-playwright/chromium/chrome';
    expect(findChromium({ env: {}, platform: 'linux', exists: only(managed), playwrightExecutable: () => managed })).toBe(managed);
    expect(findChromium({ env: {}, platform: 'linux', exists: only(managed, '/usr/bin/chromium'), playwrightExecutable: () => managed })).toBe('/usr/bin/chromium');
  });

  it('gives the one command that gets a browser on each platform', () => {
    for (const [platform, command] of [
      ['linux', 'npx playwright install chromium'],
      ['darwin', 'brew install --cask google-chrome'],
      ['win32', 'winget install Google.Chrome'],
    ] as const) {
      const find = () => findChromium({ env: {}, platform, exists: only(), playwrightExecutable: none });
      expect(find).toThrow(ChromiumNotFoundError);
      expect(find).toThrow(command);
      expect(installCommand(platform)).toBe(command);
    }
  });
});

describe('browserCandidates', () => {
  it('lists Chrome first on every platform and never repeats a path', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const candidates = browserCandidates({ platform, env: { PATH: '/usr/bin', HOME: '/Users/ada', PROGRAMFILES: 'C:\\Program Files' } });
      expect(candidates[0]).toMatch(/chrome/i);
      expect(new Set(candidates).size).toBe(candidates.length);
    }
  });
});
