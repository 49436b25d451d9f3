import { SUGGEST_LIMITS } from '@logprob-autocomplete/protocol';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, HISTORY_PUSH_TAG, KEY_DOWN_COMMAND, type BaseSelection, type EditorState, type LexicalEditor } from 'lexical';
import { contenteditableAdapter } from './contenteditable-adapter.js';
import { claimEditor } from './editor-claim.js';
import { observeFieldEvents, type FieldAdapter } from './field-adapter.js';
import { $textBesideCaret } from './lexical-text-window.js';

const NAME = 'lexicalAdapter';

const selectionOf = (state: EditorState): BaseSelection | null => state.read(() => $getSelection());

function sameSelection(previous: EditorState, next: EditorState): boolean {
  const before = selectionOf(previous);
  const after = selectionOf(next);
  return before === after || (before !== null && after !== null && before.is(after));
}

function isLexicalEditor(value: unknown): value is LexicalEditor {
  const editor = value as Partial<LexicalEditor> | null;
  return (
    typeof editor === 'object' && editor !== null && typeof editor.registerCommand === 'function' &&
    typeof editor.registerUpdateListener === 'function' && typeof editor.getRootElement === 'function' &&
    typeof editor.getEditorState === 'function' && typeof editor.isComposing === 'function'
  );
}

/**
 * Adapter for a Lexical editor (plain or rich text). It reads a bounded window of text around the
 * caret from the editor state (`\n` between blocks and for line breaks),
 * inserts in one update tagged `history-push` (its own step in @lexical/history), and sees keys
 * first through a `KEY_DOWN_COMMAND` handler at critical priority. Call it once the editor has
 * its root element. Given something else, it logs a console error and returns `undefined`.
 *
 * @example
 * import { lexicalAdapter } from 'logprob-autocomplete/lexical';
 * document.querySelector('logprob-autocomplete')!.adapter = lexicalAdapter(editor);
 */
export function lexicalAdapter(editor: LexicalEditor): FieldAdapter | undefined {
  if (!isLexicalEditor(editor)) {
    console.error(`logprob-autocomplete: ${NAME} needs a Lexical editor (lexical >= 0.52); got`, editor);
    return undefined;
  }
  const root = editor.getRootElement();
  if (!root) {
    console.error(`logprob-autocomplete: ${NAME}: the Lexical editor has no root element yet; call editor.setRootElement() first.`);
    return undefined;
  }
  // After `setRootElement(null)` (how a Lexical editor is torn down) the adapter reads and writes nothing.
  const attached = (): boolean => editor.getRootElement() === root;
  const read = (limit: number, backward: boolean): string | null =>
    attached() ? editor.getEditorState().read(() => $textBesideCaret(limit, backward)) : null;
  // Lexical mirrors its selection into the DOM, so the caret's box is the DOM range's.
  const dom = contenteditableAdapter(root);
  return {
    element: root,
    textBeforeCaret: () => read(SUGGEST_LIMITS.maxTextLength, true),
    textAfterCaret: () => read(SUGGEST_LIMITS.maxAfterLength, false) ?? '',
    caretRect: () => (attached() ? dom.caretRect() : null),
    insert(text) {
      if (!attached()) return;
      editor.update(() => {
        const selection = $getSelection();
        // insertRawText turns `\n` into line breaks and `\t` into tabs, as pasted plain text.
        if ($isRangeSelection(selection)) selection.insertRawText(text);
      }, { tag: HISTORY_PUSH_TAG, discrete: true });
    },
    observe(callbacks) {
      const release = claimEditor(editor, NAME);
      if (!release) return () => {};
      const stopKeys = editor.registerCommand(KEY_DOWN_COMMAND, (event) => {
        callbacks.keydown(event);
        return event.defaultPrevented;
      }, COMMAND_PRIORITY_CRITICAL);
      const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, editorState, prevEditorState }) => {
        if (editor.isComposing()) return;
        if (dirtyLeaves.size > 0 || dirtyElements.size > 0) callbacks.input(new Event('input'));
        else if (!sameSelection(prevEditorState, editorState)) callbacks.caret(new Event('selectionchange'));
      });
      // Composition and blur are DOM events; Lexical's text changes come through the update listener.
      const stopDom = observeFieldEvents(root, { ...callbacks, input: () => {}, keydown: () => {}, caret: () => {} });
      return () => {
        release();
        stopKeys();
        stopUpdates();
        stopDom();
      };
    },
    font() {
      return getComputedStyle(root).font;
    },
  };
}
