import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobDismissDetail } from './events.js';
import { eventsOf, isOpen, mount, settle, shownTokens, waitFor } from '../test/fixture.js';

describe('attributes', () => {
  it('sends model, top-logprobs and max-tokens, and the text after the caret', async () => {
    const { field, requests } = await mount(
      `<logprob-autocomplete src="/fake/suggest" model="tiny" top-logprobs="3" max-tokens="2"><textarea>!</textarea></logprob-autocomplete>`,
    );
    (field as HTMLTextAreaElement).setSelectionRange(0, 0);
    await sendKeys({ type: 'We' });
    // On a loaded machine the debounce may fire after "W" too: wait for the request for "We".
    const body = () => requests.map((request) => JSON.parse(request) as { text?: string }).find((request) => request.text === 'We');
    await waitFor(() => body() !== undefined, 'a request for "We" is made');
    expect(body()).to.deep.equal({ text: 'We', after: '!', top_logprobs: 3, max_tokens: 2, model: 'tiny' });
  });

  it('hides options under min-probability', async () => {
    const { element } = await mount(`<logprob-autocomplete src="/fake/suggest" min-probability="0.1"><textarea></textarea></logprob-autocomplete>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect(shownTokens(element)).to.deep.equal(['·the', '·a', '·an']);
  });

  it('turns ghost text off with a ghost-threshold above 1', async () => {
    const { element } = await mount(`<logprob-autocomplete src="/fake/suggest" ghost-threshold="1.1"><textarea></textarea></logprob-autocomplete>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await settle();
    expect(element.ghost).to.equal('');
    expect(element.querySelector<HTMLElement>('[part~=ghost]')?.hidden).to.equal(true);
  });

  it('closes the list and reports logprob-dismiss when the field loses focus', async () => {
    const { element, events } = await mount(`<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete><button>x</button>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    document.querySelector('button')?.focus();
    await settle();
    expect(isOpen(element)).to.equal(false);
    expect(eventsOf<LogprobDismissDetail>(events, 'logprob-dismiss').map((detail) => detail.reason)).to.include('blur');
  });
});
