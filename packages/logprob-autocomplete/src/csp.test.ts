import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../test/fixture.js';

interface CspPage extends Window {
  cspViolations: string[];
}

async function openPage(path: string): Promise<CspPage> {
  document.body.replaceChildren();
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.style.cssText = 'width: 600px; height: 400px';
  document.body.append(frame);
  await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  const page = frame.contentWindow as CspPage | null;
  if (!page) throw new Error('no frame window');
  await waitFor(() => page.customElements.get('logprob-autocomplete') !== undefined, 'the element is defined');
  return page;
}

// Served with `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'` by
// test/strict-csp-middleware.mjs.
for (const [name, path] of [['the drop-in file', '/test/csp/drop-in.html'], ['the bundled element', '/test/csp/bundled.html']] as const) {
  describe(`${name} under a strict Content-Security-Policy`, () => {
    it('suggests, styles its list and accepts with no violation', async () => {
      const page = await openPage(path);
      // The policy is in force: an inline style attribute and an HTML string are refused.
      const probe = page.document.createElement('div');
      probe.setAttribute('style', 'color: red');
      page.document.body.append(probe);
      expect(page.getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
      expect(() => { probe.innerHTML = '<b>x</b>'; }).to.throw(/TrustedHTML/);
      probe.remove();
      // Both refusals are reported (asynchronously): the style attribute and the HTML string.
      await waitFor(() => page.cspViolations.length >= 2, 'both probes are reported');
      expect(page.cspViolations.join('\n')).to.match(/style-src/).and.to.match(/require-trusted-types-for/);
      page.cspViolations.length = 0;

      const textarea = page.document.querySelector('textarea');
      if (!textarea) throw new Error('no textarea');
      textarea.focus();
      await sendKeys({ type: 'We' });
      await waitFor(() => page.document.querySelectorAll('[role=option]').length > 0, 'the list opens');
      const listbox = page.document.querySelector<HTMLElement>('[part~=listbox]');
      if (!listbox) throw new Error('no listbox');
      // The default stylesheet applies (constructable, adopted: allowed by style-src 'self'), and
      // so does the placement, set through CSSOM.
      expect(page.getComputedStyle(listbox).position).to.equal('fixed');
      expect(listbox.style.top).to.match(/px$/);
      expect(listbox.getBoundingClientRect().top).to.be.greaterThan(textarea.getBoundingClientRect().top);
      await sendKeys({ press: 'Tab' });
      expect(textarea.value).to.match(/^We the/);
      expect(page.cspViolations).to.deep.equal([]);
    });
  });
}
