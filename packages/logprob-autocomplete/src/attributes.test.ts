import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobDismissDetail } from './events.js';
import { eventsOf, isOpen, mount, pressWith, settle, shownTokens, textOf, waitFor } from '../test/fixture.js';

describe('attributes', () => {
  it('sends model, top-logprobs and max-tokens, and the text after the caret', async () => {
    const { field, requests } = await mount(
      `<logprob-autocomplete src="/fake/suggest" model="tiny" top-logprobs="3" max-tokens="2"><textarea>!</textarea></logprob-autocomplete>`,
    );
    (field as HTMLTextAreaElement).setSelectionRange(0, 0);
    // One character: with two, a loaded machine may fire the debounce between them, and the
    // stream for "W" then explains "We" without another request.
    await sendKeys({ type: 'W' });
    await waitFor(() => requests.length > 0, 'a request is made');
    expect(JSON.parse(requests[0] ?? '{}')).to.deep.equal({ text: 'W', after: '!', top_logprobs: 3, max_tokens: 2, model: 'tiny' });
  });

  it('hides options under min-probability', async () => {
    const { element } = await mount(`<logprob-autocomplete src="/fake/suggest" min-probability="0.1"><textarea></textarea></logprob-autocomplete>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect(shownTokens(element)).to.deep.equal(['·the', '·a', '·an']);
  });

  it('opens a list by itself only from open-threshold up; Ctrl+Space opens it anyway', async () => {
    const { element, field, events } = await mount(
      `<logprob-autocomplete src="/fake/suggest" open-threshold="0.6"><textarea></textarea></logprob-autocomplete><button>after</button>`,
    );
    await sendKeys({ type: 'We' });
    // The top option has 50 %: the response arrives, and nothing shows.
    await waitFor(() => eventsOf(events, 'logprob-loadend').length > 0, 'the response arrives');
    await settle();
    expect(isOpen(element)).to.equal(false);
    expect(element.ghost).to.equal('');
    await pressWith('Control', ' ');
    await waitFor(() => isOpen(element), 'the list opens on request');
    expect(shownTokens(element)[0]).to.equal('·the');
    expect(textOf(field)).to.equal('We');
  });

  it('asks again at a pause when typing went through a stream too unsure to show', async () => {
    const { element, requests, events } = await mount(`<logprob-autocomplete src="/fake/suggest" open-threshold="0.6"><textarea></textarea></logprob-autocomplete>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => eventsOf(events, 'logprob-loadend').length > 0, 'the response arrives');
    // " the" is the stream's own path (50 % at each token): typing it goes through the stream, and
    // the pause after it asks the model about the text as it is now.
    await sendKeys({ type: ' the' });
    await waitFor(() => requests.length === 2, 'a second request');
    expect(JSON.parse(requests[1] ?? '{}')).to.include({ text: 'We the' });
    expect(isOpen(element)).to.equal(false);
  });

  it('offers nothing unrequested inside a word ("wh|ite" never becomes "whenite")', async () => {
    const { element, field, requests, events } = await mount(
      `<logprob-autocomplete src="/fake/suggest"><textarea>white</textarea></logprob-autocomplete><button>after</button>`,
    );
    (field as HTMLTextAreaElement).setSelectionRange(2, 2);
    await sendKeys({ type: 'e' });
    // Nothing could be offered unrequested here, so nothing is requested.
    await settle(30);
    expect(requests).to.have.length(0);
    expect(isOpen(element)).to.equal(false);
    // On request, the model answers with the text after the caret as context.
    await pressWith('Control', ' ');
    await waitFor(() => eventsOf(events, 'logprob-loadend').length > 0, 'the response arrives');
    expect(JSON.parse(requests[0] ?? '{}')).to.include({ text: 'whe', after: 'ite' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Tab' });
    expect(textOf(field)).to.equal('wheite');
    expect(document.activeElement?.textContent).to.equal('after');
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
