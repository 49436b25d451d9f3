import { contenteditableAdapter } from './contenteditable-adapter.js';
import type { FieldAdapter } from './field-adapter.js';
import { textFieldAdapter } from './text-field-adapter.js';

const SELECTOR = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/**
 * Finds the field `<logprob-autocomplete>` enhances among its descendants (skipping `exclude`,
 * the element's own popup) and wraps it in the matching adapter: a `<textarea>`, an
 * `<input type=text|search>`, or a `contenteditable` element.
 *
 * @example
 * const adapter = findFieldAdapter(element, popupContainer);
 */
export function findFieldAdapter(root: HTMLElement, exclude?: Element): FieldAdapter | undefined {
  for (const candidate of root.querySelectorAll<HTMLElement>(SELECTOR)) {
    if (exclude?.contains(candidate)) continue;
    if (candidate instanceof HTMLTextAreaElement) return textFieldAdapter(candidate);
    if (candidate instanceof HTMLInputElement) {
      if (candidate.type === 'text' || candidate.type === 'search') return textFieldAdapter(candidate);
      continue;
    }
    if (candidate.isContentEditable) return contenteditableAdapter(candidate);
  }
  return undefined;
}
