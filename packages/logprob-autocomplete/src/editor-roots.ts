// The roots of the editors that have adapters of their own (ProseMirror and Tiptap, Lexical,
// Monaco, CodeMirror). Their text lives in the editor's model, not in the DOM, so the generic
// adapters must never write into them.
const EDITOR_ROOTS = '.ProseMirror, [data-lexical-editor], .monaco-editor, .cm-editor';

/**
 * Whether `candidate` (a field the element found among its children) belongs to an editor that
 * needs its own adapter, such as `proseMirrorAdapter` from `logprob-autocomplete/prosemirror`.
 *
 * @example
 * if (isInsideEditor(candidate)) continue; // not for the generic contenteditable adapter
 */
export function isInsideEditor(candidate: Element): boolean {
  return candidate.closest(EDITOR_ROOTS) !== null;
}
