import { expect } from '@esm-bundle/chai';
import { history, historyKeymap } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { sendKeys } from '@web/test-runner-commands';
import { codeMirrorAdapter } from './codemirror.js';
import { engage, isOpen, mount, pick, pressWith, settle, shownTokens, waitFor } from '../test/fixture.js';

async function editor(): Promise<{ element: HTMLElement & { adapter: unknown }; view: EditorView }> {
  const { element } = await mount(`<logprob-autocomplete src="/fake/suggest"><div id="editor"></div></logprob-autocomplete>`);
  const parent = document.getElementById('editor') ?? undefined;
  const view = new EditorView({
    state: EditorState.create({ extensions: [history(), keymap.of(historyKeymap)] }),
    parent,
  });
  element.adapter = codeMirrorAdapter(view);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  view.focus();
  return { element, view };
}

describe('CodeMirror 6 adapter', () => {
  it('suggests, accepts with Alt+1 as one undo step, and moves along the streamed path', async () => {
    const { element, view } = await editor();
    expect(view.contentDOM.getAttribute('role')).to.equal('combobox');
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect(shownTokens(element)[0]).to.equal('·the');
    await pick(1);
    expect(view.state.doc.toString()).to.equal('We the');
    await settle(1);
    expect(shownTokens(element)[0]).to.equal('·People');
    await pressWith('Control', 'KeyZ');
    expect(view.state.doc.toString()).to.equal('We');
  });

  it('moves with Down in an engaged list and accepts with Enter without the editor inserting a line break', async () => {
    const { element, view } = await editor();
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await engage();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(view.state.doc.toString()).to.equal('We a');
  });

  it('leaves the arrows, Home/End and Enter to the editor while the list is passive', async () => {
    const { element, view } = await editor();
    await sendKeys({ type: 'Dear Sir,' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'The Secretary of the Treasury' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    expect(view.state.doc.toString()).to.equal('Dear Sir,\n\nThe Secretary of the Treasury');
  });

  it('hands the editor back its attributes when detached', async () => {
    const { element, view } = await editor();
    element.remove();
    await settle(1);
    expect(view.contentDOM.getAttribute('role')).to.equal('textbox');
  });
});
