import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, findChromium } from './find-chromium.js';

const only = (...paths: string[]) => (path: string) => paths.includes(path);

describe('findChromium', () => {
  it('prefers CHROME_PATH', () => {
    expect(findChromium({ env: { CHROME_PATH: '/opt/chrome' }, exists: only('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
  });

  it('names a CHROME_PATH that points nowhere', () => {
    expect(() => findChromium({ env: { CHROME_PATH: '/nope' }, exists: only('/usr/bin/chromium') })).toThrow(/CHROME_PATH is set to \/nope/);
  });

  it('falls back to the system Chromium', () => {
    expect(findChromium({ env: {}, exists: only('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
  });

  it("falls back to Playwright's managed browser", () => {
    const managed = '/root/.cache/ms-playwright/chromium/chrome';
    expect(findChromium({ env: {}, exists: only(managed), playwrightExecutable: () => managed })).toBe(managed);
  });

  it('says how to get a browser when there is none', () => {
    expect(() => findChromium({ env: {}, exists: only(), playwrightExecutable: () => undefined })).toThrow(ChromiumNotFoundError);
    expect(() => findChromium({ env: {}, exists: only(), playwrightExecutable: () => undefined })).toThrow(/apt-get install chromium/);
  });
});
