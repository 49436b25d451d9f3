import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobLoadendDetail, LogprobSuggestDetail } from './events.js';
import { eventsOf, isOpen, mount, pick, pressWith, settle, shownTokens, textOf, waitFor } from '../test/fixture.js';

const markup = (query = '', field = '<textarea></textarea>') =>
  `<logprob-autocomplete src="/fake/suggest${query}">${field}</logprob-autocomplete><button>after</button>`;

describe('stale suggestions', () => {
  it('never shows a response computed for text that has since changed', async () => {
    const { element, field, events } = await mount(markup('?delay=300'));
    const shownFor: [string, string, string][] = [];
    element.addEventListener('logprob-suggest', (event) => {
      shownFor.push([event.detail.text, textOf(field), event.detail.options[0]?.token ?? '']);
    });
    await sendKeys({ type: 'We' });
    await waitFor(() => events.some((event) => event.type === 'logprob-loadstart'), 'a request starts');
    await sendKeys({ type: ' xyz' });
    await waitFor(() => eventsOf<LogprobLoadendDetail>(events, 'logprob-loadend').length >= 2, 'both requests end');
    await settle();
    expect(shownFor.length).to.be.greaterThan(0);
    for (const [suggestedFor, fieldText] of shownFor) expect(suggestedFor).to.equal(fieldText);
    expect(shownFor.map(([, , top]) => top)).to.not.include(' the');
    expect(textOf(field)).to.equal('We xyz');
  });

  it('hides the list when the caret moves away, and Tab then moves focus', async () => {
    const { element, field } = await mount(markup());
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'Home' });
    await settle();
    expect(isOpen(element)).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.not.equal(field);
    expect(textOf(field)).to.equal('We');
  });

  it('does not insert when the text changed without an input event (a framework set the value)', async () => {
    const { element, field } = await mount(markup());
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    (field as HTMLTextAreaElement).value = 'Wo';
    await sendKeys({ press: 'Tab' });
    expect(textOf(field)).to.equal('Wo');
  });
});

describe('undo', () => {
  for (const [name, html] of [
    ['textarea', '<textarea></textarea>'],
    ['input', '<input type="text">'],
    ['contenteditable', '<div contenteditable="true"></div>'],
  ] as const) {
    it(`restores the text exactly with one Ctrl+Z after an accept (${name})`, async () => {
      const { element, field } = await mount(markup('', html));
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(element), 'the list opens');
      await pick(1);
      expect(textOf(field)).to.equal('We the');
      await pressWith('Control', 'KeyZ');
      expect(textOf(field)).to.equal('We');
    });
  }
});

describe('Unicode tokens', () => {
  it('displays and inserts emoji, CJK and Devanagari tokens', async () => {
    const { element, field, events } = await mount(markup('?scenario=unicode'));
    await sendKeys({ type: 'Hi' });
    await waitFor(() => isOpen(element), 'the list opens');
    // Unrequested, only what fits the Latin text before it; on request, everything.
    expect(shownTokens(element)).to.deep.equal(['·😀']);
    await pressWith('Control', ' ');
    await waitFor(() => shownTokens(element).length === 3, 'the requested list shows every option');
    expect(shownTokens(element)).to.deep.equal(['·😀', '·日本', '·नमस्ते']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(textOf(field)).to.equal('Hi नमस्ते');
    await pressWith('Control', 'KeyZ');
    expect(textOf(field)).to.equal('Hi');
    await sendKeys({ type: 'x' });
    await waitFor(() => isOpen(element), 'the list reopens');
    await pick(1);
    expect(textOf(field)).to.equal('Hix 😀');
    await settle(1);
    expect(shownTokens(element)[0]).to.equal('👍');
    expect(eventsOf<LogprobSuggestDetail>(events, 'logprob-suggest').length).to.be.greaterThan(1);
  });
});
