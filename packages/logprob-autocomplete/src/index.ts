export { LogprobAutocompleteElement } from './logprob-autocomplete-element.js';
export { observeFieldEvents, type FieldAdapter, type FieldCallbacks } from './field-adapter.js';
export { textFieldAdapter } from './text-field-adapter.js';
export { contenteditableAdapter } from './contenteditable-adapter.js';
export { DEFAULT_KEYMAP, type KeyCommand, type Keymap } from './keymap.js';
export { DEFAULT_STRINGS, type LogprobAutocompleteStrings } from './strings.js';
export { formatProbability } from './format-probability.js';
export type { Suggestion } from './suggestion-view.js';
export type { LogprobModelLoadDetail, LogprobModelProgressDetail } from './local-model/local-model-controller.js';
export type { LocalModelErrorCode } from './local-model/model-messages.js';
export type {
  LogprobAcceptDetail,
  LogprobDismissDetail,
  LogprobErrorDetail,
  LogprobEventDetails,
  LogprobLoadendDetail,
  LogprobLoadstartDetail,
  LogprobSuggestDetail,
} from './events.js';
