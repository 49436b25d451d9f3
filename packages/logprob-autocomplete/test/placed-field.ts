// A field one line tall pinned to an edge of the viewport, for the placement tests.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { codeMirrorAdapter } from '../src/codemirror.js';
import { contenteditableAdapter } from '../src/contenteditable-adapter.js';
import { textFieldAdapter } from '../src/text-field-adapter.js';
import { mount } from './fixture.js';

export type FieldKind = 'textarea' | 'contenteditable' | 'codemirror';
export type Edge = 'right' | 'bottom' | 'bottom right';

// A field one line tall, pinned to an edge of the viewport: the list must shift in from the
// right edge and flip above the caret at the bottom edge.
const FONT = 'font: 16px/24px monospace; margin: 0; padding: 0; border: 0; box-sizing: border-box';
const where = (edge: Edge) =>
  `position: fixed; ${edge.includes('right') ? 'right: 0; width: 140px' : 'left: 8px; width: 300px'}; ${edge.includes('bottom') ? 'bottom: 0' : 'top: 40px'}`;

/** Mounts a one-line field of `kind` pinned to `edge`, and how to measure its caret. */
export async function mountAt(kind: FieldKind, edge: Edge): Promise<{ element: HTMLElement; caretRect: () => DOMRect | null }> {
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

