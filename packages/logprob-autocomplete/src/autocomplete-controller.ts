import type { EndEventData, TokenEventData } from '@logprob-autocomplete/protocol';
import type { AutocompleteHost } from './autocomplete-host.js';
import { updateComboboxState } from './combobox-aria.js';
import { connectHost } from './connect-host.js';
import type { LogprobAcceptDetail, LogprobDismissDetail, LogprobSuggestDetail } from './events.js';
import { findHostAdapter } from './find-host.js';
import type { HostAdapter } from './host-adapter.js';
import { commandFor } from './keymap.js';
import { nextWord } from './next-word.js';
import { syncPopup } from './position-popup.js';
import { renderPopup } from './render-popup.js';
import { DEFAULT_STRINGS, formatPercent, spokenToken, type LogprobAutocompleteStrings } from './strings.js';
import { SuggestRequestController } from './suggest-request-controller.js';
import { suggestionView, type StreamedSuggestions, type Suggestion, type SuggestionView } from './suggestion-view.js';

type OptionsView = Extract<SuggestionView, { kind: 'options' }>;
type Source = 'network' | 'local';

let instances = 0;

/**
 * What `<logprob-autocomplete>` does, apart from its public API: it finds and observes the field,
 * turns input, keys and streamed responses into the list that is shown, accepts options, and
 * renders the popup. The element forwards its lifecycle to it.
 *
 * @example
 * readonly #controller = new AutocompleteController(this);
 * override render() { return this.#controller.render(); }
 */
export class AutocompleteController {
  /** The list shown now, or `undefined` when it is closed. */
  view: OptionsView | undefined;
  readonly #element: AutocompleteHost;
  // The random part keeps ids unique even when two copies of this module share a page.
  readonly #id = `logprob-autocomplete-${(++instances).toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  #host: HostAdapter | undefined;
  #disconnectHost: (() => void) | undefined;
  #mutations: MutationObserver | undefined;
  readonly #requests = new SuggestRequestController({
    requestOptions: () => {
      const element = this.#element;
      const text = this.#text();
      if (!this.#host || text === null || !element.src || element.disabled || this.#composing) return undefined;
      return {
        src: element.src,
        text,
        after: this.#host.textAfterCaret(),
        model: element.model,
        topLogprobs: element.topLogprobs,
        maxTokens: element.maxTokens,
      };
    },
    streamed: (stream) => {
      // The user typed on while this was in flight and it does not explain the new text.
      if (this.#refresh('network') === 'stale' && this.#text() !== stream.text) this.#requests.schedule(this.#element.debounce);
    },
    failed: (failure) => { this.#emit('logprob-error', failure); },
    loadstart: (text) => { this.#emit('logprob-loadstart', { text }, false); },
    loadend: (status) => { this.#emit('logprob-loadend', { status }, false); },
  });
  #composing = false;
  #inserting = false;
  #caret: DOMRect | null = null;
  #caretMoved = true;
  #dismissedText: string | undefined;
  #active = -1;
  #activeToken: string | undefined;
  #announcement = '';
  #shownKey: string | undefined;
  #shownTokens: readonly TokenEventData[] | undefined;
  #shownEnd: EndEventData | undefined;

  constructor(element: AutocompleteHost) {
    this.#element = element;
  }

  /** The element was connected: find the field, and find it again when the children change. */
  connect(): void {
    this.attach();
    this.#mutations = new MutationObserver(() => {
      if (!this.#host?.element.isConnected) this.attach();
    });
    this.#mutations.observe(this.#element, { childList: true, subtree: true });
  }

  /** The element was disconnected. */
  disconnect(): void {
    this.#mutations?.disconnect();
    this.#detach();
  }

  /** Observes the element's `adapter`, or the field found among its children, unless it already does. */
  attach(): void {
    const popup = this.#element.renderRoot;
    const host = this.#element.adapter ?? findHostAdapter(this.#element, popup instanceof HTMLElement ? popup : undefined);
    if (host?.element === this.#host?.element && host?.element) return;
    this.#detach();
    if (!host) return;
    this.#host = host;
    this.#disconnectHost = connectHost(host, `${this.#id}-listbox`, {
      input: () => { this.#onInput(); },
      keydown: (event) => { this.#onKeydown(event); },
      compositionstart: () => { this.#composing = true; this.#requests.abort(); this.#hide(); },
      compositionend: () => { this.#composing = false; this.#onInput(); },
      caret: () => { this.#caretMoved = true; this.#refresh('local'); },
      blur: () => { this.#requests.reset(); this.#hide('blur'); },
    }, () => {
      this.#caretMoved = true;
      if (this.view) this.#element.requestUpdate();
    });
  }

  /** Drops the request and the list. */
  reset(): void {
    this.#requests.reset();
    this.#hide();
  }

  /** The popup's template. */
  render(): unknown {
    return renderPopup({
      id: this.#id,
      options: this.view?.options ?? [],
      active: this.#active,
      ghost: this.#ghostVisible() ? (this.view?.ghost ?? '') : '',
      announcement: this.#announcement,
      strings: this.#strings(),
      locale: this.#locale(),
      onPick: (index) => { this.#acceptAt(index, 'pointer'); },
    });
  }

  /** After a render: places the popup at the caret and updates the field's ARIA state. */
  updated(): void {
    const host = this.#host;
    // Measuring the caret costs a layout; stream updates that only lengthen the ghost text reuse
    // the last measurement, so a fast stream does not delay the frame that shows the list.
    if (!this.view || !host) this.#caret = null;
    else if (this.#caretMoved || !this.#caret) this.#caret = host.caretRect();
    const caret = this.#caret;
    syncPopup(this.#element.renderRoot, caret, host?.font?.(), this.#caretMoved);
    this.#caretMoved = false;
    if (host) updateComboboxState(host.element, caret !== null, caret && this.#active >= 0 ? `${this.#id}-option-${this.#active}` : null);
  }

  #text(): string | null {
    return this.#host?.textBeforeCaret() ?? null;
  }

  #strings(): LogprobAutocompleteStrings {
    return { ...DEFAULT_STRINGS, ...this.#element.strings };
  }

  #locale(): string | undefined {
    return this.#element.closest<HTMLElement>('[lang]')?.lang || undefined;
  }

  // Ghost text is drawn over the field, so only where nothing follows the caret on its line.
  #ghostVisible(): boolean {
    return /^[^\S\r\n]*(?:[\r\n]|$)/.test(this.#host?.textAfterCaret() ?? '');
  }

  #detach(): void {
    this.reset();
    this.#disconnectHost?.();
    this.#disconnectHost = undefined;
    this.#host = undefined;
  }

  /** Recomputes the view from the current text; returns its kind. */
  #refresh(source: Source): SuggestionView['kind'] | 'none' {
    const text = this.#text();
    const stream = this.#requests.stream;
    if (this.#element.disabled || this.#composing || text === null || !stream) {
      this.#hide();
      return 'none';
    }
    const view = suggestionView(stream, text, this.#element);
    if (view.kind === 'options' && text !== this.#dismissedText) this.#show(view, source, stream);
    else this.#hide(view.kind === 'stale' ? 'stale' : undefined);
    return view.kind;
  }

  #hide(reason?: LogprobDismissDetail['reason']): void {
    const wasOpen = this.view !== undefined;
    this.view = this.#shownKey = this.#activeToken = undefined;
    this.#active = -1;
    this.#announcement = '';
    if (!wasOpen) return;
    if (reason) this.#emit('logprob-dismiss', { reason });
    this.#element.requestUpdate();
  }

  #show(view: OptionsView, source: Source, { positions, end }: StreamedSuggestions): void {
    this.view = view;
    this.#active = view.options.findIndex((option) => option.token === this.#activeToken);
    if (this.#active < 0) this.#activeToken = undefined;
    // Announced and reported only when what is listed changes, not on every stream update.
    const key = JSON.stringify([view.position, view.typed, view.ghost, view.options.map((option) => option.token)]);
    const top = view.options[0];
    if (top && key !== this.#shownKey) {
      const strings = this.#strings();
      this.#announcement = strings.announce(view.options.length, spokenToken(top.token, strings), formatPercent(top.probability, this.#locale()));
    }
    // Reported also when the stream it came from grew (a token or the end event), so listeners can
    // mirror the stream; each update's `positions` is a new array, so this compares references.
    if (top && (key !== this.#shownKey || positions !== this.#shownTokens || end !== this.#shownEnd)) {
      const detail: LogprobSuggestDetail = { text: this.#text() ?? '', options: view.options, ghost: view.ghost, source, tokens: positions };
      if (end) detail.end = end;
      this.#emit('logprob-suggest', detail);
    }
    this.#shownKey = key;
    this.#shownTokens = positions;
    this.#shownEnd = end;
    this.#element.requestUpdate();
  }

  #onInput(): void {
    this.#caretMoved = true;
    if (this.#element.disabled || this.#composing || this.#inserting) return;
    this.#requests.keystroke();
    this.#dismissedText = undefined;
    const kind = this.#refresh('local');
    // Type-through (or a stream that may still explain the text): no request.
    if (kind === 'options' || kind === 'pending' || kind === 'hidden') return;
    if (this.#text()?.trim()) this.#requests.schedule(this.#element.debounce);
    else this.reset();
  }

  #onKeydown(event: KeyboardEvent): void {
    // The Enter (or any key) that belongs to an IME composition is never ours. Safari reports the
    // committing Enter after compositionend, recognisable only by the legacy keyCode 229.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- keyCode 229 is the only signal there
    if (this.#element.disabled || this.#composing || event.isComposing || event.keyCode === 229) return;
    const command = commandFor(event, this.#element.keys);
    if (!command) return;
    if (command === 'open') {
      event.preventDefault();
      this.#dismissedText = undefined;
      if (this.#refresh('local') !== 'options') void this.#requests.run();
      return;
    }
    // Re-derive the view from the text as it is now, so nothing stale is ever accepted.
    if (this.#refresh('local') !== 'options' || !this.view) return;
    const { options, ghost } = this.view;
    const count = options.length;
    switch (command) {
      case 'next':
      case 'previous':
        event.preventDefault();
        // Wraps around; from no active option, Down goes to the first and Up to the last.
        this.#active = command === 'next' ? (this.#active + 1) % count : (this.#active < 1 ? count : this.#active) - 1;
        this.#activeToken = options[this.#active]?.token;
        this.#element.requestUpdate();
        return;
      case 'accept':
        event.preventDefault();
        this.#acceptAt(Math.max(this.#active, 0), 'keyboard');
        return;
      case 'acceptActive':
        if (this.#active < 0) return;
        event.preventDefault();
        this.#acceptAt(this.#active, 'keyboard');
        return;
      case 'dismiss':
        event.preventDefault();
        this.#dismissedText = this.#text() ?? undefined;
        this.#requests.abort();
        this.#hide('escape');
        return;
      case 'acceptWord': {
        const top = options[0];
        if (!this.#ghostVisible() || !ghost || !top) return;
        event.preventDefault();
        this.#accept(top, nextWord(ghost, this.#locale()), 'word');
        return;
      }
    }
  }

  #acceptAt(index: number, via: LogprobAcceptDetail['via']): void {
    if (this.#refresh('local') !== 'options') return;
    const option = this.view?.options[index];
    if (option) this.#accept(option, option.insert, via);
  }

  #accept(option: Suggestion, text: string, via: LogprobAcceptDetail['via']): void {
    const detail: LogprobAcceptDetail = { option, text, via };
    // Read after the event: a listener may have removed the field.
    const host = this.#emit('logprob-accept', detail, true, true) && detail.text ? this.#host : undefined;
    if (!host) return;
    this.#activeToken = undefined;
    // The insert's own input event is handled here, not by #onInput (a flag rather than stopping
    // the event: the page and its framework must still see the input). The next position shows at
    // once when it was already streamed, otherwise the next request starts without a debounce.
    this.#caretMoved = true;
    // The accepted list is closed, not dismissed: without this the refresh below would report the
    // list it can no longer explain as a `stale` dismissal.
    this.#hide();
    this.#inserting = true;
    try {
      host.insert(detail.text);
    } finally {
      this.#inserting = false;
    }
    if (this.#refresh('local') === 'stale') void this.#requests.run();
  }

  #emit(type: string, detail: unknown, bubbles = true, cancelable = false): boolean {
    return this.#element.dispatchEvent(new CustomEvent(type, { detail, bubbles, composed: bubbles, cancelable }));
  }
}
