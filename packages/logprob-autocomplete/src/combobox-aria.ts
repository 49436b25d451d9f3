// Each attribute is set to its value, or removed where the value is null.
function setAttributes(field: HTMLElement, attributes: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) field.removeAttribute(name);
    else field.setAttribute(name, value);
  }
}

/**
 * Makes `field` the WAI-ARIA combobox for `listboxId` and returns a function that restores the
 * attributes it had. DOM focus stays in the field; the active option is conveyed with
 * `aria-activedescendant`, which is why the listbox must be in the field's tree (light DOM).
 *
 * @example
 * const restore = applyComboboxRole(textarea, 'logprob-autocomplete-1-listbox');
 */
export function applyComboboxRole(field: HTMLElement, listboxId: string): () => void {
  const combobox = {
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listboxId,
    'aria-activedescendant': null,
  };
  const saved = Object.fromEntries(Object.keys(combobox).map((name) => [name, field.getAttribute(name)]));
  setAttributes(field, combobox);
  return () => {
    setAttributes(field, saved);
  };
}

/**
 * Reflects the list's state on the combobox field.
 *
 * @example
 * updateComboboxState(textarea, true, 'logprob-autocomplete-1-option-0');
 */
export function updateComboboxState(field: HTMLElement, expanded: boolean, activeId: string | null): void {
  setAttributes(field, { 'aria-expanded': String(expanded), 'aria-activedescendant': activeId || null });
}
