import { countCharacters, countsAsKey, keystrokeSavings, type KeystrokeCounts } from './keystroke-savings.js';

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });

/**
 * A live keystrokes-saved meter for one field, built only from public events: `keydown` on the
 * field (bubbling from it to the element) and `logprob-accept` from the element. Any page can
 * build the same meter.
 *
 * @example
 * new KeystrokeMeter(element, document.querySelector('[data-keystrokes="textarea"]')!);
 */
export class KeystrokeMeter {
  readonly counts: KeystrokeCounts = { keysPressed: 0, acceptedCharacters: 0, keyboardAccepts: 0 };

  constructor(element: HTMLElement, readonly output: HTMLElement) {
    element.addEventListener('keydown', (event) => {
      // The listbox is in the element's light DOM too; only keys aimed at the field count.
      if (countsAsKey(event) && !(event.target instanceof Element && event.target.closest('[role="listbox"]'))) {
        this.counts.keysPressed += 1;
        this.#render();
      }
    });
    element.addEventListener('logprob-accept', (event) => {
      // Another listener may still cancel or change the insert: read it once the event is done.
      queueMicrotask(() => {
        if (event.defaultPrevented) return;
        const { text, via } = event.detail;
        this.counts.acceptedCharacters += countCharacters(text);
        if (via !== 'pointer' && text !== '') this.counts.keyboardAccepts += 1;
        this.#render();
      });
    });
    this.#render();
  }

  #render(): void {
    const { keysPressed, acceptedCharacters } = this.counts;
    const { saved, share } = keystrokeSavings(this.counts);
    this.output.dataset.saved = String(saved);
    this.output.textContent =
      keysPressed === 0 && acceptedCharacters === 0
        ? 'Keystrokes saved: none yet.'
        : `Keystrokes saved: ${saved} (${percent.format(share)}). ${acceptedCharacters} characters from accepts, ${keysPressed} keys pressed.`;
  }
}
