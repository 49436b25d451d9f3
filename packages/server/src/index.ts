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
export { MemoryRateLimitStore } from './store/memory-rate-limit-store.js';
export { FailoverRateLimitStore } from './store/failover-rate-limit-store.js';
export type { RateLimitHit, RateLimitStore } from './store/rate-limit-store.js';
export { clientKeyOf, createClientIdentity, UNKNOWN_CLIENT } from './http/guards/client-identity.js';
export { resolveClientAddress } from './http/guards/client-address.js';
export { parseTrustProxy, TrustProxyError, type ProxyHeader, type TrustProxy } from './http/guards/trust-proxy.js';
export { EVENT_STREAM_HEADERS } from './http/event-stream-response.js';
