import { applyComboboxRole } from './combobox-aria.js';
import { followViewport } from './follow-viewport.js';
import type { HostAdapter, HostCallbacks } from './host-adapter.js';

/**
 * Connects a host to the element: gives its field the combobox role for `listboxId`, observes it,
 * and calls `reposition` when the page scrolls or resizes (the caret moves on screen). Returns the
 * function that undoes all of it.
 *
 * @example
 * const disconnect = connectHost(textFieldAdapter(textarea), 'logprob-autocomplete-1-listbox', callbacks, reposition);
 */
export function connectHost(host: HostAdapter, listboxId: string, callbacks: HostCallbacks, reposition: () => void): () => void {
  const restoreAria = applyComboboxRole(host.element, listboxId);
  const stopObserving = host.observe(callbacks);
  const stopFollowing = followViewport(reposition);
  return () => {
    stopObserving();
    stopFollowing();
    restoreAria();
  };
}
