import { SUGGEST_LIMITS } from '@logprob-autocomplete/protocol';
import { LitElement } from 'lit';
import { AutocompleteController } from './autocomplete-controller.js';
import type { FieldAdapter } from './field-adapter.js';
import { DEFAULT_KEYMAP, type Keymap } from './keymap.js';
import { adoptPopupStyles } from './popup-styles.js';
import type { AnnounceMode } from './list-announcement.js';
import type { LogprobAutocompleteStrings } from './strings.js';
import type { Suggestion } from './suggestion-view.js';

/** Options below 1 % cost a reader time and save almost no keystrokes (0007, "Defaults"). */
const DEFAULT_MIN_PROBABILITY = 0.01;
/** Measured on held-out text (docs/decisions/0007-keyboard-model.md, "Defaults"). */
const DEFAULT_OPEN_THRESHOLD = 0.15;

/**
 * Ranks next-token suggestions by probability as the user types in the field it wraps, and
 * accepts them by keyboard, click or tap. The field keeps DOM focus and its text is changed only
 * by an accept (one undo step).
 *
 * @example
 * <logprob-autocomplete src="/v1/suggest"><textarea></textarea></logprob-autocomplete>
 *
 * @tag logprob-autocomplete
 * @slot - The field to enhance: a `<textarea>`, an `<input type="text|search">` or a `contenteditable` element (or set `adapter`).
 * @fires logprob-suggest - A list was shown or changed, or while it is shown its stream grew (a token or the end event). Detail: `{ text, options, ghost, source, tokens, end? }`: `tokens` are the protocol's token events streamed so far, `end` the end event once it arrived.
 * @fires logprob-accept - Cancelable. An option, the ghost text or its next word is about to be inserted. Detail: `{ option, text, via }`: `via` is `keyboard`, `ghost`, `word` or `pointer`; `text` may be changed.
 * @fires logprob-dismiss - The list closed without an accept. Detail: `{ reason }`: `escape`, `blur` or `stale` (the text changed or the caret moved).
 * @fires logprob-error - A request failed; the field keeps working. Detail: `{ code, message, status? }`.
 * @fires logprob-loadstart - A request started (does not bubble). Detail: `{ text }`.
 * @fires logprob-loadend - A request finished (does not bubble). Detail: `{ status }`: `success`, `error` or `abort`.
 * @csspart listbox - The list of options (light DOM: select it as `logprob-autocomplete [part~="listbox"]`).
 * @csspart option - One option; `[aria-selected="true"]` when active.
 * @csspart shortcut - The option's number for Alt+N.
 * @csspart token - An option's text, whitespace made visible.
 * @csspart probability - An option's probability as a percentage.
 * @csspart bar - An option's probability as a bar.
 * @csspart ghost - The top option's continuation drawn after the caret.
 * @cssproperty --logprob-background - The list's background. Default `Canvas`.
 * @cssproperty --logprob-color - The list's text color. Default `CanvasText`.
 * @cssproperty --logprob-border - The list's border.
 * @cssproperty --logprob-radius - The list's corner radius. Default `6px`.
 * @cssproperty --logprob-shadow - The list's shadow.
 * @cssproperty --logprob-font - The list's font. Default `13px/1.4 system-ui`.
 * @cssproperty --logprob-token-font - The tokens' font family. Default `ui-monospace, monospace`.
 * @cssproperty --logprob-active-background - The active option's background. Default `Highlight`.
 * @cssproperty --logprob-active-color - The active option's text color. Default `HighlightText`.
 * @cssproperty --logprob-bar-color - The probability bar's color.
 * @cssproperty --logprob-bar-height - The probability bar's height. Default `3px`.
 * @cssproperty --logprob-ghost-color - The ghost text's color. Default `color-mix(in srgb, FieldText 60%, Field)`.
 * @cssproperty --logprob-max-height - The list's maximum height. Default `16rem`.
 * @cssproperty --logprob-z-index - Stacking order where the popover top layer is unavailable.
 */
export class LogprobAutocompleteElement extends LitElement {
  static override properties = {
    src: { type: String },
    model: { type: String },
    topLogprobs: { type: Number, attribute: 'top-logprobs' },
    maxTokens: { type: Number, attribute: 'max-tokens' },
    debounce: { type: Number },
    minProbability: { type: Number, attribute: 'min-probability' },
    openThreshold: { type: Number, attribute: 'open-threshold' },
    ghostThreshold: { type: Number, attribute: 'ghost-threshold' },
    disabled: { type: Boolean, reflect: true },
    adapter: { attribute: false },
    keys: { attribute: false },
    strings: { attribute: false },
    announce: { type: String },
  };

  /** The suggest endpoint (`POST`, protocol of `@logprob-autocomplete/protocol`). */
  declare src: string;
  /** Model name sent with each request; the server's default when empty. */
  declare model: string | null;
  /** How many options per position (1-20). */
  declare topLogprobs: number;
  /** How many tokens ahead to stream (1-32): the ghost text and the already-streamed next positions. */
  declare maxTokens: number;
  /** Base debounce in milliseconds; the delay adapts to typing speed between this and four times it. */
  declare debounce: number;
  /** Options whose probability is below this (0-1) are never shown. */
  declare minProbability: number;
  /** A list opens by itself only when its top option's probability reaches this (0-1); Ctrl+Space opens it regardless. */
  declare openThreshold: number;
  /** Ghost text shows while each of its tokens has at least this probability (0-1); above 1 turns it off. */
  declare ghostThreshold: number;
  /** Stops suggesting; the field works as if the element were not there. */
  declare disabled: boolean;
  /** How to read and edit the field; found among the children when not set. */
  declare adapter: FieldAdapter | undefined;
  /** Keys for each command. */
  declare keys: Keymap;
  /** Every text the element shows or announces. */
  declare strings: Partial<LogprobAutocompleteStrings>;
  /** When the live region speaks: `requested` (lists opened or engaged on purpose, and their changes), `always` or `off`. */
  declare announce: AnnounceMode;

  /**
   * Registers the element. Safe to call twice.
   *
   * @example
   * LogprobAutocompleteElement.define();
   */
  static define(tag = 'logprob-autocomplete', registry: CustomElementRegistry = customElements): typeof LogprobAutocompleteElement {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  readonly #autocomplete = new AutocompleteController(this);

  constructor() {
    super();
    this.src = '';
    this.model = null;
    this.topLogprobs = SUGGEST_LIMITS.topLogprobs.default;
    this.maxTokens = SUGGEST_LIMITS.maxTokens.default;
    this.debounce = 100;
    this.minProbability = DEFAULT_MIN_PROBABILITY;
    this.openThreshold = DEFAULT_OPEN_THRESHOLD;
    this.ghostThreshold = 0.5;
    this.disabled = false;
    this.adapter = undefined;
    this.keys = DEFAULT_KEYMAP;
    this.strings = {};
    this.announce = 'requested';
  }

  /** The options shown now, most likely first (empty when the list is closed). */
  get options(): readonly Suggestion[] {
    return this.#autocomplete.view?.options ?? [];
  }

  /** The ghost text shown after the caret, or ''. */
  get ghost(): string {
    return this.#autocomplete.view?.ghost ?? '';
  }

  /** Whether the list is shown. */
  get open(): boolean {
    return this.#autocomplete.view !== undefined;
  }

  // The popup renders into a light-DOM container so that the field's aria-activedescendant can
  // reference its options (ids do not cross shadow roots; see docs/decisions/0002).
  protected override createRenderRoot(): HTMLElement {
    const container = document.createElement('div');
    container.setAttribute('data-logprob-popup', '');
    this.append(container);
    return container;
  }

  override connectedCallback(): void {
    const root = this.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) adoptPopupStyles(root);
    // Before the controllers look for the field, so the popup is never taken for one.
    if (this.renderRoot instanceof HTMLElement && !this.contains(this.renderRoot)) this.append(this.renderRoot);
    super.connectedCallback();
  }

  protected override render(): unknown {
    return this.#autocomplete.render();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'logprob-autocomplete': LogprobAutocompleteElement;
  }
}
