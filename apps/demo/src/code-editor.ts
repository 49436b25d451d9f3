import { history, historyKeymap, defaultKeymap } from '@codemirror/commands';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';

/**
 * The CodeMirror 6 field: a small setup (history, default keys, wrapping) and a listener so the
 * panels follow what is typed. The view is created detached: the caller hands it to the
 * autocomplete adapter first, then mounts `view.dom`, so the element never mistakes the editor's
 * contenteditable for a plain one.
 *
 * @example
 * const view = createCodeEditor({ onChange: console.log });
 * element.adapter = codeMirrorAdapter(view);
 * container.append(view.dom);
 */
export function createCodeEditor(options: { doc?: string; extensions?: Extension[]; onChange?: (view: EditorView) => void }): EditorView {
  return new EditorView({
    state: EditorState.create({
      doc: options.doc ?? '',
      extensions: [
        ...(options.extensions ?? []),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.lineWrapping,
        placeholder('// Type code or prose; suggestions follow the caret'),
        EditorView.contentAttributes.of({ 'aria-labelledby': 'code-label' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged || update.selectionSet) options.onChange?.(update.view);
        }),
      ],
    }),
  });
}
