// The benchmark's page scripts, one per editor, as esbuild entries (resolved from the package
// root). Each mounts its editor inside <logprob-autocomplete> with a 50,000-character document and
// the caret on an empty last line, then exposes `window.__adapter`, `window.__fullText()` (the
// whole document serialised, for comparison), `window.__edit()` (types an x through the editor's
// API) and `window.__ready`.

// 500 lines of 99 characters plus line breaks: 50,000 characters.
const SETUP = `
import './src/define.ts';
const LINE = 'Congress shall make no law respecting an establishment of religion, or prohibiting the free exercis';
const LINES = 500;
const element = document.querySelector('logprob-autocomplete');
const parent = document.getElementById('editor');
function ready(adapter, fullText, edit) {
  element.adapter = adapter;
  Object.assign(window, { __adapter: adapter, __fullText: fullText, __edit: edit, __ready: true });
}
`;

export const EDITOR_PAGES = {
  prosemirror: `${SETUP}
import { baseKeymap } from 'prosemirror-commands';
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState, Selection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { proseMirrorAdapter } from './src/prosemirror.ts';
const paragraphs = Array.from({ length: LINES }, () => schema.node('paragraph', null, [schema.text(LINE)]));
const doc = schema.node('doc', null, [...paragraphs, schema.node('paragraph')]);
const view = new EditorView(parent, { state: EditorState.create({ doc, plugins: [history(), keymap(baseKeymap)] }) });
view.dispatch(view.state.tr.setSelection(Selection.atEnd(view.state.doc)).scrollIntoView());
view.focus();
ready(proseMirrorAdapter(view), () => view.state.doc.textBetween(0, view.state.doc.content.size, '\\n'), () => { view.dispatch(view.state.tr.insertText('x')); });
`,
  tiptap: `${SETUP}
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { proseMirrorAdapter } from './src/prosemirror.ts';
const content = Array.from({ length: LINES }, () => '<p>' + LINE + '</p>').join('') + '<p></p>';
const editor = new Editor({ element: parent, extensions: [StarterKit], content });
editor.commands.setTextSelection(editor.state.doc.content.size - 1);
editor.view.focus();
ready(proseMirrorAdapter(editor), () => editor.getText({ blockSeparator: '\\n' }), () => { editor.view.dispatch(editor.state.tr.insertText('x')); });
`,
  lexical: `${SETUP}
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, createEditor } from 'lexical';
import { lexicalAdapter } from './src/lexical.ts';
const root = Object.assign(document.createElement('div'), { contentEditable: 'true' });
parent.append(root);
const editor = createEditor({ namespace: 'bench', onError: (error) => { throw error; } });
editor.setRootElement(root);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
editor.update(() => {
  const top = $getRoot().clear();
  for (let index = 0; index < LINES; index += 1) top.append($createParagraphNode().append($createTextNode(LINE)));
  top.append($createParagraphNode()).selectEnd();
}, { discrete: true });
root.focus();
ready(lexicalAdapter(editor), () => editor.getEditorState().read(() => $getRoot().getTextContent()), () => {
  editor.update(() => { $getSelection().insertText('x'); }, { discrete: true });
});
`,
  monaco: `${SETUP}
import * as monaco from 'monaco-editor';
import { monacoAdapter } from './src/monaco.ts';
self.MonacoEnvironment = { getWorker: () => new Worker('/page/editor.worker.js', { type: 'module' }) };
const value = Array.from({ length: LINES }, () => LINE).join('\\n') + '\\n';
const editor = monaco.editor.create(parent, { value, language: 'plaintext', minimap: { enabled: false }, quickSuggestions: false });
editor.setPosition({ lineNumber: LINES + 1, column: 1 });
editor.revealLine(LINES + 1);
editor.focus();
ready(monacoAdapter(editor), () => editor.getModel().getValue(), () => {
  editor.executeEdits('bench', [{ range: editor.getSelection(), text: 'x', forceMoveMarkers: true }]);
});
`,
};
