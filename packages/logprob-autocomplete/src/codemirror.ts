import { Compartment, Prec, StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { FieldAdapter } from './field-adapter.js';

/**
 * Adapter for a CodeMirror 6 editor. It reads the text and caret from the editor state, draws at
 * `coordsAtPos`, inserts with one transaction (`userEvent: 'input.complete'`, which CodeMirror's
 * history keeps as its own undo step), and hooks in through a compartment it appends to the
 * running editor, so the editor needs no setup.
 *
 * @example
 * import { codeMirrorAdapter } from 'logprob-autocomplete/codemirror';
 * document.querySelector('logprob-autocomplete')!.adapter = codeMirrorAdapter(view);
 */
export function codeMirrorAdapter(view: EditorView): FieldAdapter {
  const caret = (): number | null => {
    const range = view.state.selection.main;
    return range.empty ? range.head : null;
  };
  return {
    element: view.contentDOM,
    textBeforeCaret() {
      const position = caret();
      return position === null ? null : view.state.doc.sliceString(0, position);
    },
    textAfterCaret() {
      return view.state.doc.sliceString(view.state.selection.main.to);
    },
    caretRect() {
      const position = caret();
      const coords = position === null ? null : view.coordsAtPos(position);
      return coords ? new DOMRect(coords.left, coords.top, 0, coords.bottom - coords.top) : null;
    },
    insert(text) {
      const { from, to } = view.state.selection.main;
      view.dispatch({
        changes: { from, to, insert: text },
        selection: { anchor: from + text.length },
        userEvent: 'input.complete',
        scrollIntoView: true,
      });
    },
    observe(callbacks) {
      const compartment = new Compartment();
      const extension = [
        EditorView.updateListener.of((update) => {
          if (update.view.composing) return;
          const event = new Event(update.docChanged ? 'input' : 'selectionchange');
          if (update.docChanged) callbacks.input(event);
          else if (update.selectionSet) callbacks.caret(event);
        }),
        // Highest precedence, so the element sees keys before the editor's keymaps; a key it
        // handles (preventDefault) is then not handled again by the editor.
        Prec.highest(
          EditorView.domEventHandlers({
            keydown: (event) => {
              callbacks.keydown(event);
              return event.defaultPrevented;
            },
            compositionstart: (event) => { callbacks.compositionstart(event); },
            compositionend: (event) => { callbacks.compositionend(event); },
            blur: (event) => { callbacks.blur(event); },
          }),
        ),
        EditorView.contentAttributes.of({ role: 'combobox' }),
      ];
      view.dispatch({ effects: StateEffect.appendConfig.of(compartment.of(extension)) });
      return () => {
        view.dispatch({ effects: compartment.reconfigure([]) });
      };
    },
    font() {
      return getComputedStyle(view.contentDOM).font;
    },
  };
}
