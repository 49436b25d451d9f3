import { expect } from '@esm-bundle/chai';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { sendKeys } from '@web/test-runner-commands';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { proseMirrorAdapter } from './prosemirror.js';
import { consoleErrorsDuring, editorContract, mountEditorHost, type EditorFactory } from '../test/editor-contract.js';
import { isOpen, pick, pressWith, settle, waitFor } from '../test/fixture.js';

const plainText = (view: EditorView): string => view.state.doc.textBetween(0, view.state.doc.content.size, '\n');

async function proseMirror(options: Parameters<EditorFactory>[0] = {}): Promise<{ view: EditorView } & Awaited<ReturnType<EditorFactory>>> {
  const { mounted, parent } = await mountEditorHost(options);
  // What prosemirror-view's style/prosemirror.css sets: typed spaces stay spaces, not no-break ones.
  parent.style.whiteSpace = 'pre-wrap';
  const view = new EditorView(parent, {
    state: EditorState.create({
      schema,
      plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
    }),
  });
  mounted.element.adapter = proseMirrorAdapter(view);
  await mounted.element.updateComplete;
  view.focus();
  return { ...mounted, view, field: view.dom, text: () => plainText(view), caret: () => view.state.selection.head, destroy: () => { view.destroy(); } };
}

async function tiptap(options: Parameters<EditorFactory>[0] = {}): Promise<{ editor: Editor } & Awaited<ReturnType<EditorFactory>>> {
  const { mounted, parent } = await mountEditorHost(options);
  const editor = new Editor({ element: parent, extensions: [StarterKit] });
  mounted.element.adapter = proseMirrorAdapter(editor);
  await mounted.element.updateComplete;
  // Synchronously (editor.commands.focus() waits a frame, and keys typed before it would be lost).
  editor.view.focus();
  return {
    ...mounted,
    editor,
    field: editor.view.dom,
    text: () => editor.getText({ blockSeparator: '\n' }),
    caret: () => editor.state.selection.head,
    destroy: () => { editor.destroy(); },
  };
}

editorContract('ProseMirror', proseMirror);
editorContract('Tiptap', tiptap);

describe('ProseMirror adapter', () => {
  it('leaves Enter and Backspace to the editor when no option was moved to', async () => {
    const { element, view } = await proseMirror();
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'Enter' });
    expect(view.state.doc.childCount).to.equal(2);
    // Backspace at the start of the second paragraph joins it back (prosemirror-commands).
    await sendKeys({ press: 'Backspace' });
    expect(view.state.doc.childCount).to.equal(1);
    expect(plainText(view)).to.equal('We');
  });

  it('reads hard breaks as newlines and only a window before the caret', async () => {
    const { element, view } = await proseMirror();
    const paragraph = schema.node('paragraph', null, [schema.text('a'.repeat(50_000)), schema.nodes.hard_break.create(), schema.text('We')]);
    view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, paragraph));
    const text = element.adapter?.textBeforeCaret() ?? '';
    expect(text.endsWith('a\nWe')).to.equal(true);
    expect(text.length).to.be.below(50_000);
  });

  it('keeps an editor contenteditable away from the generic adapter when no editor adapter is set', async () => {
    const { mounted, parent } = await mountEditorHost();
    parent.style.whiteSpace = 'pre-wrap';
    const view = new EditorView(parent, { state: EditorState.create({ schema }) });
    await settle(2);
    expect(view.dom.getAttribute('role')).to.equal(null);
    view.focus();
    await sendKeys({ type: 'We' });
    await settle(20);
    expect(mounted.requests).to.have.length(0);
    expect(isOpen(mounted.element)).to.equal(false);
  });

  it('logs a clear error and returns nothing for something that is not an editor view', async () => {
    const calls = await consoleErrorsDuring(() => {
      // A ProseMirror view from before 1.x's `coordsAtPos` and `updateState`, as a plain object.
      expect(proseMirrorAdapter({ dom: document.createElement('div'), dispatch() {} } as never)).to.equal(undefined);
      expect(proseMirrorAdapter(null as never)).to.equal(undefined);
    });
    expect(calls).to.have.length(2);
    expect(String(calls[0]?.[0])).to.contain('proseMirrorAdapter needs a ProseMirror EditorView');
  });

  it('ignores a second element attached to the same editor: each accept inserts once', async () => {
    const { element, view } = await proseMirror();
    const second = document.createElement('logprob-autocomplete');
    second.setAttribute('src', '/fake/suggest');
    document.body.append(second);
    const calls = await consoleErrorsDuring(async () => {
      second.adapter = proseMirrorAdapter(view);
      await second.updateComplete;
    });
    expect(String(calls[0]?.[0])).to.contain('already attached');
    view.focus();
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await pick(1);
    expect(plainText(view)).to.equal('We the');
    await pressWith('Control', 'KeyZ');
    expect(plainText(view)).to.equal('We');
  });

  it('hands the editor back its plugins and attributes when detached', async () => {
    const { element, view } = await proseMirror();
    const plugins = view.state.plugins.length;
    element.remove();
    await settle(1);
    expect(view.state.plugins.length).to.equal(plugins - 1);
    expect(view.dom.getAttribute('role')).to.equal(null);
  });
});
