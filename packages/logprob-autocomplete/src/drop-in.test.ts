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

  // The in-page model's client is a second file (docs/decisions/0004): a page that suggests from
  // a server never downloads it.
  it('loads logprob-autocomplete-model.js only on a page with model-src', async () => {
    const scriptsOf = async (body: string): Promise<string[]> => {
      document.body.replaceChildren();
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="/dist/logprob-autocomplete.js"></script>${body}</body></html>`;
      document.body.append(frame);
      await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
      const page = frame.contentWindow;
      if (!page) throw new Error('no frame window');
      const loaded = new Promise((resolve) => { page.document.addEventListener('logprob-model-load', resolve, { once: true }); });
      await waitFor(() => page.customElements.get('logprob-autocomplete') !== undefined, 'the element is defined');
      if (body.includes('model-src')) await loaded;
      return page.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/'));
    };
    const withServer = await scriptsOf('<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete>');
    expect(withServer).to.deep.equal(['/dist/logprob-autocomplete.js']);
    const withModel = await scriptsOf('<logprob-autocomplete model-src="/model-files/model.bin"><textarea></textarea></logprob-autocomplete>');
    expect(withModel).to.have.members(['/dist/logprob-autocomplete.js', '/dist/logprob-autocomplete-model.js', '/dist/logprob-model-worker.js']);
  });

  it('says worker_crashed, and the field keeps working, when logprob-autocomplete-model.js is missing', async () => {
    document.body.replaceChildren();
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module" src="/drop-in-alone/logprob-autocomplete.js"></script>
<logprob-autocomplete model-src="/model-files/model.bin" model-worker-src="/dist/logprob-model-worker.js"><textarea></textarea></logprob-autocomplete></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
    const page = frame.contentWindow;
    if (!page) throw new Error('no frame window');
    const codes: string[] = [];
    page.document.addEventListener('logprob-error', (event) => { codes.push((event as CustomEvent<{ code: string }>).detail.code); });
    await waitFor(() => page.customElements.get('logprob-autocomplete') !== undefined, 'the element is defined');
    const textarea = page.document.querySelector('textarea');
    if (!textarea) throw new Error('no textarea');
    textarea.focus();
    await sendKeys({ type: 'We the' });
    await waitFor(() => codes.length > 0, 'a logprob-error');
    expect(codes[0]).to.equal('worker_crashed');
    await sendKeys({ type: ' people' });
    expect(textarea.value).to.equal('We the people');
  });
});
