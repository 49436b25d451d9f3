export { LogprobAutocompleteElement } from './logprob-autocomplete-element.js';
export type { HostAdapter, HostCallbacks } from './host-adapter.js';
export { textFieldAdapter } from './text-field-adapter.js';
export { contenteditableAdapter } from './contenteditable-adapter.js';
export { DEFAULT_KEYMAP, type KeyCommand, type Keymap } from './keymap.js';
export { DEFAULT_STRINGS, type LogprobAutocompleteStrings } from './strings.js';
export type { Suggestion } from './suggestion-view.js';
export type {
  LogprobAcceptDetail,
  LogprobDismissDetail,
  LogprobErrorDetail,
  LogprobLoadendDetail,
  LogprobSuggestDetail,
} from './events.js';
