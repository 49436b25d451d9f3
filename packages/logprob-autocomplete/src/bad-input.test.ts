import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobErrorDetail } from './events.js';
import { eventsOf, isOpen, mount, settle, shownTokens, textOf, waitFor } from '../test/fixture.js';

const markup = (scenario: string) =>
  // The button keeps the Tab below inside the page (tabbing out of the document unsettles focus).
  `<logprob-autocomplete src="/fake/suggest?scenario=${scenario}"><textarea></textarea></logprob-autocomplete><button>after</button>`;

declare global {
  interface Window {
    __pwned?: number;
  }
}

describe('bad input', () => {
  it('renders tokens that look like HTML as text and inserts them literally', async () => {
    const { element, field } = await mount(markup('html'));
    await sendKeys({ type: 'Hi' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect(shownTokens(element)).to.deep.equal(['<img·src=x·onerror="window.__pwned=1">', '<b>bold</b>', '·&amp;']);
    expect(element.querySelector('[role=listbox] img, [role=listbox] b')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await settle();
    expect(textOf(field)).to.equal('Hi<img src=x onerror="window.__pwned=1">');
    expect(window.__pwned).to.equal(undefined);
  });

  it('shows no more options than were asked for, whatever the stream sends', async () => {
    const { element } = await mount(markup('hostile-wide'));
    await sendKeys({ type: 'Hi' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect(shownTokens(element)).to.deep.equal(['·w0', '·w1', '·w2', '·w3', '·w4']);
  });

  for (const [scenario, code, status] of [
    ['malformed', 'malformed_stream', undefined],
    ['error-event', 'upstream_error', undefined],
    ['http-500', 'internal_error', 500],
    ['http-400', 'invalid_request', 400],
    ['dropped', 'network_error', undefined],
    ['hostile-index', 'malformed_stream', undefined],
  ] as const) {
    it(`reports ${scenario} as logprob-error and keeps the field working`, async () => {
      const { field, events } = await mount(markup(scenario));
      await sendKeys({ type: 'Hi' });
      await waitFor(() => eventsOf(events, 'logprob-error').length > 0, 'an error is reported');
      const [error] = eventsOf<LogprobErrorDetail>(events, 'logprob-error');
      expect(error?.code).to.equal(code);
      expect(error?.status).to.equal(status);
      expect(textOf(field)).to.equal('Hi');
      // Every key the element handles, on a field whose request failed: only the field reacts.
      await sendKeys({ type: ' there' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Escape' });
      expect(textOf(field)).to.equal('Hi there\n');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent).to.equal('after');
      expect(textOf(field)).to.equal('Hi there\n');
      expect(eventsOf(events, 'logprob-accept')).to.have.length(0);
    });
  }
});
