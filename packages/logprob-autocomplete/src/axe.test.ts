import { expect } from '@esm-bundle/chai';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { codeMirrorAdapter } from './codemirror.js';
import { seriousViolations } from '../test/axe.js';
import { engage, isOpen, mount, settle, waitFor } from '../test/fixture.js';

// Each field kind as a page would write it, with its own accessible name (the page's job).
const FIELDS = {
  textarea: '<textarea aria-label="Message"></textarea>',
  input: '<input type="text" aria-label="Subject">',
  contenteditable: '<div contenteditable="true" aria-label="Message"></div>',
  codemirror: '<div id="editor"></div>',
} as const;

async function mountField(kind: keyof typeof FIELDS): Promise<{ element: HTMLElement; field: HTMLElement }> {
  const { element, field } = await mount(`<logprob-autocomplete src="/fake/suggest">${FIELDS[kind]}</logprob-autocomplete>`);
  if (kind !== 'codemirror') return { element, field };
  const view = new EditorView({
    state: EditorState.create({ extensions: [EditorView.contentAttributes.of({ 'aria-label': 'Message' })] }),
    parent: document.getElementById('editor') ?? undefined,
  });
  element.adapter = codeMirrorAdapter(view);
  await element.updateComplete;
  view.focus();
  return { element, field: view.contentDOM };
}

describe('axe-core', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = document.documentElement.style.background = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [kind, scheme] of [...(Object.keys(FIELDS) as (keyof typeof FIELDS)[]).map((kind) => [kind, 'light'] as const), ['textarea', 'dark'] as const]) {
    it(`finds no serious or critical violation with a ${kind}, closed, open and engaged (${scheme})`, async () => {
      // A page that follows the user's colour scheme.
      // axe-core takes a transparent page for white, so the page paints its canvas as such pages do.
      document.documentElement.style.colorScheme = 'light dark';
      document.documentElement.style.background = 'Canvas';
      await emulateMedia({ colorScheme: scheme });
      const { element } = await mountField(kind);
      const page = element.parentElement ?? document.body;
      const report: Record<string, string[]> = {};
      report.closed = await seriousViolations(page);
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(element), 'the list opens');
      await settle();
      report.open = await seriousViolations(page);
      await engage();
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      report.engaged = await seriousViolations(page);
      expect(report).to.deep.equal({ closed: [], open: [], engaged: [] });
    });
  }
});
