import { expect } from '@esm-bundle/chai';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { sendKeys } from '@web/test-runner-commands';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, createEditor, type LexicalEditor } from 'lexical';
import { lexicalAdapter } from './lexical.js';
import { consoleErrorsDuring, editorContract, mountEditorHost, type EditorFactory } from '../test/editor-contract.js';
import { isOpen, pick, settle, waitFor } from '../test/fixture.js';

type Kind = 'plain' | 'rich';

async function lexical(kind: Kind, options: Parameters<EditorFactory>[0] = {}): Promise<{ editor: LexicalEditor } & Awaited<ReturnType<EditorFactory>>> {
  const { mounted, parent } = await mountEditorHost(options);
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.style.whiteSpace = 'pre-wrap';
  parent.append(root);
  const editor = createEditor({ namespace: 'test', nodes: [HeadingNode, QuoteNode], onError: (error) => { throw error; } });
  editor.setRootElement(root);
  const stop = [kind === 'plain' ? registerPlainText(editor) : registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300)];
  mounted.element.adapter = lexicalAdapter(editor);
  await mounted.element.updateComplete;
  root.focus();
  await settle(1);
  return {
    ...mounted,
    editor,
    field: root,
    // Top-level blocks on lines of their own (plain text has one paragraph with line breaks).
    text: () => editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()).join('\n')),
    caret: () => editor.getEditorState().read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) ? [selection.anchor.key, selection.anchor.offset, selection.focus.offset] : null;
    }),
    destroy: () => {
      for (const unregister of stop) unregister();
      editor.setRootElement(null);
    },
  };
}

editorContract('Lexical (plain text)', (options) => lexical('plain', options));
editorContract('Lexical (rich text)', (options) => lexical('rich', options));

describe('Lexical adapter', () => {
  it('reads only a window before the caret of a 50,000-character document, blocks as lines', async () => {
    const { element, editor } = await lexical('rich');
    editor.update(() => {
      const root = $getRoot().clear();
      for (let index = 0; index < 500; index += 1) root.append($createParagraphNode().append($createTextNode('a'.repeat(99))));
      root.append($createParagraphNode().append($createTextNode('We'))).selectEnd();
    }, { discrete: true });
    const text = element.adapter?.textBeforeCaret() ?? '';
    expect(text.endsWith('a\nWe')).to.equal(true);
    expect(text.length).to.be.within(32_000, 32_010);
  });

  it('logs a clear error and returns nothing for something that is not a Lexical editor, or one without a root', async () => {
    const calls = await consoleErrorsDuring(() => {
      expect(lexicalAdapter({ getRootElement: () => null } as never)).to.equal(undefined);
      expect(lexicalAdapter(createEditor({ namespace: 'unmounted', onError: () => {} }))).to.equal(undefined);
    });
    expect(String(calls[0]?.[0])).to.contain('lexicalAdapter needs a Lexical editor');
    expect(String(calls[1]?.[0])).to.contain('no root element');
  });

  it('ignores a second element attached to the same editor: each accept inserts once', async () => {
    const under = await lexical('plain');
    const { element, editor, field } = under;
    const second = document.createElement('logprob-autocomplete');
    second.setAttribute('src', '/fake/suggest');
    document.body.append(second);
    const calls = await consoleErrorsDuring(async () => {
      second.adapter = lexicalAdapter(editor);
      await second.updateComplete;
    });
    expect(String(calls[0]?.[0])).to.contain('already attached');
    field.focus();
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await pick(1);
    expect(under.text()).to.equal('We the');
  });
});
