// Each attribute is set to its value, or removed where the value is null.
function setAttributes(field: HTMLElement, attributes: Record<string, string | null>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) field.removeAttribute(name);
    else field.setAttribute(name, value);
  }
}

/**
 * Gives `field` the ARIA that ties it to the listbox `listboxId` (docs/decisions/0008) and returns
 * a function that restores the attributes it had. A single-line field becomes a WAI-ARIA
 * combobox. A multi-line field stays a textbox (a combobox may not be multi-line: CodeMirror's
 * `aria-multiline` would make it invalid), with the combobox's references that a textbox allows:
 * `aria-autocomplete`, `aria-controls` and `aria-activedescendant`. A field with no role of its
 * own (a `contenteditable` element) is named a multi-line textbox. DOM focus stays in the field,
 * which is why the listbox must be in the field's tree (light DOM).
 *
 * @example
 * const restore = applyComboboxRole(textarea, 'logprob-autocomplete-1-listbox', false);
 */
export function applyComboboxRole(field: HTMLElement, listboxId: string, singleLine: boolean): () => void {
  const references = { 'aria-autocomplete': 'list', 'aria-controls': listboxId, 'aria-activedescendant': null };
  const implicitRole = field instanceof HTMLTextAreaElement || field.hasAttribute('role');
  const attributes = singleLine
    ? { role: 'combobox', 'aria-expanded': 'false', ...references }
    : implicitRole ? references : { role: 'textbox', 'aria-multiline': 'true', ...references };
  const saved = Object.fromEntries(Object.keys(attributes).map((name) => [name, field.getAttribute(name)]));
  setAttributes(field, attributes);
  return () => {
    setAttributes(field, saved);
  };
}

/**
 * Reflects the list's state on the field: the active option, and on a combobox whether it is
 * expanded (a textbox has no `aria-expanded`).
 *
 * @example
 * updateComboboxState(textarea, true, 'logprob-autocomplete-1-option-0');
 */
export function updateComboboxState(field: HTMLElement, expanded: boolean, activeId: string | null): void {
  setAttributes(field, { 'aria-activedescendant': activeId || null });
  if (field.getAttribute('role') === 'combobox') field.setAttribute('aria-expanded', String(expanded));
}
