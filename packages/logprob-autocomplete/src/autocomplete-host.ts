import type { ReactiveControllerHost } from 'lit';
import type { FieldAdapter } from './field-adapter.js';
import type { Keymap } from './keymap.js';
import type { AnnounceMode } from './list-announcement.js';
import type { LogprobAutocompleteStrings } from './strings.js';

/**
 * The element as its controllers see it: its settings, its light-DOM popup and its updates.
 * `LogprobAutocompleteElement` is one; the controllers do not import the element's module.
 *
 * @example
 * const controller = new AutocompleteController(element satisfies AutocompleteHost);
 */
export interface AutocompleteHost extends HTMLElement, ReactiveControllerHost {
  src: string;
  model: string | null;
  topLogprobs: number;
  maxTokens: number;
  debounce: number;
  minProbability: number;
  openThreshold: number;
  ghostThreshold: number;
  disabled: boolean;
  adapter: FieldAdapter | undefined;
  keys: Keymap;
  strings: Partial<LogprobAutocompleteStrings>;
  announce: AnnounceMode;
  /** The in-page model's file, when it answers instead of `src`. */
  modelSrc?: string | null;
  /** Answers suggest requests in the page (the `model-src` model) instead of `src`. */
  readonly suggestFetch?: typeof fetch | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}
