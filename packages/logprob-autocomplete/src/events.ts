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
  /** The option accepted (for `word`, the top option whose ghost text it came from). */
  option: Suggestion;
  /** What will be inserted at the caret. Listeners may change it; set it to '' to insert nothing. */
  text: string;
  /** How: `keyboard` (Tab or Enter), `word` (Ctrl/Cmd+Right on the ghost text) or `pointer`. */
  via: 'keyboard' | 'word' | 'pointer';
}

/** `logprob-dismiss`: the list was closed without an accept. */
export interface LogprobDismissDetail {
  /** `escape`, `blur`, or `stale` (the text changed so that no option applies). */
  reason: 'escape' | 'blur' | 'stale';
}

/** `logprob-error`: a request failed. The field keeps working and the text is untouched. */
export type LogprobErrorDetail = SuggestFailure;

/** `logprob-loadend`: a request finished. */
export interface LogprobLoadendDetail {
  status: 'success' | 'error' | 'abort';
}

declare global {
  interface HTMLElementEventMap {
    'logprob-suggest': CustomEvent<LogprobSuggestDetail>;
    'logprob-accept': CustomEvent<LogprobAcceptDetail>;
    'logprob-dismiss': CustomEvent<LogprobDismissDetail>;
    'logprob-error': CustomEvent<LogprobErrorDetail>;
    'logprob-loadstart': CustomEvent<{ text: string }>;
    'logprob-loadend': CustomEvent<LogprobLoadendDetail>;
  }
}
