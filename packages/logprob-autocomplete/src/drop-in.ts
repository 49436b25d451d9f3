// Entry of the single-file drop-in build (dist/logprob-autocomplete.js, Lit inside): loading it
// with <script type="module"> registers <logprob-autocomplete>.
import { LogprobAutocompleteElement } from './logprob-autocomplete-element.js';

LogprobAutocompleteElement.define();

export { LogprobAutocompleteElement };
export { textFieldAdapter } from './text-field-adapter.js';
export { contenteditableAdapter } from './contenteditable-adapter.js';
