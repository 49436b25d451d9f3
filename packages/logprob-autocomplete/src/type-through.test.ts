import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobLoadendDetail } from './events.js';
import { eventsOf, isOpen, mount, settle, shownTokens, waitFor } from '../test/fixture.js';

const markup = (query = '') => `<logprob-autocomplete src="/fake/suggest${query}"><textarea></textarea></logprob-autocomplete>`;

describe('type-through', () => {
  it('filters the list locally for characters that extend an option, keeping the model probabilities', async () => {
    const { element, requests } = await mount(markup());
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    const before = requests.length;
    await sendKeys({ type: ' a' });
    await settle();
    expect(shownTokens(element)).to.deep.equal(['·an', '·and', '·are']);
    const percents = [...element.querySelectorAll('[part~=probability]')].map((node) => node.textContent);
    // The model's own figures at that position, not renormalised over what is left.
    expect(percents).to.deep.equal(['12%', '8%', '5%']);
    await settle(10);
    expect(requests.length).to.equal(before);
  });

  it('follows the streamed path through typed tokens without a request', async () => {
    const { element, requests } = await mount(markup());
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    const before = requests.length;
    await sendKeys({ type: ' the Peo' });
    await settle();
    expect(shownTokens(element)[0]).to.equal('·People');
    expect(element.options[0]?.insert).to.equal('ple');
    await settle(10);
    expect(requests.length).to.equal(before);
  });

  it('requests again for a character no option explains, aborting the running request', async () => {
    const { element, requests, events } = await mount(markup('?scenario=trickle&delay=300'));
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the first token arrives');
    await sendKeys({ type: 'x' });
    await waitFor(() => eventsOf<LogprobLoadendDetail>(events, 'logprob-loadend').some((detail) => detail.status === 'abort'), 'the first request is aborted');
    await waitFor(() => requests.length === 2, 'a second request starts');
    expect(JSON.parse(requests[1] ?? '{}')).to.include({ text: 'Wex' });
  });
});
