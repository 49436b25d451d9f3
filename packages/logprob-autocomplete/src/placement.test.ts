import { expect } from '@esm-bundle/chai';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { isOpen, settle, waitFor } from '../test/fixture.js';
import { mountAt } from '../test/placed-field.js';

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

  it('keeps the page\'s --logprob-max-height, and a scrolled list where it is', async () => {
    await setViewport({ width: 390, height: 844 });
    const { element } = await mountAt('textarea', 'right');
    element.style.setProperty('--logprob-max-height', '3em');
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await settle(2);
    const listbox = element.querySelector<HTMLElement>('[part~=listbox]');
    if (!listbox) throw new Error('no listbox');
    const placed = listbox.style.cssText;
    expect(listbox.scrollHeight).to.be.greaterThan(listbox.clientHeight);
    listbox.scrollTop = 20;
    await new Promise((resolve) => { listbox.addEventListener('scroll', resolve, { once: true }); });
    await settle(2);
    expect(listbox.scrollTop).to.equal(20);
    expect(listbox.style.cssText).to.equal(placed);
  });

  it('follows the caret when the page scrolls, stays inside when the window shrinks, hides with a caret scrolled away', async () => {
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
      // Scrolled out of view, the caret's line takes its list with it instead of pinning it to an edge.
      const shown = () => listbox?.checkVisibility({ visibilityProperty: true }) ?? false;
      expect(shown()).to.equal(true);
      window.scrollBy(0, 1000);
      await waitFor(() => !shown(), 'the list hides with its caret');
      window.scrollTo(0, 0);
      await waitFor(shown, 'the list shows again with its caret');
    } finally {
      document.body.style.minHeight = '';
      window.scrollTo(0, 0);
    }
  });
});
