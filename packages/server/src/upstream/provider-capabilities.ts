import { SUGGEST_LIMITS } from '@logprob-autocomplete/protocol';

/** Which upstream the suggest function talks to. */
export type ProviderKind = 'embedded' | 'openai' | 'openai-compatible';
/** Which OpenAI endpoint carries a suggestion: chat completions (an instruction and the text) or legacy completions (the raw text). */
export type SuggestMode = 'chat' | 'completions';

/**
 * Everything in which providers differ, as data: the pipeline asks these questions and never
 * which provider it is talking to (as vercel/ai's openai-compatible provider does).
 *
 * @example
 * const capabilities: ProviderCapabilities = capabilitiesFor('openai', 'chat');
 * if (capabilities.stripsEcho) trimmer.stripEcho();
 */
export interface ProviderCapabilities {
  /** The endpoint a suggestion is asked from. */
  endpoint: SuggestMode;
  /** The model may repeat the end of the typed text before continuing it (chat models asked to continue do). */
  stripsEcho: boolean;
  /** Positions asked for beyond `max_tokens`, to pay for those the relay may drop (an echo, a leading space, pieces of a character). */
  slackTokens: number;
  /** Most alternatives per position the provider accepts. */
  maxTopLogprobs: number;
  /** Send `max_tokens` alongside `max_completion_tokens`, for servers that read only the former (Ollama, llama.cpp, older vLLM). */
  sendsMaxTokens: boolean;
  /** The whole answer is there at once (in process): the suggestion goes out as one write rather than a stream. */
  answersWhole: boolean;
  /** Extend the options at the caret to whole words by default: worth it only where a continuation costs no network. */
  extendsWords: boolean;
  /** The server may write `-Infinity` or `NaN` (Python's json module does), which the SDK's JSON parser would fail on. */
  writesNonFiniteNumbers: boolean;
}

interface ProviderProfile {
  /** Whether a chat model of this provider may echo the text (the embedded model continues by design). */
  chatEchoes: boolean;
  slackTokens: number;
  /** Alternatives the legacy completions endpoint allows (OpenAI's, and the embedded copy of it, allow 5). */
  completionsMaxTopLogprobs: number;
  sendsMaxTokens: boolean;
  answersWhole: boolean;
  extendsWords: boolean;
  writesNonFiniteNumbers: boolean;
}

// One profile per provider. The embedded model never echoes or doubles a space; its slack only
// covers sub-word pieces that index 0 joins into a whole word, and it computes every position it
// is asked for, so it asks for few. OpenAI's non-reasoning models take `max_completion_tokens`
// alone; other servers are sent both caps. Only servers of unknown make (vLLM, SGLang: Python)
// may write non-JSON numbers.
const PROFILES: Readonly<Record<ProviderKind, ProviderProfile>> = {
  embedded: { chatEchoes: false, slackTokens: 2, completionsMaxTopLogprobs: 5, sendsMaxTokens: false, answersWhole: true, extendsWords: true, writesNonFiniteNumbers: false },
  openai: { chatEchoes: true, slackTokens: 4, completionsMaxTopLogprobs: 5, sendsMaxTokens: false, answersWhole: false, extendsWords: false, writesNonFiniteNumbers: false },
  'openai-compatible': { chatEchoes: true, slackTokens: 4, completionsMaxTopLogprobs: SUGGEST_LIMITS.topLogprobs.max, sendsMaxTokens: true, answersWhole: false, extendsWords: false, writesNonFiniteNumbers: true },
};

/**
 * The capabilities of a provider used in a mode; `maxTopLogprobs` overrides the provider's limit
 * (`SUGGEST_MAX_TOP_LOGPROBS`).
 *
 * @example
 * capabilitiesFor('openai-compatible', 'completions'); // { endpoint: 'completions', stripsEcho: false, sendsMaxTokens: true, ... }
 */
export function capabilitiesFor(kind: ProviderKind, mode: SuggestMode, maxTopLogprobs?: number): ProviderCapabilities {
  const profile = PROFILES[kind];
  const chat = mode === 'chat';
  return {
    endpoint: mode,
    stripsEcho: chat && profile.chatEchoes,
    slackTokens: profile.slackTokens,
    maxTopLogprobs: maxTopLogprobs ?? (chat ? SUGGEST_LIMITS.topLogprobs.max : profile.completionsMaxTopLogprobs),
    sendsMaxTokens: profile.sendsMaxTokens,
    answersWhole: profile.answersWhole,
    extendsWords: profile.extendsWords,
    writesNonFiniteNumbers: profile.writesNonFiniteNumbers,
  };
}
