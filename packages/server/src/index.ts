export { createSuggestApp, type SuggestAppOptions } from './http/create-suggest-app.js';
export {
  DEFAULT_OPENAI_MODEL,
  ProviderConfigError,
  describeProvider,
  resolveProviderConfig,
  type Env,
  type ProviderConfig,
} from './upstream/provider-config.js';
export { capabilitiesFor, type ProviderCapabilities, type ProviderKind, type SuggestMode } from './upstream/provider-capabilities.js';
export type { Upstream, UpstreamChunk, UpstreamUsage } from './upstream/upstream.js';
export type { UpstreamRequest } from './upstream/upstream-request.js';
export type { UpstreamPosition, UpstreamToken } from './positions/upstream-position.js';
export { OpenAISdkUpstream } from './upstream/openai-sdk-upstream.js';
export { EmbeddedUpstream } from './upstream/embedded-upstream.js';
export { UpstreamFailure, type UpstreamErrorCode } from './upstream/upstream-error.js';
export { corsAllowlist, isAllowedOrigin, parseAllowedOrigins, type AllowedOrigins } from './http/guards/cors-allowlist.js';
export { rateLimit, rateLimitFromEnv, type RateLimitOptions } from './http/guards/rate-limit.js';
export { MemoryRateLimitStore, type RateLimitStore } from './http/guards/memory-rate-limit-store.js';
export { defaultClientKey } from './http/guards/client-key.js';
export { EVENT_STREAM_HEADERS } from './http/event-stream-response.js';
