import { useState } from 'react';
import 'logprob-autocomplete/define';

/**
 * `<logprob-autocomplete>` in React 19 with nothing in between: React 19 sets custom-element
 * properties (`debounce`, the `strings` object) as properties and listens to `onlogprob-*` props as
 * the element's events. The textarea stays a controlled React input: an accept is a native
 * `insertText` edit, so React's `onChange` sees it like typing.
 *
 * @example
 * createRoot(root).render(<App />);
 */
export function App() {
  const [text, setText] = useState('');
  const [accepted, setAccepted] = useState<string[]>([]);
  return (
    <main>
      <logprob-autocomplete
        src="/v1/suggest"
        debounce={40}
        strings={{ listLabel: 'Next words' }}
        onlogprob-accept={(event) => {
          const { text: inserted, via } = event.detail;
          setAccepted((list) => [...list, `${via}:${inserted}`]);
        }}
      >
        <textarea aria-label="Message" rows={4} cols={60} value={text} onChange={(event) => { setText(event.target.value); }} />
      </logprob-autocomplete>
      <p>
        React state: <output data-testid="state">{text}</output>
      </p>
      <ol data-testid="accepted">
        {accepted.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ol>
    </main>
  );
}
