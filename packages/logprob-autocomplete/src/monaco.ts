import type { editor as MonacoEditor, IRange } from 'monaco-editor';
import { caretWindowEnd, caretWindowStart } from './caret-window.js';
import { claimEditor } from './editor-claim.js';
import type { FieldAdapter } from './field-adapter.js';

type CodeEditor = MonacoEditor.ICodeEditor;

const NAME = 'monacoAdapter';
// Monaco's enum values, written out so that this module imports nothing from monaco-editor at run
// time (it works with whichever copy the page loaded).
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- EndOfLinePreference.LF, without importing the enum
const END_OF_LINE_LF = 1 as MonacoEditor.EndOfLinePreference;
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- CursorChangeReason.Explicit (a click, an arrow key), without importing the enum
const CURSOR_CHANGE_EXPLICIT = 3 as MonacoEditor.CursorChangeReason;
// EditContext (Monaco's default where the browser has it), or the hidden textarea otherwise.
const FOCUS_TARGET = '.native-edit-context, textarea.inputarea';

function isCodeEditor(value: unknown): value is CodeEditor {
  const editor = value as Partial<CodeEditor> | null;
  return (
    typeof editor === 'object' && editor !== null && typeof editor.getModel === 'function' &&
    typeof editor.executeEdits === 'function' && typeof editor.pushUndoStop === 'function' &&
    typeof editor.getScrolledVisiblePosition === 'function' && typeof editor.onDidChangeModelContent === 'function' &&
    typeof editor.onDidCompositionStart === 'function' && typeof editor.getDomNode === 'function'
  );
}

/**
 * Adapter for a Monaco editor (`monaco.editor.create(...)`). It reads a bounded window of the model
 * before the caret (`\n` line ends), draws at `getScrolledVisiblePosition`, inserts with
 * `executeEdits` between two undo stops (one undo step), and sees keys in the capture phase, before
 * Monaco's keybindings. While Monaco's own suggest widget is open, keys are Monaco's. Given
 * something else, it logs a console error and returns `undefined`.
 *
 * @example
 * import { monacoAdapter } from 'logprob-autocomplete/monaco';
 * document.querySelector('logprob-autocomplete')!.adapter = monacoAdapter(editor);
 */
export function monacoAdapter(editor: CodeEditor): FieldAdapter | undefined {
  const root = isCodeEditor(editor) ? editor.getDomNode() : null;
  const focusTarget = root?.querySelector<HTMLElement>(FOCUS_TARGET);
  if (!isCodeEditor(editor) || !root || !focusTarget) {
    console.error(`logprob-autocomplete: ${NAME} needs a mounted Monaco code editor (monaco-editor >= 0.57); got`, editor);
    return undefined;
  }
  // The model and caret, or null when there is a selection or the editor was disposed.
  const caret = () => {
    const model = editor.getModel();
    const selection = editor.getSelection();
    return model && selection?.isEmpty() ? { model, position: selection.getPosition() } : null;
  };
  const text = (model: MonacoEditor.ITextModel, from: number, to: number): string => {
    const start = model.getPositionAt(from);
    const end = model.getPositionAt(to);
    const range: IRange = { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
    return model.getValueInRange(range, END_OF_LINE_LF);
  };
  return {
    element: focusTarget,
    textBeforeCaret() {
      const at = caret();
      if (!at) return null;
      const offset = at.model.getOffsetAt(at.position);
      return text(at.model, caretWindowStart(offset), offset);
    },
    textAfterCaret() {
      const at = caret();
      if (!at) return '';
      const offset = at.model.getOffsetAt(at.position);
      return text(at.model, offset, caretWindowEnd(offset, at.model.getValueLength()));
    },
    caretRect() {
      const at = caret();
      const visible = at && editor.getScrolledVisiblePosition(at.position);
      if (!visible) return null;
      const box = root.getBoundingClientRect();
      return new DOMRect(box.left + visible.left, box.top + visible.top, 0, visible.height);
    },
    insert(inserted) {
      const model = editor.getModel();
      const selection = editor.getSelection();
      if (!model || !selection) return;
      const end = model.getOffsetAt(selection.getStartPosition()) + inserted.length;
      // Undo stops on both sides: the accept is one undo step, not merged with typing around it.
      editor.pushUndoStop();
      editor.executeEdits('logprob-autocomplete', [{ range: selection, text: inserted, forceMoveMarkers: true }]);
      editor.setPosition(model.getPositionAt(end));
      editor.pushUndoStop();
      editor.revealPosition(model.getPositionAt(end));
    },
    observe(callbacks) {
      const release = claimEditor(editor, NAME);
      if (!release) return () => {};
      let composing = false;
      // Capture phase on the editor's root: before Monaco's keybindings see the key. A key the
      // element handles stops there, so Monaco does not handle it a second time.
      const keydown = (event: KeyboardEvent): void => {
        if (root.querySelector('.suggest-widget.visible')) return;
        callbacks.keydown(event);
        if (event.defaultPrevented) event.stopPropagation();
      };
      root.addEventListener('keydown', keydown, { capture: true });
      const subscriptions = [
        editor.onDidChangeModelContent(() => { if (!composing) callbacks.input(new Event('input')); }),
        // Typing moves the caret too; only moves the user made (clicks, arrows) are caret moves.
        editor.onDidChangeCursorSelection((event) => { if (event.reason === CURSOR_CHANGE_EXPLICIT) callbacks.caret(new Event('selectionchange')); }),
        editor.onDidCompositionStart(() => { composing = true; callbacks.compositionstart(new Event('compositionstart')); }),
        editor.onDidCompositionEnd(() => { composing = false; callbacks.compositionend(new Event('compositionend')); }),
        editor.onDidBlurEditorText(() => { callbacks.blur(new Event('blur')); }),
        // Monaco rewrites its input's role and aria-autocomplete on every configuration change
        // (a resize with automaticLayout is one); this listener runs after Monaco's and restores
        // the combobox the element set.
        editor.onDidChangeConfiguration(() => {
          focusTarget.setAttribute('role', 'combobox');
          focusTarget.setAttribute('aria-autocomplete', 'list');
        }),
      ];
      return () => {
        release();
        root.removeEventListener('keydown', keydown, { capture: true });
        for (const subscription of subscriptions) subscription.dispose();
      };
    },
    font() {
      // From the longhands: Monaco sets font-feature-settings on its lines, and a computed `font`
      // shorthand is empty when a longhand it cannot express is set.
      const style = getComputedStyle(root.querySelector('.view-lines') ?? root);
      return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} / ${style.lineHeight} ${style.fontFamily}`;
    },
  };
}
