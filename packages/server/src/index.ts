export { createSuggestApp, type SuggestAppOptions } from './create-suggest-app.js';
export {
  DEFAULT_OPENAI_MODEL,
  EMBEDDED_BASE_URL,
  ProviderConfigError,
  resolveProviderConfig,
  type Env,
  type ProviderConfig,
  type ProviderKind,
  type SuggestMode,
} from './provider-config.js';
export { corsAllowlist, isAllowedOrigin, parseAllowedOrigins, type AllowedOrigins } from './guards/cors-allowlist.js';
export { rateLimit, rateLimitFromEnv, type RateLimitOptions } from './guards/rate-limit.js';
export { MemoryRateLimitStore, type RateLimitStore } from './guards/memory-rate-limit-store.js';
export { defaultClientKey } from './guards/client-key.js';
export { createUpstreamClient, type FetchHandler } from './upstream-client.js';
export { EVENT_STREAM_HEADERS } from './event-stream-response.js';
