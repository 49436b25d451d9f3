/**
 * Which upstream the suggest function talks to, from the openai SDK's own variables: no
 * `OPENAI_API_KEY` and no `OPENAI_BASE_URL` is the embedded model; a key alone is OpenAI; a base
 * URL is any OpenAI-compatible server. Everything else has defaults tuned for autocomplete.
 */
import { SUGGEST_LIMITS } from '@logprob-autocomplete/protocol';

export type ProviderKind = 'embedded' | 'openai' | 'openai-compatible';
export type SuggestMode = 'chat' | 'completions';

export interface ProviderConfig {
  kind: ProviderKind;
  baseURL: string;
  apiKey: string;
  /** Model id; `undefined` asks an OpenAI-compatible server for its first model. */
  model: string | undefined;
  /** Extra model ids a request may ask for; the configured model is always allowed. */
  allowedModels: string[];
  mode: SuggestMode;
  /** Most alternatives the upstream accepts per position. */
  maxTopLogprobs: number;
  /** Whole-request budget, headers and body, in milliseconds. */
  timeoutMs: number;
  maxRetries: number;
}

export type Env = Readonly<Record<string, unknown>>;

/** Base URL of the embedded model's in-process OpenAI API; `.invalid` can never resolve. */
export const EMBEDDED_BASE_URL = 'http://embedded.invalid/v1';
/** OpenAI's default: a model that returns logprobs (reasoning models reject them). */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';
const DEFAULT_EMBEDDED_MODEL = 'embedded-ngram';

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
  const defaultModel = kind === 'embedded' ? DEFAULT_EMBEDDED_MODEL : kind === 'openai' ? DEFAULT_OPENAI_MODEL : undefined;
  // OpenAI's legacy completions endpoint (and the embedded model's copy of it) allows 5
  // alternatives; chat, and other servers' completions, allow 20.
  const providerMax = kind !== 'openai-compatible' && mode === 'completions' ? 5 : SUGGEST_LIMITS.topLogprobs.max;
  return {
    kind,
    baseURL: baseURL ?? (kind === 'openai' ? 'https://api.openai.com/v1' : EMBEDDED_BASE_URL),
    // Local servers need no key, but the SDK insists on one; it is sent only to that server.
    apiKey: apiKey ?? 'not-needed',
    model: read(env, 'OPENAI_MODEL') ?? defaultModel,
    allowedModels: (read(env, 'SUGGEST_ALLOWED_MODELS') ?? '').split(',').map((model) => model.trim()).filter(Boolean),
    mode,
    maxTopLogprobs: readInteger(env, 'SUGGEST_MAX_TOP_LOGPROBS', providerMax, SUGGEST_LIMITS.topLogprobs),
    timeoutMs: readInteger(env, 'SUGGEST_TIMEOUT_MS', 10_000, { min: 100, max: 120_000 }),
    maxRetries: readInteger(env, 'SUGGEST_MAX_RETRIES', 1, { min: 0, max: 1 }),
  };
}
