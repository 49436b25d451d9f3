import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { engage, eventsOf, ime, isOpen, mount, settle, textOf, waitFor } from '../test/fixture.js';

const markup = () => `<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete>`;

describe('IME composition', () => {
  it('shows nothing and requests nothing during a composition; the committing Enter never accepts', async () => {
    const { element, field, events, requests } = await mount(markup());
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    // An option moved to: the Enter below would accept it, were it not the IME's.
    await engage();
    await sendKeys({ press: 'ArrowDown' });
    const before = requests.length;
    let compositions = 0;
    field.addEventListener('compositionstart', () => { compositions += 1; });
    await ime('compose', 'に');
    // Long enough for a debounced request to have started, had the composition's input counted.
    await settle(30);
    expect(compositions).to.equal(1);
    expect(isOpen(element)).to.equal(false);
    expect(requests.length).to.equal(before);
    // What a browser sends for the Enter that commits a composition.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
    await ime('commit', 'に');
    await settle(10);
    expect(textOf(field)).to.equal('Weに');
    expect(eventsOf(events, 'logprob-accept')).to.have.length(0);
  });

  it('ignores a keyCode 229 Enter after the composition ended (Safari)', async () => {
    const { element, field, events } = await mount(markup());
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    // An option moved to: the Enter below would accept it, were it not the IME's.
    await engage();
    await sendKeys({ press: 'ArrowDown' });
    const enter = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true });
    field.dispatchEvent(enter);
    expect(enter.defaultPrevented).to.equal(false);
    expect(eventsOf(events, 'logprob-accept')).to.have.length(0);
    expect(textOf(field)).to.equal('We');
  });
});
