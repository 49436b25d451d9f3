import { expect } from '@esm-bundle/chai';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { codeMirrorAdapter } from './codemirror.js';
import { contenteditableAdapter } from './contenteditable-adapter.js';
import { textFieldAdapter } from './text-field-adapter.js';
import { isOpen, mount, settle, waitFor } from '../test/fixture.js';

type FieldKind = 'textarea' | 'contenteditable' | 'codemirror';
type Edge = 'right' | 'bottom' | 'bottom right';

// A field one line tall, pinned to an edge of the viewport: the list must shift in from the
// right edge and flip above the caret at the bottom edge.
const FONT = 'font: 16px/24px monospace; margin: 0; padding: 0; border: 0; box-sizing: border-box';
const where = (edge: Edge) =>
  `position: fixed; ${edge.includes('right') ? 'right: 0; width: 140px' : 'left: 8px; width: 300px'}; ${edge.includes('bottom') ? 'bottom: 0' : 'top: 40px'}`;

async function mountAt(kind: FieldKind, edge: Edge): Promise<{ element: HTMLElement; caretRect: () => DOMRect | null }> {
  const style = `${where(edge)}; ${FONT}; height: 24px`;
  const markup = {
    textarea: `<textarea aria-label="Message" style="${style}; resize: none; overflow: hidden"></textarea>`,
    contenteditable: `<div contenteditable="true" aria-label="Message" style="${style}; white-space: pre"></div>`,
    codemirror: `<div id="editor" style="${style}"></div>`,
  }[kind];
  const { element, field } = await mount(`<logprob-autocomplete src="/fake/suggest">${markup}</logprob-autocomplete>`);
  // The caret as the element's own adapters measure it (their measurement is tested in hosts.test.ts).
  const adapter = kind === 'textarea' ? textFieldAdapter(field as HTMLTextAreaElement) : contenteditableAdapter(field);
  if (kind !== 'codemirror') return { element, caretRect: () => adapter.caretRect() };
  const view = new EditorView({ state: EditorState.create({}), parent: document.getElementById('editor') ?? undefined });
  element.adapter = codeMirrorAdapter(view);
  await element.updateComplete;
  view.focus();
  const editorAdapter = codeMirrorAdapter(view);
  return { element, caretRect: () => editorAdapter.caretRect() };
}

/** Why the shown list does not fit (empty when it does): outside the viewport, or on the caret's line. */
function misfits(element: HTMLElement, caret: DOMRect | null): string[] {
  const listbox = element.querySelector<HTMLElement>('[part~=listbox]');
  if (!listbox || !caret) return ['no listbox or no caret'];
  const list = listbox.getBoundingClientRect();
  const problems: string[] = [];
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  if (list.left < 0 || list.top < 0 || list.right > viewport.width || list.bottom > viewport.height) {
    problems.push(`list ${JSON.stringify(list)} is not inside the ${viewport.width}x${viewport.height} viewport`);
  }
  if (list.top < caret.bottom && list.bottom > caret.top) problems.push(`list ${list.top}..${list.bottom} covers the caret's line ${caret.top}..${caret.bottom}`);
  if (listbox.scrollHeight > listbox.clientHeight + 1) problems.push(`only part of the list shows (${listbox.clientHeight} of ${listbox.scrollHeight} px)`);
  return problems;
}

describe('placement', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 640 }]) {
    for (const kind of ['textarea', 'contenteditable', 'codemirror'] as const) {
      for (const edge of ['right', 'bottom', 'bottom right'] as const) {
        it(`keeps the list inside ${viewport.width}x${viewport.height} and off the caret's line: ${kind} at the ${edge} edge`, async () => {
          await setViewport(viewport);
          const { element, caretRect } = await mountAt(kind, edge);
          await sendKeys({ type: 'We' });
          await waitFor(() => isOpen(element), 'the list opens');
          await settle(2);
          expect(misfits(element, caretRect())).to.deep.equal([]);
          const list = element.querySelector('[part~=listbox]')?.getBoundingClientRect();
          const caret = caretRect();
          // At the bottom edge there is no room below: the list opens above the caret.
          if (edge.includes('bottom')) expect(list?.bottom).to.be.at.most(caret?.top ?? 0);
        });
      }
    }
  }

  it('keeps the list inside the visual viewport when it is smaller than the window (zoom, on-screen keyboard)', async () => {
    await setViewport({ width: 390, height: 844 });
    const { element, caretRect } = await mountAt('textarea', 'right');
    // Zoomed in twice, the user sees the top-left 195x422 of the 390x844 page: put the field near
    // that corner, where the window would have room below and to the right but the user has not.
    Object.assign(element.querySelector('textarea')?.style ?? {}, { right: 'auto', left: '100px', top: '380px', width: '90px' });
    try {
      await executeServerCommand('page-scale', { scale: 2 });
      const viewport = window.visualViewport;
      if (!viewport) throw new Error('no visualViewport');
      await waitFor(() => viewport.scale === 2, 'the page is zoomed in');
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(element), 'the list opens');
      await settle(2);
      const list = element.querySelector('[part~=listbox]')?.getBoundingClientRect();
      const visible = { left: viewport.offsetLeft, top: viewport.offsetTop, right: viewport.offsetLeft + viewport.width, bottom: viewport.offsetTop + viewport.height };
      expect(list?.left).to.be.at.least(visible.left);
      expect(list?.right).to.be.at.most(visible.right);
      expect(list?.top).to.be.at.least(visible.top);
      expect(list?.bottom).to.be.at.most(visible.bottom);
      const caret = caretRect();
      expect((list?.top ?? 0) >= (caret?.bottom ?? 0) || (list?.bottom ?? 0) <= (caret?.top ?? 0)).to.equal(true);
    } finally {
      await executeServerCommand('page-scale', { scale: 1 });
    }
  });

  it('follows the caret when the page scrolls and stays inside when the window shrinks', async () => {
    await setViewport({ width: 1280, height: 640 });
    const { element, caretRect } = await mountAt('textarea', 'right');
    const field = element.querySelector('textarea');
    if (!field) throw new Error('no textarea');
    // In the page's flow instead of fixed, with room to scroll.
    field.style.position = 'absolute';
    field.style.top = '300px';
    document.body.style.minHeight = '3000px';
    try {
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(element), 'the list opens');
      await settle(2);
      const listbox = element.querySelector<HTMLElement>('[part~=listbox]');
      const before = listbox?.getBoundingClientRect().top ?? 0;
      window.scrollBy(0, 100);
      await waitFor(() => Math.abs((listbox?.getBoundingClientRect().top ?? 0) - (before - 100)) < 1, 'the list moves up with the caret');
      expect(misfits(element, caretRect())).to.deep.equal([]);
      await setViewport({ width: 390, height: 400 });
      await waitFor(() => misfits(element, caretRect()).length === 0, `the list fits the smaller window: ${misfits(element, caretRect()).join('; ')}`);
    } finally {
      document.body.style.minHeight = '';
      window.scrollTo(0, 0);
    }
  });
});
