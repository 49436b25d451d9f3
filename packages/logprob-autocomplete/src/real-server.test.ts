import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobSuggestDetail } from './events.js';
import { eventsOf, isOpen, mount, pick, pressWith, settle, shownTokens, textOf, waitFor } from '../test/fixture.js';

// Against @logprob-autocomplete/server with its embedded n-gram model (answered in process by the
// test runner's middleware). The model is deterministic, but these tests read what it suggested
// from the element instead of hard-coding it.
const MARKUP = `<logprob-autocomplete src="/v1/suggest" max-tokens="8"><textarea></textarea></logprob-autocomplete>`;

describe('with the real server and its embedded model', () => {
  it('shows ranked options whose probabilities are real percentages', async () => {
    const { element, events } = await mount(MARKUP);
    await sendKeys({ type: 'We the people of the' });
    await waitFor(() => isOpen(element), 'the list opens');
    const options = element.options;
    expect(options.length).to.be.within(1, 5);
    for (const [index, option] of options.entries()) {
      expect(option.probability).to.be.within(0, 1);
      if (index > 0) expect(option.probability).to.be.at.most(options[index - 1]?.probability ?? 1);
    }
    // The latest list is for the whole text (on a loaded machine an earlier one may have opened
    // mid-typing, at a pause the debounce took for one).
    expect(eventsOf<LogprobSuggestDetail>(events, 'logprob-suggest').at(-1)?.text).to.equal('We the people of the');
  });

  it('accepts with Alt+1 as one undo step and shows the streamed next position without a request', async () => {
    const { element, field, requests } = await mount(MARKUP);
    await sendKeys({ type: 'We the people of the' });
    await waitFor(() => isOpen(element), 'the list opens');
    const top = element.options[0];
    if (!top) throw new Error('no option');
    const before = requests.length;
    await pick(1);
    expect(textOf(field)).to.equal(`We the people of the${top.insert}`);
    await settle(1);
    // The model streamed its most likely path, and the top option is on it.
    expect(isOpen(element)).to.equal(true);
    expect(requests.length).to.equal(before);
    await pressWith('Control', 'KeyZ');
    expect(textOf(field)).to.equal('We the people of the');
  });

  it('completes the rest of a word when the caret is inside it', async () => {
    const { element } = await mount(MARKUP);
    await sendKeys({ type: 'We the peo' });
    await waitFor(() => isOpen(element), 'the list opens');
    for (const token of shownTokens(element)) expect(token).to.not.match(/^·/);
  });
});
