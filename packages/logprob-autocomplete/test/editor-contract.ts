// The behaviour every editor adapter must show in real Chromium with real keys. Each editor's test
// file runs it with a factory that mounts that editor inside <logprob-autocomplete>.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobAutocompleteElement } from '../src/logprob-autocomplete-element.js';
import { engage, eventsOf, ime, isOpen, mount, pick, pressWith, settle, shownTokens, waitFor, waitForStreamEnd, type Mounted } from './fixture.js';

export interface EditorUnderTest {
  element: LogprobAutocompleteElement;
  /** The editor's focusable element (where keys go). */
  field: HTMLElement;
  requests: string[];
  events: CustomEvent[];
  /** The document as text (blocks and line breaks as `\n`), read through the editor's own API. */
  text(): string;
  /** The caret (or selection head) in the editor's own coordinates. */
  caret(): unknown;
  /** Destroys the editor the way its users do. */
  destroy(): void;
}

/** Mounts an editor: `attributes` go on the element (`src` is the fake endpoint plus `query`). */
export type EditorFactory = (options?: { query?: string; attributes?: string }) => Promise<EditorUnderTest>;

/**
 * Mounts an empty `<logprob-autocomplete>` with a `<div id="editor">` for the editor to live in.
 *
 * @example
 * const { mounted, parent } = await mountEditorHost({ query: '?delay=300' });
 */
export async function mountEditorHost(options: { query?: string; attributes?: string } = {}): Promise<{ mounted: Mounted; parent: HTMLElement }> {
  const mounted = await mount(`<logprob-autocomplete src="/fake/suggest${options.query ?? ''}" ${options.attributes ?? ''}><div id="editor"></div></logprob-autocomplete>`);
  const parent = document.getElementById('editor');
  if (!parent) throw new Error('no #editor');
  return { mounted, parent };
}

/** Uncaught errors and unhandled rejections while `run` runs. */
async function errorsDuring(run: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent): void => { errors.push(event.error ?? event.message); };
  const onRejection = (event: PromiseRejectionEvent): void => { errors.push(event.reason); };
  addEventListener('error', onError);
  addEventListener('unhandledrejection', onRejection);
  try {
    await run();
  } finally {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/** Calls `run` with console.error recorded instead of printed. */
export async function consoleErrorsDuring(run: () => Promise<void> | void): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => { calls.push(args); };
  try {
    await run();
  } finally {
    console.error = original;
  }
  return calls;
}

const requestText = (body: string | undefined): string => (JSON.parse(body ?? '{}') as { text?: string }).text ?? '';

/**
 * Runs the shared adapter contract for the editor `name`.
 *
 * @example
 * editorContract('ProseMirror', createProseMirror);
 */
export function editorContract(name: string, create: EditorFactory): void {
  describe(`${name} adapter: the shared contract`, () => {
    it('suggests at the caret, with the list inside the viewport and off the typed line', async () => {
      const editor = await create();
      // Multi-line fields stay textboxes that control the listbox (docs/decisions/0008).
      expect(editor.field.getAttribute('role')).to.equal('textbox');
      expect(editor.field.getAttribute('aria-controls')).to.match(/-listbox$/);
      await sendKeys({ type: 'We the Peo' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      expect(editor.element.options[0]?.insert).to.equal('ple');
      await settle();
      const caret = editor.element.adapter?.caretRect();
      const list = editor.element.querySelector<HTMLElement>('[part~=listbox]')?.getBoundingClientRect();
      if (!caret || !list) throw new Error('no caret or list rectangle');
      expect(list.top).to.be.at.least(0);
      expect(list.left).to.be.at.least(0);
      expect(list.bottom).to.be.at.most(innerHeight);
      expect(list.right).to.be.at.most(innerWidth);
      // Off the typed line: entirely below or above the caret's line box.
      expect(list.top >= caret.bottom - 1 || list.bottom <= caret.top + 1, 'the list covers the line').to.equal(true);
      // At the caret: it starts near the caret's x, which is well right of the line's start.
      expect(list.left).to.be.within(caret.left - 40, caret.left + 40);
      expect(caret.left).to.be.greaterThan(editor.field.getBoundingClientRect().left + 40);
    });

    it('types through characters that extend the streamed path without a request', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      const before = editor.requests.length;
      await sendKeys({ type: ' the Peo' });
      await settle();
      expect(shownTokens(editor.element)[0]).to.equal('·People');
      await settle(10);
      expect(editor.requests.length).to.equal(before);
    });

    it('accepts with Alt+1 as exactly one step of the editor history; undo restores text and caret, redo both ways', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      const caretBefore = editor.caret();
      await pick(1);
      expect(editor.text()).to.equal('We the');
      const caretAfter = editor.caret();
      await pressWith('Control', 'KeyZ');
      expect(editor.text()).to.equal('We');
      expect(editor.caret()).to.deep.equal(caretBefore);
      await sendKeys({ down: 'Control' });
      await pressWith('Shift', 'KeyZ');
      await sendKeys({ up: 'Control' });
      expect(editor.text()).to.equal('We the');
      expect(editor.caret()).to.deep.equal(caretAfter);
      await pressWith('Control', 'KeyZ');
      expect(editor.text()).to.equal('We');
      await pressWith('Control', 'KeyY');
      expect(editor.text()).to.equal('We the');
      expect(document.activeElement === editor.field || editor.field.contains(document.activeElement)).to.equal(true);
    });

    it('keeps typing after an accept a separate undo step', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      await pick(1);
      await sendKeys({ type: ' Peo' });
      await pressWith('Control', 'KeyZ');
      expect(editor.text()).to.equal('We the');
      await pressWith('Control', 'KeyZ');
      expect(editor.text()).to.equal('We');
    });

    it('takes the whole ghost phrase with Tab, as one undo step', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitForStreamEnd(editor.element, editor.events);
      const ghost = editor.element.ghost;
      expect(ghost).to.match(/^ the People of/);
      await sendKeys({ press: 'Tab' });
      expect(editor.text()).to.equal(`We${ghost}`);
      await pressWith('Control', 'KeyZ');
      expect(editor.text()).to.equal('We');
    });

    it('accepts a moved-to option of an engaged list with Enter', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      await engage();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(editor.text()).to.equal('We a');
    });

    it('leaves Enter and the arrows to the editor while the list is passive', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'x' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ type: 'y' });
      const [first, second] = editor.text().split('\n');
      expect(second).to.equal('x');
      expect(first).to.contain('y');
      expect(first?.replace('y', '')).to.equal('We');
      expect(eventsOf(editor.events, 'logprob-accept')).to.have.length(0);
    });

    it('accepts the next word of the ghost text with Ctrl+Right, and an option by click', async () => {
      const editor = await create({ attributes: 'ghost-threshold="0.4"' });
      await sendKeys({ type: 'We the Peo' });
      await waitFor(() => editor.element.ghost !== '', 'the ghost text shows');
      await pressWith('Control', 'ArrowRight');
      expect(editor.text()).to.equal('We the People');
      await waitFor(() => isOpen(editor.element), 'the list opens again');
      editor.element.querySelectorAll<HTMLElement>('[role=option]')[0]?.click();
      expect(editor.text()).to.equal('We the People of');
      expect(document.activeElement === editor.field || editor.field.contains(document.activeElement)).to.equal(true);
    });

    it('dismisses with Escape and reopens with Ctrl+Space', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      await sendKeys({ press: 'Escape' });
      expect(isOpen(editor.element)).to.equal(false);
      // ' ' rather than 'Space': the key name puppeteer's keyboard knows.
      await pressWith('Control', ' ');
      await waitFor(() => isOpen(editor.element), 'the list reopens');
      expect(editor.text()).to.equal('We');
    });

    it('inserts nothing during an IME composition, and the Enter that commits it never accepts', async () => {
      const editor = await create();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      await engage();
      await sendKeys({ press: 'ArrowDown' });
      const before = editor.requests.length;
      await ime('compose', 'に');
      await settle(30);
      expect(isOpen(editor.element)).to.equal(false);
      expect(editor.requests.length).to.equal(before);
      // What Chromium sends for the Enter that commits a composition.
      const enter = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true });
      (document.activeElement ?? editor.field).dispatchEvent(enter);
      await ime('commit', 'に');
      await settle(10);
      expect(editor.text()).to.equal('Weに');
      expect(eventsOf(editor.events, 'logprob-accept')).to.have.length(0);
    });

    it('sends multi-line text with its newlines', async () => {
      const editor = await create();
      await sendKeys({ type: 'Hello' });
      // Enter is the editor's (a new line or paragraph) whether or not a list is open: no option was moved to.
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'We' });
      const expected = 'Hello\nWe';
      await waitFor(() => editor.requests.some((body) => requestText(body) === expected), `a request for ${JSON.stringify(expected)}`);
      expect(editor.text()).to.equal(expected);
    });

    it('inserts once after the element is detached and attached again', async () => {
      const editor = await create();
      const parent = editor.element.parentElement;
      if (!parent) throw new Error('the element has no parent');
      editor.element.remove();
      parent.append(editor.element);
      await editor.element.updateComplete;
      editor.field.focus();
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(editor.element), 'the list opens');
      await pick(1);
      expect(editor.text()).to.equal('We the');
      expect(eventsOf(editor.events, 'logprob-accept')).to.have.length(1);
    });

    it('survives the editor being destroyed while a request is in flight: no error, no text change', async () => {
      const editor = await create({ query: '?delay=300' });
      const errors = await errorsDuring(async () => {
        await sendKeys({ type: 'We' });
        await waitFor(() => eventsOf(editor.events, 'logprob-loadstart').length > 0, 'a request starts');
        const text = editor.text();
        editor.destroy();
        await waitFor(() => eventsOf(editor.events, 'logprob-loadend').length > 0, 'the request ends');
        await settle(5);
        expect(isOpen(editor.element)).to.equal(false);
        expect(editor.field.textContent).not.to.contain('the');
        expect(text).to.equal('We');
      });
      expect(errors).to.deep.equal([]);
    });
  });
}
