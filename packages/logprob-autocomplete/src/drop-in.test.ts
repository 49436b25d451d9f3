import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { waitFor } from '../test/fixture.js';

// The drop-in file as users load it: a plain page, one <script type="module">, no bundler.
// Needs `npm run build` first (turbo runs it before test).
const PAGE = `<!doctype html><html lang="en"><body>
<script type="module" src="/dist/logprob-autocomplete.js"></script>
<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete>
</body></html>`;

describe('drop-in build', () => {
  it('works from a plain HTML page with one script tag', async () => {
    document.body.replaceChildren();
    const frame = document.createElement('iframe');
    frame.srcdoc = PAGE;
    document.body.append(frame);
    await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
    const page = frame.contentWindow;
    if (!page) throw new Error('no frame window');
    await waitFor(() => page.customElements.get('logprob-autocomplete') !== undefined, 'the element is defined');
    const textarea = page.document.querySelector('textarea');
    if (!textarea) throw new Error('no textarea');
    textarea.focus();
    await sendKeys({ type: 'We' });
    await waitFor(() => page.document.querySelectorAll('[role=option]').length > 0, 'the list opens');
    await sendKeys({ press: 'Tab' });
    // Tab takes the ghost text, which starts with the top option.
    expect(textarea.value).to.match(/^We the People/);
  });
});
