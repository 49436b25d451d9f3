import type { ReactiveController } from 'lit';
import type { AutocompleteHost } from './autocomplete-host.js';
import { connectField } from './connect-field.js';
import type { FieldAdapter, FieldCallbacks } from './field-adapter.js';
import { findFieldAdapter } from './find-field.js';

/**
 * Binds the host to its field as a Lit controller: on connect it takes the host's `adapter`, or
 * finds the field among the host's children (and finds it again when they change), gives it the
 * combobox role and observes it; on disconnect it undoes all of that.
 *
 * @example
 * const binding = new FieldBindingController(host, 'logprob-autocomplete-1-listbox', callbacks, reposition, reset);
 * binding.field?.textBeforeCaret();
 */
export class FieldBindingController implements ReactiveController {
  /** The field observed now, if any. */
  field: FieldAdapter | undefined;
  readonly #host: AutocompleteHost;
  readonly #listboxId: string;
  readonly #callbacks: FieldCallbacks;
  readonly #reposition: () => void;
  readonly #changed: () => void;
  #adapter: FieldAdapter | undefined;
  #disconnect: (() => void) | undefined;
  #mutations: MutationObserver | undefined;

  constructor(host: AutocompleteHost, listboxId: string, callbacks: FieldCallbacks, reposition: () => void, changed: () => void) {
    this.#host = host;
    this.#listboxId = listboxId;
    this.#callbacks = callbacks;
    this.#reposition = reposition;
    this.#changed = changed;
    host.addController(this);
  }

  hostConnected(): void {
    this.#attach();
    this.#mutations = new MutationObserver(() => {
      if (!this.field?.element.isConnected) this.#attach();
    });
    this.#mutations.observe(this.#host, { childList: true, subtree: true });
  }

  hostDisconnected(): void {
    this.#mutations?.disconnect();
    this.#detach();
  }

  /** A new `adapter` property takes over before the host renders. */
  hostUpdate(): void {
    if (this.#host.adapter !== this.#adapter && this.#host.isConnected) this.#attach();
  }

  #attach(): void {
    const popup = this.#host.renderRoot;
    this.#adapter = this.#host.adapter;
    const field = this.#adapter ?? findFieldAdapter(this.#host, popup instanceof HTMLElement ? popup : undefined);
    // The same adapter, or (when found among the children) the same field: nothing to do.
    if (field && (field === this.field || (!this.#adapter && field.element === this.field?.element))) return;
    this.#detach();
    if (!field) return;
    this.field = field;
    this.#disconnect = connectField(field, this.#listboxId, this.#callbacks, this.#reposition);
  }

  #detach(): void {
    if (this.field) this.#changed();
    this.#disconnect?.();
    this.#disconnect = undefined;
    this.field = undefined;
  }
}
