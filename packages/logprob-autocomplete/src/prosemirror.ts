import { closeHistory } from 'prosemirror-history';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { Plugin, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { caretWindowEnd, caretWindowStart } from './caret-window.js';
import { claimEditor } from './editor-claim.js';
import type { FieldAdapter } from './field-adapter.js';

const NAME = 'proseMirrorAdapter';
// Block boundaries are line breaks, as FieldAdapter specifies for every field.
const BLOCK_SEPARATOR = '\n';

// A hard break is a line break in the text the model sees; other inline leaves (images) are nothing.
function leafText(node: ProseMirrorNode): string {
  const spec = node.type.spec as { leafText?: (node: ProseMirrorNode) => string; linebreakReplacement?: boolean };
  if (spec.leafText) return spec.leafText(node);
  return spec.linebreakReplacement || /^hard_?break$/i.test(node.type.name) ? '\n' : '';
}

// Duck-typed, so that a view from another copy of prosemirror-view (Tiptap's) is accepted too.
function isEditorView(value: unknown): value is EditorView {
  const view = value as Partial<EditorView> | null;
  return (
    typeof view === 'object' && view !== null && view.dom instanceof HTMLElement &&
    typeof view.dispatch === 'function' && typeof view.coordsAtPos === 'function' &&
    typeof view.updateState === 'function' && typeof view.state?.doc.textBetween === 'function'
  );
}

/**
 * Adapter for a ProseMirror `EditorView`, or a Tiptap `Editor` (which wraps one). It reads a
 * bounded window of text before the caret from the document (`\n` between blocks and for a hard break),
 * draws at `coordsAtPos`, inserts with one transaction that prosemirror-history keeps as its own
 * undo step, and sees keys before the editor's keymaps through a plugin it puts first. Given
 * something else, it logs a console error and returns `undefined`, which leaves the editor alone.
 *
 * @example
 * import { proseMirrorAdapter } from 'logprob-autocomplete/prosemirror';
 * document.querySelector('logprob-autocomplete')!.adapter = proseMirrorAdapter(view); // or a Tiptap editor
 */
export function proseMirrorAdapter(editor: EditorView | { view: EditorView }): FieldAdapter | undefined {
  const view = isEditorView(editor) ? editor : (editor as { view?: unknown } | null)?.view;
  if (!isEditorView(view)) {
    console.error(`logprob-autocomplete: ${NAME} needs a ProseMirror EditorView (prosemirror-view 1.x) or a Tiptap Editor; got`, editor);
    return undefined;
  }
  // The caret, or null when there is a selection or the editor was destroyed.
  const caret = (): number | null => {
    if (view.isDestroyed) return null;
    const { empty, head } = view.state.selection;
    return empty ? head : null;
  };
  return {
    element: view.dom,
    textBeforeCaret() {
      const head = caret();
      return head === null ? null : view.state.doc.textBetween(caretWindowStart(head), head, BLOCK_SEPARATOR, leafText);
    },
    textAfterCaret() {
      if (view.isDestroyed) return '';
      const { doc, selection } = view.state;
      return doc.textBetween(selection.to, caretWindowEnd(selection.to, doc.content.size), BLOCK_SEPARATOR, leafText);
    },
    caretRect() {
      const head = caret();
      if (head === null) return null;
      const coords = view.coordsAtPos(head);
      return new DOMRect(coords.left, coords.top, 0, coords.bottom - coords.top);
    },
    insert(text) {
      if (view.isDestroyed) return;
      const { from, to } = view.state.selection;
      // Closing the history group before and after makes the accept one undo step of its own,
      // not merged with the characters typed just before or after it.
      view.dispatch(closeHistory(view.state.tr.insertText(text, from, to)).scrollIntoView());
      view.dispatch(closeHistory(view.state.tr));
    },
    observe(callbacks) {
      const release = claimEditor(view, NAME);
      if (!release || view.isDestroyed) return () => release?.();
      const plugin = new Plugin({
        props: {
          handleKeyDown(_view, event) {
            callbacks.keydown(event);
            return event.defaultPrevented;
          },
          handleDOMEvents: {
            compositionstart: (_view, event) => { callbacks.compositionstart(event); },
            compositionend: (_view, event) => { callbacks.compositionend(event); },
            blur: (_view, event) => { callbacks.blur(event); },
          },
        },
        view: () => ({
          update(updated: EditorView, previous: EditorState) {
            if (updated.composing) return;
            // Identity, not `eq`: a new document object means a change, and comparing is free.
            if (updated.state.doc !== previous.doc) callbacks.input(new Event('input'));
            else if (!updated.state.selection.eq(previous.selection)) callbacks.caret(new Event('selectionchange'));
          },
        }),
      });
      // First, so that its keydown runs before the keymaps (Enter, Tab) of the editor's plugins.
      view.updateState(view.state.reconfigure({ plugins: [plugin, ...view.state.plugins] }));
      return () => {
        release();
        if (!view.isDestroyed) view.updateState(view.state.reconfigure({ plugins: view.state.plugins.filter((other) => other !== plugin) }));
      };
    },
    font() {
      return getComputedStyle(view.dom).font;
    },
  };
}
