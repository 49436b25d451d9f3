import { applyComboboxRole } from './combobox-aria.js';
import { followViewport } from './follow-viewport.js';
import type { FieldAdapter, FieldCallbacks } from './field-adapter.js';

/**
 * Connects a field to the element: gives it the combobox role for `listboxId`, observes it, and
 * calls `reposition` when what the user sees moves under the caret (scroll, resize, visual viewport). Returns the
 * function that undoes all of it.
 *
 * @example
 * const disconnect = connectField(textFieldAdapter(textarea), 'logprob-autocomplete-1-listbox', callbacks, reposition);
 */
export function connectField(field: FieldAdapter, listboxId: string, callbacks: FieldCallbacks, reposition: () => void): () => void {
  const restoreAria = applyComboboxRole(field.element, listboxId, field.singleLine === true);
  const stopObserving = field.observe(callbacks);
  const stopFollowing = followViewport(reposition);
  return () => {
    stopObserving();
    stopFollowing();
    restoreAria();
  };
}
