import type { HostAdapter } from './host-adapter.js';
import type { Keymap } from './keymap.js';
import type { LogprobAutocompleteStrings } from './strings.js';

/**
 * The element as its controller sees it: its settings, its light-DOM popup and its updates.
 * `LogprobAutocompleteElement` is one; the controller does not import the element's module.
 *
 * @example
 * const controller = new AutocompleteController(element satisfies AutocompleteHost);
 */
export interface AutocompleteHost extends HTMLElement {
  src: string;
  model: string | null;
  topLogprobs: number;
  maxTokens: number;
  debounce: number;
  minProbability: number;
  ghostThreshold: number;
  disabled: boolean;
  adapter: HostAdapter | undefined;
  keys: Keymap;
  strings: Partial<LogprobAutocompleteStrings>;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}
