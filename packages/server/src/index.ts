export { createSuggestApp, type SuggestAppOptions } from './http/create-suggest-app.js';
export {
  DEFAULT_OPENAI_MODEL,
  EMBEDDED_BASE_URL,
  ProviderConfigError,
  resolveProviderConfig,
  type Env,
  type ProviderConfig,
  type ProviderKind,
  type SuggestMode,
} from './upstream/provider-config.js';
export { corsAllowlist, isAllowedOrigin, parseAllowedOrigins, type AllowedOrigins } from './http/guards/cors-allowlist.js';
export { rateLimit, rateLimitFromEnv, type RateLimitOptions } from './http/guards/rate-limit.js';
export { MemoryRateLimitStore, type RateLimitStore } from './http/guards/memory-rate-limit-store.js';
export { defaultClientKey } from './http/guards/client-key.js';
export { createUpstreamClient, type FetchHandler } from './upstream/upstream-client.js';
export { EVENT_STREAM_HEADERS } from './http/event-stream-response.js';
