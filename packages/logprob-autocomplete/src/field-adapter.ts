/** What a field reports to the element. Each callback receives the DOM event that caused it. */
export interface FieldCallbacks {
  /** The text changed (typing, paste, deletion), outside IME composition. */
  input: (event: Event) => void;
  /** A key went down in the field; the element may call `preventDefault()` on it. */
  keydown: (event: KeyboardEvent) => void;
  compositionstart: (event: Event) => void;
  compositionend: (event: Event) => void;
  /** The caret may have moved without the text changing (click, arrow keys, selection). */
  caret: (event: Event) => void;
  blur: (event: Event) => void;
}

/**
 * How `<logprob-autocomplete>` talks to the text field or editor it enhances (the "field"; the
 * element itself is the "host"). The element ships adapters for `<textarea>`, `<input>` and
 * `contenteditable`; editors such as CodeMirror plug in by implementing this.
 *
 * @example
 * const adapter: FieldAdapter = {
 *   element: editor.dom,
 *   textBeforeCaret: () => editor.getTextBeforeCursor(),
 *   textAfterCaret: () => editor.getTextAfterCursor(),
 *   caretRect: () => editor.cursorRect(),
 *   insert: (text) => editor.insertAtCursor(text),
 *   observe: (callbacks) => editor.on(callbacks),
 * };
 */
export interface FieldAdapter {
  /** The focusable element that gets the combobox role and ARIA attributes. */
  readonly element: HTMLElement;
  /**
   * `true` for a single-line field (`<input>`), where ArrowDown/ArrowUp have nothing to do and so
   * move through the list (the WAI-ARIA combobox convention). Absent or `false` means multi-line:
   * the arrows, Enter, Home/End and PageUp/PageDown stay the field's unless the user engaged the list.
   */
  readonly singleLine?: boolean;
  /**
   * The text before the caret, or `null` when there is a non-empty selection or no caret. Block
   * boundaries (paragraphs, line breaks) are `\n`, as the model should see them.
   */
  textBeforeCaret(): string | null;
  /** The text after the caret (context for the model), block boundaries as `\n`. */
  textAfterCaret(): string;
  /** The caret's rectangle in viewport coordinates, or `null` when it cannot be measured. */
  caretRect(): DOMRect | null;
  /** Inserts `text` at the caret as one undo step and leaves the caret after it. */
  insert(text: string): void;
  /** Starts observing; the returned function stops. */
  observe(callbacks: FieldCallbacks): () => void;
  /** The font the ghost text should use to line up with the field's text. */
  font?(): string;
}

/**
 * Listens to the DOM events every field shares on `element`; the returned function removes them.
 *
 * @example
 * const stop = observeFieldEvents(textarea, callbacks);
 */
export function observeFieldEvents(element: HTMLElement, callbacks: FieldCallbacks): () => void {
  const listeners: [string, (event: Event) => void][] = [
    ['input', (event) => { if (!(event as InputEvent).isComposing) callbacks.input(event); }],
    ['keydown', (event) => { callbacks.keydown(event as KeyboardEvent); }],
    ['compositionstart', callbacks.compositionstart],
    ['compositionend', callbacks.compositionend],
    ['keyup', callbacks.caret],
    ['pointerup', callbacks.caret],
    ['select', callbacks.caret],
    ['blur', callbacks.blur],
  ];
  for (const [type, listener] of listeners) element.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) element.removeEventListener(type, listener);
  };
}
