import type { EndEventData, TokenEventData } from '@logprob-autocomplete/protocol';
import { fitsContext } from './fits-context.js';
import { isWholeGraphemes, wholeGraphemePrefix } from './graphemes.js';

/** What one request has streamed so far: the text it was asked about and the positions that arrived. */
export interface StreamedSuggestions {
  /** The text before the caret when the request was made. */
  text: string;
  /** Token events by `index`: position 0 is at the caret, later ones follow the most likely path. */
  positions: TokenEventData[];
  /** The stream ended (normally, by an error or by being dropped). */
  done: boolean;
  /** The `end` event, once it arrived. */
  end?: EndEventData;
}

/** One option of the list, as shown. */
export interface Suggestion {
  /** The whole token, including the characters the user already typed through. */
  token: string;
  /** What accepting it inserts at the caret: the token minus what is already typed. */
  insert: string;
  /**
   * The model's probability for the whole token at this position, 0..1: `exp(logprob)`, never
   * renormalised over the options shown or left after type-through.
   */
  probability: number;
  /** The model's natural-log probability, unchanged. */
  logprob: number;
}

export type SuggestionView =
  | { kind: 'options'; position: number; typed: string; options: Suggestion[]; ghost: string }
  /** Nothing to show yet, but the stream may still produce it: do not request again. */
  | { kind: 'pending' }
  /** The stream explains the text, but nothing is worth showing unrequested: do not request again. */
  | { kind: 'hidden' }
  /** The stream cannot describe this text (it changed, or no option matches): request again. */
  | { kind: 'stale' };

export interface ViewOptions {
  /** Options below this probability are never shown. */
  minProbability: number;
  /** An unrequested list shows only when its top option reaches this probability. */
  openThreshold: number;
  /** Each ghost token's probability must reach this. */
  ghostThreshold: number;
  /** The user asked for the list (Ctrl+Space or engaged it): show whatever fits `minProbability`. */
  requested: boolean;
  /**
   * The position of the list shown now, if any: typing through it narrows the list without
   * closing it under `openThreshold` (a list that flickers away mid-word is worse than one that stays).
   */
  openAt?: number | undefined;
  /** The text after the caret: unrequested options must fit it (see `fitsContext`). */
  after: string;
}

/**
 * Derives what to show for the current text before the caret from what a request streamed. This
 * is the single place that decides whether a suggestion is still valid: text that the stream does
 * not explain yields `stale`, so a suggestion computed for text that has since changed is never
 * shown or inserted. Characters typed along the streamed path move to later positions without a
 * request; characters that extend an option filter the list. Probabilities stay the model's.
 *
 * @example
 * const view = suggestionView(stream, field.value, { minProbability: 0.01, openThreshold: 0.15, ghostThreshold: 0.5, requested: false, after: '' });
 * if (view.kind === 'options') console.log(view.options.map((option) => option.token));
 */
export function suggestionView(stream: StreamedSuggestions, text: string, options: ViewOptions): SuggestionView {
  if (!text.startsWith(stream.text)) return { kind: 'stale' };
  let typed = text.slice(stream.text.length);
  let position = 0;
  // Follow the streamed path through whole tokens the user typed or accepted.
  for (;;) {
    const current = stream.positions[position];
    if (!current || current.token === '' || !typed.startsWith(current.token)) break;
    typed = typed.slice(current.token.length);
    position += 1;
  }
  const current = stream.positions[position];
  if (!current) return stream.done ? { kind: 'stale' } : { kind: 'pending' };
  const matching = rankedAlternatives(current).filter(
    (alternative) => alternative.token.length > typed.length && alternative.token.startsWith(typed),
  );
  if (matching.length === 0) return { kind: 'stale' };
  const next = stream.positions[position + 1];
  const shown = matching
    .map((alternative) => ({
      token: alternative.token,
      insert: alternative.token.slice(typed.length),
      logprob: alternative.logprob,
      probability: Math.min(1, Math.exp(alternative.logprob)),
    }))
    .filter(
      (suggestion) =>
        suggestion.probability >= options.minProbability &&
        // Never a piece of a grapheme cluster; the next streamed token tells for the path's own. The
        // whole token is what is shown; its insert may finish a cluster the user began typing.
        isWholeGraphemes(suggestion.token, next && suggestion.token === current.token ? next.token : '') &&
        (options.requested || fitsContext(text, options.after, suggestion.token)),
    );
  const top = shown[0];
  if (!top || (!options.requested && position !== options.openAt && top.probability < options.openThreshold)) return { kind: 'hidden' };
  return { kind: 'options', position, typed, options: shown, ghost: ghostText(stream, position, shown, options.ghostThreshold) };
}
// Alternatives most likely first, duplicates and empty tokens dropped. The sort is stable, so the
// server's order breaks ties and the list never reshuffles as later positions stream in.
function rankedAlternatives(event: TokenEventData): { token: string; logprob: number }[] {
  const seen = new Set<string>();
  const alternatives = event.top_logprobs.length > 0 ? event.top_logprobs : [event];
  return alternatives
    .filter((alternative) => alternative.token !== '' && !seen.has(alternative.token) && seen.add(alternative.token))
    .sort((a, b) => b.logprob - a.logprob);
}

// The top option's continuation along the streamed path, while each token is confident enough.
// It stops at a line break: ghost text is drawn on the caret's line.
function ghostText(stream: StreamedSuggestions, position: number, shown: Suggestion[], threshold: number): string {
  const top = shown[0];
  const onPath = stream.positions[position];
  if (!top || !onPath || top.token !== onPath.token || top.probability < threshold) return '';
  let ghost = top.insert;
  let index = position + 1;
  for (; ; index += 1) {
    const next = stream.positions[index];
    if (!next || next.token === '' || Math.exp(next.logprob) < threshold) break;
    ghost += next.token;
  }
  const lineBreak = ghost.search(/[\r\n]/);
  if (lineBreak !== -1) return ghost.slice(0, lineBreak);
  // Stop before a cluster the first token left out would continue.
  return wholeGraphemePrefix(ghost, stream.positions[index]?.token);
}
