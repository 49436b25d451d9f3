import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { isOpen, settle, waitFor } from '../test/fixture.js';
import { mountAt } from '../test/placed-field.js';

// Zooms the page over the DevTools Protocol (test/page-scale-plugin.mjs), so this file runs in
// Chromium only (see web-test-runner.firefox.config.mjs).
describe('placement in the visual viewport', () => {
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

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
});
