import { applyComboboxRole } from './combobox-aria.js';
import type { FieldAdapter, FieldCallbacks } from './field-adapter.js';

/**
 * Connects a field to the element: gives it the combobox role for `listboxId`, observes it, and
 * calls `reposition` when the page scrolls or resizes (the caret moves on screen). Returns the
 * function that undoes all of it.
 *
 * @example
 * const disconnect = connectField(textFieldAdapter(textarea), 'logprob-autocomplete-1-listbox', callbacks, reposition);
 */
export function connectField(field: FieldAdapter, listboxId: string, callbacks: FieldCallbacks, reposition: () => void): () => void {
  const restoreAria = applyComboboxRole(field.element, listboxId);
  const stopObserving = field.observe(callbacks);
  addEventListener('scroll', reposition, { capture: true, passive: true });
  addEventListener('resize', reposition, { passive: true });
  return () => {
    stopObserving();
    removeEventListener('scroll', reposition, { capture: true });
    removeEventListener('resize', reposition);
    restoreAria();
  };
}
