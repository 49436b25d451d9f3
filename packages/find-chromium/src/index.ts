export {
  CHROMIUM_ARGS,
  ChromiumNotFoundError,
  SYSTEM_CHROMIUM_PATHS,
  findChromium,
  type FindChromiumOptions,
} from './find-chromium.js';
