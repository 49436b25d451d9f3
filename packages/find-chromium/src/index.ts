export { browserCandidates, installCommand, type BrowserSearch } from './browser-paths.js';
export { CHROMIUM_ARGS, ChromiumNotFoundError, findChromium, type FindChromiumOptions } from './find-chromium.js';
