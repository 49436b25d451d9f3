import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { engage, isOpen, mount, pick, settle, textOf, waitFor } from '../test/fixture.js';

const MARKUP = `<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete>`;

describe('events', () => {
  it('lets a logprob-accept listener cancel the accept', async () => {
    const { element, field } = await mount(MARKUP);
    element.addEventListener('logprob-accept', (event) => { event.preventDefault(); });
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await pick(1);
    expect(textOf(field)).to.equal('We');
  });

  it('inserts the text a logprob-accept listener put in the detail', async () => {
    const { element, field } = await mount(MARKUP);
    element.addEventListener('logprob-accept', (event) => { event.detail.text = event.detail.text.toUpperCase(); });
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await pick(1);
    expect(textOf(field)).to.equal('We THE');
  });

  it('fires no logprob-dismiss for an accept, even of an option off the streamed path', async () => {
    const { element, field } = await mount(MARKUP);
    const dismissed: unknown[] = [];
    element.addEventListener('logprob-dismiss', (event) => dismissed.push(event.detail));
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    // ' are', the last option: nothing streamed continues it, so the list goes stale at once.
    await engage();
    for (let press = 0; press < 5; press++) await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(textOf(field)).to.equal('We are');
    expect(dismissed).to.deep.equal([]);
  });

  it('bubbles logprob-suggest but not logprob-loadstart and logprob-loadend', async () => {
    const { element } = await mount(MARKUP);
    const seen: string[] = [];
    for (const type of ['logprob-suggest', 'logprob-loadstart', 'logprob-loadend'] as const) {
      document.addEventListener(type, () => seen.push(type));
    }
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await settle(10);
    expect(seen).to.include('logprob-suggest');
    expect(seen).to.not.include('logprob-loadstart');
    expect(seen).to.not.include('logprob-loadend');
  });

  it('does nothing while disabled', async () => {
    const { element, requests } = await mount(MARKUP.replace('src=', 'disabled src='));
    await sendKeys({ type: 'We' });
    await settle(20);
    expect(requests).to.have.length(0);
    expect(isOpen(element)).to.equal(false);
  });
});
