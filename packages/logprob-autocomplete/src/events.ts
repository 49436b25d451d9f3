import type { EndEventData, TokenEventData } from '@logprob-autocomplete/protocol';
import type { SuggestFailure } from './suggest-client.js';
import type { Suggestion } from './suggestion-view.js';

/**
 * `logprob-suggest`: a list was shown or changed, or, while it is shown, the stream it came from
 * grew (a token event or the end event arrived).
 */
export interface LogprobSuggestDetail {
  /** The text before the caret the list is for. */
  text: string;
  /** The options shown, most likely first. */
  options: readonly Suggestion[];
  /** The ghost text shown after the caret ('' when none). */
  ghost: string;
  /** `network`: a response arrived; `local`: type-through or an accept moved along what was already streamed. */
  source: 'network' | 'local';
  /**
   * The protocol's token events the list was computed from, in `index` order: what the current
   * request has streamed so far. A new array whenever a token event arrives; never changed after.
   */
  tokens: readonly TokenEventData[];
  /** The protocol's `end` event (finish reason, usage, timings), once it arrived. */
  end?: EndEventData;
}

/** `logprob-accept` (cancelable): an option or a word of the ghost text is about to be inserted. */
export interface LogprobAcceptDetail {
  /** The option accepted (for `ghost` and `word`, the top option whose ghost text it came from). */
  option: Suggestion;
  /** What will be inserted at the caret. Listeners may change it; set it to '' to insert nothing. */
  text: string;
  /**
   * How: `keyboard` (Tab or Enter on an option moved to, or Alt+N), `ghost` (Tab on the ghost text:
   * the whole phrase), `word` (Ctrl/Cmd+Right: the ghost text's next word) or `pointer`.
   */
  via: 'keyboard' | 'ghost' | 'word' | 'pointer';
}

/** `logprob-dismiss`: the list was closed without an accept. */
export interface LogprobDismissDetail {
  /**
   * `escape`, `blur`, `stale` (the text changed so that no option applies, or the caret moved), or
   * `quiet` (typing went on to a position whose options are under `open-threshold`).
   */
  reason: 'escape' | 'blur' | 'stale' | 'quiet';
}

/** `logprob-error`: a request failed. The field keeps working and the text is untouched. */
export type LogprobErrorDetail = SuggestFailure;

/** `logprob-loadend`: a request finished. */
export interface LogprobLoadendDetail {
  status: 'success' | 'error' | 'abort';
}

/** `logprob-loadstart`: a request started. */
export interface LogprobLoadstartDetail {
  /** The text before the caret the request is for. */
  text: string;
}

/** Every event the element fires, by type, with its detail. */
export interface LogprobEventDetails {
  'logprob-suggest': LogprobSuggestDetail;
  'logprob-accept': LogprobAcceptDetail;
  'logprob-dismiss': LogprobDismissDetail;
  'logprob-error': LogprobErrorDetail;
  'logprob-loadstart': LogprobLoadstartDetail;
  'logprob-loadend': LogprobLoadendDetail;
}

// Request lifecycle events mirror `loadstart`/`loadend`, which do not bubble; the rest bubble and
// cross shadow roots. Only an accept can be cancelled.
const LIFECYCLE = new Set<keyof LogprobEventDetails>(['logprob-loadstart', 'logprob-loadend']);

/**
 * Fires one of the element's events on `host`, with the bubbling and cancelability its type has.
 * Returns `false` when a listener cancelled it.
 *
 * @example
 * if (emit(host, 'logprob-accept', { option, text, via: 'keyboard' })) field.insert(text);
 */
export function emit<K extends keyof LogprobEventDetails>(host: HTMLElement, type: K, detail: LogprobEventDetails[K]): boolean {
  const bubbles = !LIFECYCLE.has(type);
  return host.dispatchEvent(new CustomEvent(type, { detail, bubbles, composed: bubbles, cancelable: type === 'logprob-accept' }));
}

declare global {
  interface HTMLElementEventMap {
    'logprob-suggest': CustomEvent<LogprobSuggestDetail>;
    'logprob-accept': CustomEvent<LogprobAcceptDetail>;
    'logprob-dismiss': CustomEvent<LogprobDismissDetail>;
    'logprob-error': CustomEvent<LogprobErrorDetail>;
    'logprob-loadstart': CustomEvent<LogprobLoadstartDetail>;
    'logprob-loadend': CustomEvent<LogprobLoadendDetail>;
  }
}
