import { proseMirrorAdapter } from 'logprob-autocomplete/prosemirror';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import 'prosemirror-view/style/prosemirror.css';
import type { MountEditor } from './editors-section.js';

/**
 * A ProseMirror editor (basic schema, history, base keymap) with the element's adapter.
 *
 * @example
 * mount(field, element, 'editor-prosemirror-label');
 */
export const mount: MountEditor = (parent, element, labelId) => {
  const view = new EditorView(parent, {
    state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] }),
    attributes: { 'aria-labelledby': labelId, 'aria-multiline': 'true' },
  });
  element.adapter = proseMirrorAdapter(view);
};
