// Side-effect entry: `import 'logprob-autocomplete/define'` registers <logprob-autocomplete>.
import { LogprobAutocompleteElement } from './logprob-autocomplete-element.js';

LogprobAutocompleteElement.define();

export { LogprobAutocompleteElement };
