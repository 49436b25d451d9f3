import { formatProbability } from './format-probability.js';
import { spokenToken, type LogprobAutocompleteStrings } from './strings.js';
import type { Suggestion } from './suggestion-view.js';

/**
 * When the polite live region speaks (the element's `announce` attribute):
 * - `requested` (default): when the user opened the list on purpose (Ctrl+Space) or engaged one
 *   that had opened by itself (Alt+Down), and after that whenever what it offers changes (its
 *   length or its top option). A list that opens by itself at a pause is shown, not spoken.
 * - `always`: also lists that open by themselves, once per distinct list.
 * - `off`: never; the page announces what it wants from `logprob-suggest`.
 */
export type AnnounceMode = 'requested' | 'always' | 'off';

/**
 * What the live region should say about `options` now, with the key that tells a meaningful change
 * (length or top option) from a stream update or a re-render; `undefined` when it should be silent.
 *
 * @example
 * const next = listAnnouncement(view.options, engaged, element.announce, strings, 'en');
 * if (next && next.key !== lastKey) live.textContent = next.text;
 */
export function listAnnouncement(
  options: readonly Suggestion[],
  engaged: boolean,
  mode: AnnounceMode,
  strings: LogprobAutocompleteStrings,
  locale: string | undefined,
): { key: string; text: string } | undefined {
  const top = options[0];
  if (!top || mode === 'off' || (mode !== 'always' && !engaged)) return undefined;
  return {
    key: `${options.length} ${top.token}`,
    text: strings.announce(options.length, spokenToken(top.token, strings), formatProbability(top.probability, locale)),
  };
}
