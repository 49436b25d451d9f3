import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type * as Monaco from 'monaco-editor';
import { monacoAdapter } from './monaco.js';
import { consoleErrorsDuring, editorContract, mountEditorHost, type EditorFactory } from '../test/editor-contract.js';
import { eventsOf, isOpen, pick, settle, waitFor } from '../test/fixture.js';

// Monaco, its CSS and its editor worker, prebuilt by test/monaco-bundle-middleware.mjs (as an app's
// bundler would): the real editor with its real worker, nothing stubbed.
let loaded: Promise<typeof Monaco> | undefined;
function loadMonaco(): Promise<typeof Monaco> {
  loaded ??= (async () => {
    Object.assign(self, { MonacoEnvironment: { getWorker: () => new Worker('/__monaco/editor.worker.js', { type: 'module' }) } });
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/__monaco/editor.css' });
    const css = new Promise((resolve) => { link.onload = resolve; });
    document.head.append(link);
    await css;
    const url = '/__monaco/editor.js';
    return (await import(url)) as typeof Monaco;
  })();
  return loaded;
}

async function monaco(options: Parameters<EditorFactory>[0] = {}, settings: Monaco.editor.IStandaloneEditorConstructionOptions = {}): Promise<{ editor: Monaco.editor.IStandaloneCodeEditor; monaco: typeof Monaco } & Awaited<ReturnType<EditorFactory>>> {
  const api = await loadMonaco();
  const { mounted, parent } = await mountEditorHost(options);
  parent.style.cssText = 'width: 640px; height: 240px';
  // Word-based quick suggestions off, so that Monaco's own list opens only when a test asks for it.
  const editor = api.editor.create(parent, { value: '', language: 'plaintext', minimap: { enabled: false }, quickSuggestions: false, ...settings });
  mounted.element.adapter = monacoAdapter(editor);
  await mounted.element.updateComplete;
  editor.focus();
  const field = mounted.element.adapter?.element ?? parent;
  return {
    ...mounted,
    editor,
    monaco: api,
    field,
    text: () => editor.getModel()?.getValue(api.editor.EndOfLinePreference.LF, false) ?? '',
    caret: () => {
      const position = editor.getPosition();
      return position && [position.lineNumber, position.column];
    },
    destroy: () => {
      const model = editor.getModel();
      editor.dispose();
      model?.dispose();
    },
  };
}

// The first request makes the test server build Monaco (a few seconds; longer on a busy machine),
// which must not count against the first test's timeout.
before(async function (this: Mocha.Context) {
  this.timeout(120_000);
  await loadMonaco();
});

editorContract('Monaco', monaco);

describe('Monaco adapter', () => {
  it('leaves the keys to Monaco while its own suggest widget is open', async () => {
    const under = await monaco();
    const provider = under.monaco.languages.registerCompletionItemProvider('plaintext', {
      triggerCharacters: ['.'],
      provideCompletionItems: (model, position) => {
        const range = { startLineNumber: position.lineNumber, endLineNumber: position.lineNumber, startColumn: position.column, endColumn: position.column };
        return { suggestions: [{ label: 'monacoItem', insertText: 'monacoItem', kind: under.monaco.languages.CompletionItemKind.Text, range }] };
      },
    });
    try {
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(under.element), 'our list opens');
      await sendKeys({ type: '.' });
      await waitFor(() => under.editor.getDomNode()?.querySelector('.suggest-widget.visible') !== null, "Monaco's suggest widget opens");
      await sendKeys({ press: 'Tab' });
      expect(under.text()).to.equal('We.monacoItem');
      expect(eventsOf(under.events, 'logprob-accept')).to.have.length(0);
    } finally {
      provider.dispose();
    }
  });

  it('keeps the combobox role when Monaco rewrites its input attributes on a configuration change', async () => {
    const under = await monaco();
    under.editor.updateOptions({ fontSize: 18 });
    under.editor.layout({ width: 500, height: 200 });
    expect(under.field.getAttribute('role')).to.equal('combobox');
    expect(under.field.getAttribute('aria-autocomplete')).to.equal('list');
  });

  it("draws the ghost text in the editor's font", async () => {
    const under = await monaco();
    const font = under.element.adapter?.font?.() ?? '';
    const lines = getComputedStyle(under.editor.getDomNode()?.querySelector('.view-lines') ?? document.body);
    expect(font).to.contain(lines.fontFamily);
    expect(font).to.contain(lines.fontSize);
  });

  it('leaves Tab to Monaco (indentation) when no list is shown', async () => {
    const under = await monaco();
    await sendKeys({ press: 'Tab' });
    await settle(2);
    expect(under.text()).to.match(/^(\t| +)$/);
  });

  it('reads only a window before the caret of a 50,000-character document', async () => {
    const under = await monaco();
    under.editor.setValue(`${'a'.repeat(49_000)}\n${'b'.repeat(998)}We`);
    under.editor.setPosition({ lineNumber: 2, column: 1001 });
    const text = under.element.adapter?.textBeforeCaret() ?? '';
    expect(text.endsWith(`a\n${'b'.repeat(998)}We`)).to.equal(true);
    expect(text.length).to.be.within(32_000, 32_000 + 4096);
  });

  it('logs a clear error and returns nothing for something that is not a mounted Monaco editor', async () => {
    const calls = await consoleErrorsDuring(() => {
      expect(monacoAdapter({ getModel: () => null } as never)).to.equal(undefined);
    });
    expect(String(calls[0]?.[0])).to.contain('monacoAdapter needs a mounted Monaco code editor');
  });

  it('ignores a second element attached to the same editor: each accept inserts once', async () => {
    const under = await monaco();
    const second = document.createElement('logprob-autocomplete');
    second.setAttribute('src', '/fake/suggest');
    document.body.append(second);
    const calls = await consoleErrorsDuring(async () => {
      second.adapter = monacoAdapter(under.editor);
      await second.updateComplete;
    });
    expect(String(calls[0]?.[0])).to.contain('already attached');
    under.editor.focus();
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(under.element), 'the list opens');
    await pick(1);
    expect(under.text()).to.equal('We the');
  });
});
