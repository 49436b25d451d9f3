/**
 * Which upstream the suggest function talks to, from the openai SDK's own variables: no
 * `OPENAI_API_KEY` and no `OPENAI_BASE_URL` is the embedded model; a key alone is OpenAI; a base
 * URL is any OpenAI-compatible server. Everything else has defaults tuned for autocomplete.
 */
import { SUGGEST_LIMITS } from '@logprob-autocomplete/protocol';
import { capabilitiesFor, type ProviderCapabilities, type ProviderKind, type SuggestMode } from './provider-capabilities.js';

/**
 * A provider, as read from the environment.
 *
 * @example
 * const config: ProviderConfig = resolveProviderConfig(process.env);
 */
export interface ProviderConfig {
  kind: ProviderKind;
  /** Where the openai SDK sends requests; `undefined` for the embedded model, which is called in process. */
  baseURL: string | undefined;
  apiKey: string;
  /** Model id; `undefined` asks an OpenAI-compatible server for its first model. */
  model: string | undefined;
  /** Extra model ids a request may ask for; the configured model is always allowed. */
  allowedModels: string[];
  mode: SuggestMode;
  /** How this provider differs from the others; the pipeline reads only this. */
  capabilities: ProviderCapabilities;
  /** Whole-request budget, headers and body, in milliseconds. */
  timeoutMs: number;
  maxRetries: number;
}

/** Variables: `process.env`, a Worker's bindings. */
export type Env = Readonly<Record<string, unknown>>;

/** OpenAI's default: a model that returns logprobs (reasoning models reject them). */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';
const DEFAULT_MODELS: Readonly<Record<ProviderKind, string | undefined>> = { embedded: 'embedded-ngram', openai: DEFAULT_OPENAI_MODEL, 'openai-compatible': undefined };
const DEFAULT_BASE_URLS: Readonly<Record<ProviderKind, string | undefined>> = { embedded: undefined, openai: 'https://api.openai.com/v1', 'openai-compatible': undefined };

/** Thrown at startup for a variable that cannot be used, naming it. */
export class ProviderConfigError extends Error {
  override name = 'ProviderConfigError';
}

function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function readInteger(env: Env, name: string, fallback: number, range: { min: number; max: number }): number {
  const text = read(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new ProviderConfigError(`${name} must be an integer from ${range.min} to ${range.max}, got "${text}"`);
  }
  return value;
}

/**
 * Reads the provider from environment variables (Node's `process.env`, a Worker's bindings).
 *
 * @example
 * resolveProviderConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', SUGGEST_MODE: 'completions' });
 */
export function resolveProviderConfig(env: Env): ProviderConfig {
  const apiKey = read(env, 'OPENAI_API_KEY');
  const baseURL = read(env, 'OPENAI_BASE_URL');
  const kind: ProviderKind = baseURL ? 'openai-compatible' : apiKey ? 'openai' : 'embedded';
  if (baseURL && !/^https?:\/\//.test(baseURL)) throw new ProviderConfigError(`OPENAI_BASE_URL must be an http(s) URL, got "${baseURL}"`);
  const mode = read(env, 'SUGGEST_MODE') ?? 'chat';
  if (mode !== 'chat' && mode !== 'completions') throw new ProviderConfigError(`SUGGEST_MODE must be "chat" or "completions", got "${mode}"`);
  const maxTopLogprobs = read(env, 'SUGGEST_MAX_TOP_LOGPROBS') === undefined ? undefined : readInteger(env, 'SUGGEST_MAX_TOP_LOGPROBS', 0, SUGGEST_LIMITS.topLogprobs);
  return {
    kind,
    baseURL: baseURL ?? DEFAULT_BASE_URLS[kind],
    // Local servers need no key, but the SDK insists on one; it is sent only to that server.
    apiKey: apiKey ?? 'not-needed',
    model: read(env, 'OPENAI_MODEL') ?? DEFAULT_MODELS[kind],
    allowedModels: (read(env, 'SUGGEST_ALLOWED_MODELS') ?? '').split(',').map((model) => model.trim()).filter(Boolean),
    mode,
    capabilities: capabilitiesFor(kind, mode, maxTopLogprobs),
    timeoutMs: readInteger(env, 'SUGGEST_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
    maxRetries: readInteger(env, 'SUGGEST_MAX_RETRIES', 1, { min: 0, max: 1 }),
  };
}

// A server of your own is named by its base URL.
const PROVIDER_NAMES: Readonly<Record<ProviderKind, string | undefined>> = { embedded: 'the embedded model', openai: 'OpenAI', 'openai-compatible': undefined };

/**
 * The provider in words, for a startup line: its base URL when it is a server of your own.
 *
 * @example
 * describeProvider(resolveProviderConfig({})); // 'the embedded model'
 */
export function describeProvider(config: ProviderConfig): string {
  return PROVIDER_NAMES[config.kind] ?? config.baseURL ?? 'an OpenAI-compatible server';
}
