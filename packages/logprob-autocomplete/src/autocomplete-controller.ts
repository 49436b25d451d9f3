import type { EndEventData, TokenEventData } from '@logprob-autocomplete/protocol';
import type { ReactiveController } from 'lit';
import type { AutocompleteHost } from './autocomplete-host.js';
import { emit, type LogprobAcceptDetail, type LogprobDismissDetail, type LogprobSuggestDetail } from './events.js';
import { FieldBindingController } from './field-binding-controller.js';
import { insideWord } from './fits-context.js';
import { keyAction } from './key-commands.js';
import { listAnnouncement } from './list-announcement.js';
import { CLOSED_LIST, closedList, engagedList, listKey, shownList, type ListState, type OptionsView } from './list-state.js';
import { nextWord } from './next-word.js';
import { PopupController } from './popup-controller.js';
import { DEFAULT_STRINGS, type LogprobAutocompleteStrings } from './strings.js';
import { SuggestRequestController } from './suggest-request-controller.js';
import { suggestionView, type StreamedSuggestions, type Suggestion, type SuggestionView } from './suggestion-view.js';

type Source = 'network' | 'local';
/** The field's text around the caret, read once per event. */
interface CaretText {
  before: string;
  after: string;
}

/**
 * The autocomplete as a Lit controller: it turns the field's input, keys and caret moves and the
 * streamed responses into the list that is shown, applies the keyboard model
 * (docs/decisions/0007-keyboard-model.md) and accepts options. It owns the field binding, the
 * request lifecycle and the popup, each a controller of its own.
 *
 * @example
 * readonly #autocomplete = new AutocompleteController(this);
 * override render() { return this.#autocomplete.render(); }
 */
export class AutocompleteController implements ReactiveController {
  readonly #host: AutocompleteHost;
  readonly #binding: FieldBindingController;
  readonly #popup: PopupController;
  readonly #requests: SuggestRequestController;
  #settings = '';
  #composing = false;
  #inserting = false;
  // The text changed since the last keydown: the keyup or selectionchange that follows is typing,
  // not a caret move, and the text read for the input is still current.
  #typed = false;
  #current: CaretText | null = null;
  // The text before the caret where the user last typed, accepted or asked for the list: the only
  // place a list may show. A caret elsewhere means it moved, and the list stays closed.
  #anchor: string | undefined;
  #dismissedText: string | undefined;
  #list: ListState = CLOSED_LIST;
  #announcement = '';
  #announcedKey: string | undefined;
  #shownKey: string | undefined;
  #shownTokens: readonly TokenEventData[] | undefined;
  #shownEnd: EndEventData | undefined;

  constructor(host: AutocompleteHost) {
    this.#host = host;
    this.#popup = new PopupController(host, () => this.#binding.field);
    this.#binding = new FieldBindingController(
      host,
      `${this.#popup.id}-listbox`,
      {
        input: () => { this.#onInput(); },
        keydown: (event) => { this.#typed = false; this.#onKeydown(event); },
        compositionstart: () => { this.#composing = true; this.#requests.abort(); this.#hide(); },
        compositionend: () => { this.#composing = false; this.#onInput(); },
        caret: (event) => { this.#onCaret(event); },
        blur: () => { this.#requests.reset(); this.#hide('blur'); },
      },
      () => {
        this.#popup.caretMoved();
        if (this.view) host.requestUpdate();
      },
      () => { this.reset(); },
    );
    this.#requests = new SuggestRequestController(host, {
      requestOptions: () => {
        const text = this.#read();
        if (!text || text.before !== this.#anchor || !(host.src || host.suggestFetch) || host.disabled || this.#composing) return undefined;
        const { src, model, topLogprobs, maxTokens, suggestFetch } = host;
        return { src, text: text.before, after: text.after, model, topLogprobs, maxTokens, fetch: suggestFetch };
      },
      streamed: (stream) => {
        // The user typed on while this was in flight and it does not explain the new text.
        const text = this.#read();
        if (this.#refresh('network', text) === 'stale' && text && text.before === this.#anchor && text.before !== stream.text) this.#requests.schedule(host.debounce);
      },
      failed: (failure) => { emit(host, 'logprob-error', failure); },
      loadstart: (text) => { emit(host, 'logprob-loadstart', { text }); },
      loadend: (status) => { emit(host, 'logprob-loadend', { status }); },
    });
    host.addController(this);
  }

  /** Suggestions from another endpoint or model, or with other limits, no longer apply. */
  hostUpdate(): void {
    const { src, modelSrc, model, topLogprobs, maxTokens, disabled } = this.#host;
    const settings = JSON.stringify([src, modelSrc, model, topLogprobs, maxTokens, disabled]);
    if ((this.#settings && settings !== this.#settings) || disabled) this.reset();
    this.#settings = settings;
  }

  /** The list shown now, or `undefined` when it is closed. */
  get view(): OptionsView | undefined {
    return this.#list.view;
  }

  /** Drops the request and the list. */
  reset(): void {
    this.#requests.reset();
    this.#hide();
  }

  /** The popup's template. */
  render(): unknown {
    return this.#popup.render({
      options: this.view?.options ?? [],
      active: this.#list.active,
      ghost: this.#ghostVisible() ? (this.view?.ghost ?? '') : '',
      // A keymap set from plain JavaScript in the shape before `pick` existed has none.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed as present, may be absent at run time
      shortcuts: this.#host.keys.pick ?? [],
      announcement: this.#announcement,
      strings: this.#strings(),
      locale: this.#locale(),
      onPick: (index) => { this.#acceptAt(index, 'pointer'); },
    });
  }

  // The one read of the field's text per event; everything else in that event uses `#current`.
  #read(): CaretText | null {
    const field = this.#binding.field;
    const before = field?.textBeforeCaret() ?? null;
    this.#current = field && before !== null ? { before, after: field.textAfterCaret() } : null;
    return this.#current;
  }

  #strings(): LogprobAutocompleteStrings {
    return { ...DEFAULT_STRINGS, ...this.#host.strings };
  }

  #locale(): string | undefined {
    return this.#host.closest<HTMLElement>('[lang]')?.lang || undefined;
  }

  // Ghost text is drawn over the field, so only where nothing follows the caret on its line.
  #ghostVisible(): boolean {
    return !!this.view?.ghost && /^[^\S\r\n]*(?:[\r\n]|$)/.test(this.#current?.after ?? '');
  }

  /** Recomputes the view for `text`; returns its kind. */
  #refresh(source: Source, text: CaretText | null): SuggestionView['kind'] | 'none' {
    const host = this.#host;
    const stream = this.#requests.stream;
    if (host.disabled || this.#composing || !text || !stream || text.before !== this.#anchor) {
      this.#hide();
      return 'none';
    }
    const view = suggestionView(stream, text.before, {
      minProbability: host.minProbability,
      openThreshold: host.openThreshold,
      ghostThreshold: host.ghostThreshold,
      requested: this.#list.engaged,
      openAt: this.view?.position,
      after: text.after,
    });
    if (view.kind === 'options' && text.before !== this.#dismissedText) this.#show(view, source, stream, text.before);
    else this.#hide(view.kind === 'stale' ? 'stale' : view.kind === 'hidden' ? 'quiet' : undefined, view.kind === 'pending');
    return view.kind;
  }

  // `keepEngaged`: the list the user asked for is only waiting for the stream.
  #hide(reason?: LogprobDismissDetail['reason'], keepEngaged = false): void {
    const wasOpen = this.view !== undefined;
    this.#list = closedList(this.#list, keepEngaged);
    this.#shownKey = undefined;
    this.#announcement = '';
    this.#announcedKey = undefined;
    if (!wasOpen) return;
    if (reason) emit(this.#host, 'logprob-dismiss', { reason });
    this.#host.requestUpdate();
  }

  #show(view: OptionsView, source: Source, { positions, end }: StreamedSuggestions, text: string): void {
    this.#list = shownList(this.#list, view);
    // Reported only when what is listed changes, not on every stream update.
    const key = listKey(view);
    const top = view.options[0];
    this.#announce();
    // Reported also when the stream it came from grew (a token or the end event), so listeners can
    // mirror the stream; each update's `positions` is a new array, so this compares references.
    if (top && (key !== this.#shownKey || positions !== this.#shownTokens || end !== this.#shownEnd)) {
      const detail: LogprobSuggestDetail = { text, options: view.options, ghost: view.ghost, source, tokens: positions };
      if (end) detail.end = end;
      emit(this.#host, 'logprob-suggest', detail);
    }
    this.#shownKey = key;
    this.#shownTokens = positions;
    this.#shownEnd = end;
    this.#host.requestUpdate();
  }

  // The live region speaks when the list opened on purpose and when it changes meaningfully, not
  // at every pause (see list-announcement.ts).
  #announce(): void {
    const next = listAnnouncement(this.view?.options ?? [], this.#list.engaged, this.#host.announce, this.#strings(), this.#locale());
    if (next?.key === this.#announcedKey) return;
    this.#announcedKey = next?.key;
    this.#announcement = next?.text ?? '';
  }

  #onInput(): void {
    this.#popup.caretMoved();
    if (this.#host.disabled || this.#composing || this.#inserting) return;
    this.#requests.keystroke();
    this.#typed = true;
    this.#dismissedText = undefined;
    const text = this.#read();
    this.#anchor = text?.before;
    const kind = this.#refresh('local', text);
    // Type-through (or a stream that may still explain the text): no request. A stream that
    // explains the text only with options too unsure to show (`hidden`) is not kept: the model,
    // asked again with the letters typed since, knows more, so a pause asks it (as after any
    // keystroke without a stream); without this, whether a list appears at a pause would depend on
    // how fast the previous letters were typed.
    if (kind === 'options' || kind === 'pending') return;
    // Inside a word nothing would be offered unrequested, so nothing is requested (Ctrl+Space still is).
    if (text && /\S/.test(text.before) && !insideWord(text.after)) this.#requests.schedule(this.#host.debounce);
    else this.reset();
  }

  // A caret that moved without typing takes the list with it: what it offered was for another place.
  #onCaret(event: Event): void {
    // The keyup or selectionchange that follows typing: the input already read, showed and placed.
    if (this.#typed && event.type !== 'pointerup') return;
    this.#popup.caretMoved();
    const text = this.#read();
    if (text?.before !== this.#anchor) {
      this.#requests.reset();
      this.#hide('stale');
    } else if (this.view) {
      this.#host.requestUpdate();
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    // The Enter (or any key) that belongs to an IME composition is never ours. Safari reports the
    // committing Enter after compositionend, recognisable only by the legacy keyCode 229.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- keyCode 229 is the only signal there
    if (this.#host.disabled || this.#composing || event.isComposing || event.keyCode === 229) return;
    const context = () => ({
      count: this.view?.options.length ?? 0,
      engaged: this.#list.engaged,
      active: this.#list.active,
      ghost: this.#ghostVisible(),
      singleLine: this.#binding.field?.singleLine === true,
    });
    let action = keyAction(event, this.#host.keys, context());
    if (action?.kind === 'open') {
      event.preventDefault();
      this.#dismissedText = undefined;
      this.#list = engagedList(this.#list);
      const text = this.#read();
      this.#anchor = text?.before;
      // Whatever the stream has, shown on purpose; otherwise a request now, shown engaged.
      if (this.#refresh('local', text) !== 'options') {
        this.#list = engagedList(this.#list);
        void this.#requests.run();
      }
      return;
    }
    // Re-derive the view from the text as it is now, so nothing stale is ever accepted, and judge
    // the key again against it: a key that would do nothing stays the field's.
    if (!action || this.#refresh('local', this.#read()) !== 'options' || !this.view) return;
    action = keyAction(event, this.#host.keys, context());
    if (!action) return;
    event.preventDefault();
    const { options, ghost } = this.view;
    const top = options[0];
    switch (action.kind) {
      case 'engage':
      case 'move':
        this.#list = engagedList(this.#list, action.kind === 'move' ? action.by : undefined);
        // Engaging a list that opened by itself is opening it on purpose: it is spoken then.
        if (action.kind === 'engage') this.#announce();
        this.#host.requestUpdate();
        return;
      case 'open':
        return;
      case 'acceptOption':
        this.#acceptAt(action.index, 'keyboard');
        return;
      case 'acceptGhost':
        if (top && this.#ghostVisible()) this.#accept(top, ghost, 'ghost');
        return;
      case 'acceptWord':
        if (top && this.#ghostVisible()) this.#accept(top, nextWord(ghost, this.#locale()), 'word');
        return;
      case 'dismiss':
        this.#dismissedText = this.#current?.before;
        this.#requests.abort();
        this.#hide('escape');
        return;
    }
  }

  #acceptAt(index: number, via: LogprobAcceptDetail['via']): void {
    if (via === 'pointer' && this.#refresh('local', this.#read()) !== 'options') return;
    const option = this.view?.options[index];
    if (option) this.#accept(option, option.insert, via);
  }

  #accept(option: Suggestion, text: string, via: LogprobAcceptDetail['via']): void {
    const detail: LogprobAcceptDetail = { option, text, via };
    // Read after the event: a listener may have removed the field.
    const field = emit(this.#host, 'logprob-accept', detail) && detail.text ? this.#binding.field : undefined;
    if (!field) return;
    // The insert's own input event is handled here, not by #onInput (a flag rather than stopping
    // the event: the page and its framework must still see the input). The next position shows at
    // once when it was already streamed, otherwise the next request starts without a debounce.
    this.#popup.caretMoved();
    // The accepted list is closed, not dismissed: without this the refresh below would report the
    // list it can no longer explain as a `stale` dismissal.
    this.#hide();
    this.#inserting = true;
    try {
      field.insert(detail.text);
    } finally {
      this.#inserting = false;
    }
    const after = this.#read();
    this.#anchor = after?.before;
    if (this.#refresh('local', after) === 'stale') void this.#requests.run();
  }
}
