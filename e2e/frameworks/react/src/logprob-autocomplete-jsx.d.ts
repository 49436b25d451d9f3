// Typed JSX for <logprob-autocomplete>, from the package's own types: its properties, and one
// `on<event>` prop per `logprob-*` event with that event's detail. No wrapper library is needed,
// since React 19 passes both straight to the element.
import type { LogprobAutocompleteElement, LogprobEventDetails } from 'logprob-autocomplete';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type LogprobAutocompleteProperties = Partial<
  Pick<LogprobAutocompleteElement, 'src' | 'model' | 'debounce' | 'topLogprobs' | 'maxTokens' | 'minProbability' | 'ghostThreshold' | 'disabled' | 'keys' | 'strings' | 'adapter'>
>;

type LogprobAutocompleteEvents = {
  [Type in keyof LogprobEventDetails as `on${Type}`]?: (event: CustomEvent<LogprobEventDetails[Type]>) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'logprob-autocomplete': DetailedHTMLProps<HTMLAttributes<LogprobAutocompleteElement>, LogprobAutocompleteElement> &
        LogprobAutocompleteProperties &
        LogprobAutocompleteEvents;
    }
  }
}
