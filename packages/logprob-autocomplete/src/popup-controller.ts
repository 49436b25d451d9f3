import type { ReactiveController } from 'lit';
import type { AutocompleteHost } from './autocomplete-host.js';
import { updateComboboxState } from './combobox-aria.js';
import type { FieldAdapter } from './field-adapter.js';
import { syncPopup } from './position-popup.js';
import { renderPopup, type PopupState } from './render-popup.js';

let instances = 0;

/**
 * The popup as a Lit controller: renders the listbox, ghost text and live region, and after each
 * update places them at the caret and reflects the list on the field's ARIA attributes. The caret
 * is measured (a layout) only when it moved, never for a stream update that lengthens the list.
 *
 * @example
 * const popup = new PopupController(host, () => binding.field);
 * popup.caretMoved();
 */
export class PopupController implements ReactiveController {
  // The random part keeps ids unique even when two copies of this module share a page.
  readonly id = `logprob-autocomplete-${(++instances).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  readonly #host: AutocompleteHost;
  readonly #field: () => FieldAdapter | undefined;
  #open = false;
  #active = -1;
  #caret: DOMRect | null = null;
  #moved = true;

  constructor(host: AutocompleteHost, field: () => FieldAdapter | undefined) {
    this.#host = host;
    this.#field = field;
    host.addController(this);
  }

  /** The caret moved (typing, an accept, scrolling): measure it again at the next update. */
  caretMoved(): void {
    this.#moved = true;
  }

  /** The popup's template for `state`. */
  render(state: Omit<PopupState, 'id'>): unknown {
    this.#open = state.options.length > 0;
    this.#active = state.active;
    return renderPopup({ id: this.id, ...state });
  }

  hostUpdated(): void {
    const field = this.#field();
    // The font is a style read too: only when the popup is placed again.
    let font: string | undefined;
    if (!this.#open || !field) this.#caret = null;
    else if (this.#moved || !this.#caret) {
      this.#caret = field.caretRect();
      font = field.font?.();
    }
    const caret = this.#caret;
    syncPopup(this.#host.renderRoot, caret, font, this.#moved);
    this.#moved = false;
    if (field) updateComboboxState(field.element, caret !== null, caret && this.#active >= 0 ? `${this.id}-option-${this.#active}` : null);
  }
}
