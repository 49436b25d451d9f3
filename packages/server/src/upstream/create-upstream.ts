import type { NgramModel } from '@logprob-autocomplete/ngram';
import { EmbeddedUpstream } from './embedded-upstream.js';
import { OpenAISdkUpstream } from './openai-sdk-upstream.js';
import type { ProviderConfig } from './provider-config.js';
import type { Upstream } from './upstream.js';

/**
 * The upstream for a provider: the one place that picks an implementation. The embedded model
 * is called in process; every other provider goes through the openai SDK.
 *
 * @example
 * const upstream = createUpstream(resolveProviderConfig(process.env), { model: memoizeRetrying(loadDefaultModel) });
 */
export function createUpstream(config: ProviderConfig, options: { model?: (() => Promise<NgramModel>) | undefined; fetch?: typeof fetch | undefined }): Upstream {
  if (config.baseURL !== undefined) return new OpenAISdkUpstream(config, { fetch: options.fetch });
  if (!options.model) throw new Error('No OPENAI_API_KEY or OPENAI_BASE_URL is set and no embedded model was given to createSuggestApp.');
  return new EmbeddedUpstream(options.model, { capabilities: config.capabilities, modelId: config.model });
}
