import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { engage, isOpen, mount, pick, pressWith, settle, shownTokens, textOf, waitFor, waitForStreamEnd } from '../test/fixture.js';

const MARKUP = `<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete><button>after</button>`;

describe('keyboard', () => {
  it('shows the ranked list with probabilities as the user types', async () => {
    const { element } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect(shownTokens(element)).to.deep.equal(['·the', '·a', '·an', '·and', '·are']);
    const percents = [...element.querySelectorAll('[part~=probability]')].map((node) => node.textContent);
    expect(percents).to.deep.equal(['50%', '20%', '12%', '8%', '5%']);
  });

  it('moves with Down and Up in an engaged list and accepts the moved-to option with Enter', async () => {
    const { element, field } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await engage();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    const active = field.getAttribute('aria-activedescendant');
    expect(active).to.be.a('string');
    expect(document.getElementById(active ?? '')?.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(textOf(field)).to.equal('We a');
  });

  it('does not accept with Enter when the user has not moved to an option', async () => {
    const { element, field } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'Enter' });
    expect(textOf(field)).to.equal('We\n');
  });

  it('takes option N with Alt+N and shows the already-streamed next position at once', async () => {
    const { element, field, requests } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect([...element.querySelectorAll('[part~=shortcut]')].map((node) => node.textContent)).to.deep.equal(['1', '2', '3', '4', '5']);
    await pick(2);
    expect(textOf(field)).to.equal('We a');
    await pressWith('Control', 'KeyZ');
    await pressWith('Control', ' ');
    await waitFor(() => isOpen(element), 'the list reopens');
    const before = requests.length;
    await pick(1);
    expect(textOf(field)).to.equal('We the');
    expect(document.activeElement).to.equal(field);
    await settle(1);
    expect(shownTokens(element)[0]).to.equal('·People');
    await settle();
    expect(requests.length).to.equal(before);
  });

  it('takes the whole ghost phrase with Tab', async () => {
    const { element, field, events } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitForStreamEnd(element, events);
    const ghost = element.ghost;
    expect(ghost).to.match(/^ the People of/);
    await sendKeys({ press: 'Tab' });
    expect(textOf(field)).to.equal(`We${ghost}`);
    expect(document.activeElement).to.equal(field);
  });

  it('lets Tab move focus when a list offers no ghost text and no option was moved to', async () => {
    const { element, field } = await mount(MARKUP.replace('src=', 'ghost-threshold="1.1" src='));
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.not.equal(field);
    expect(textOf(field)).to.equal('We');
  });

  it('leaves the arrows, Home/End and Enter to a textarea while the list is passive (issue 14)', async () => {
    // Wide enough that each line is one visual line: ArrowUp then goes to line 1.
    const { element, field, events } = await mount(MARKUP.replace('<textarea>', '<textarea cols="60">'));
    await sendKeys({ type: 'Dear Sir,' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'The Secretary of the Treasury' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(textOf(field)).to.equal('Dear Sir,\n\nThe Secretary of the Treasury');
    expect((field as HTMLTextAreaElement).selectionStart).to.equal('Dear Sir,\n'.length);
    expect(events.filter((event) => event.type === 'logprob-accept')).to.have.length(0);
  });

  it('shows nothing where the caret moved to while a request was in flight', async () => {
    const { element, requests, events } = await mount(MARKUP.replace('/fake/suggest', '/fake/suggest?delay=300'));
    await sendKeys({ type: 'We the' });
    await waitFor(() => events.some((event) => event.type === 'logprob-loadstart'), 'a request starts');
    const count = requests.length;
    await sendKeys({ press: 'Home' });
    await waitFor(() => events.some((event) => event.type === 'logprob-loadend'), 'the request ends');
    await settle(20);
    expect(isOpen(element)).to.equal(false);
    expect(requests.length).to.equal(count);
  });

  it('leaves the arrows, Home/End and Enter to a contenteditable while the list is passive', async () => {
    const editable = '<div contenteditable="true" style="width: 40em"></div>';
    const { element, field, events } = await mount(MARKUP.replace('<textarea></textarea>', editable));
    const letter = async (waitForList: boolean) => {
      await sendKeys({ type: 'Dear Sir,' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'The Secretary of the Treasury' });
      if (waitForList) await waitFor(() => isOpen(element), 'the list opens');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'Enter' });
    };
    await letter(true);
    const enhanced = field.innerHTML;
    // The same keys in a plain contenteditable, with no element around it.
    const plain = document.createElement('div');
    plain.innerHTML = editable;
    document.body.append(plain);
    (plain.firstElementChild as HTMLElement).focus();
    await letter(false);
    expect(enhanced).to.equal(plain.firstElementChild?.innerHTML);
    expect(enhanced).to.include('The Secretary of the Treasury<');
    expect(events.filter((event) => event.type === 'logprob-accept')).to.have.length(0);
  });

  it('closes a passive list when the caret moves, and Shift+arrows select as usual', async () => {
    const { element, field } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await pressWith('Shift', 'ArrowLeft');
    await settle();
    expect(isOpen(element)).to.equal(false);
    const textarea = field as HTMLTextAreaElement;
    expect([textarea.selectionStart, textarea.selectionEnd]).to.deep.equal([1, 2]);
  });

  it('moves through the list with Down in a single-line input (combobox convention)', async () => {
    const { element, field } = await mount(MARKUP.replace('<textarea></textarea>', '<input>'));
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(textOf(field)).to.equal('We a');
  });

  it('lets Tab move focus when no list is shown (no keyboard trap)', async () => {
    const { field } = await mount(MARKUP);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.not.equal(field);
    expect(document.activeElement?.textContent).to.equal('after');
  });

  it('dismisses with Escape and reopens with Ctrl+Space', async () => {
    const { element, field, events } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'Escape' });
    await settle();
    expect(isOpen(element)).to.equal(false);
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    expect(events.some((event) => event.type === 'logprob-dismiss' && (event.detail as { reason: string }).reason === 'escape')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.not.equal(field);
    field.focus();
    // ' ' rather than 'Space': the key name both puppeteer's CDP and BiDi keyboards know.
    await pressWith('Control', ' ');
    await waitFor(() => isOpen(element), 'the list reopens');
    expect(textOf(field)).to.equal('We');
  });

  it('accepts the next word of the ghost text with Ctrl+Right', async () => {
    const { element, field } = await mount(MARKUP.replace('src=', 'ghost-threshold="0.4" src='));
    await sendKeys({ type: 'We the Peo' });
    await waitFor(() => element.ghost !== '', 'the ghost text shows');
    expect(element.querySelector('[part~=ghost]')?.textContent).to.equal(element.ghost);
    await pressWith('Control', 'ArrowRight');
    expect(textOf(field)).to.equal('We the People');
    await pressWith('Control', 'ArrowRight');
    expect(textOf(field)).to.equal('We the People of');
  });

  it('accepts an option by click and keeps focus in the field', async () => {
    const { element, field } = await mount(MARKUP);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    element.querySelectorAll<HTMLElement>('[role=option]')[2]?.click();
    expect(textOf(field)).to.equal('We an');
    expect(document.activeElement).to.equal(field);
  });

  it('uses configured keys', async () => {
    const { element, field } = await mount(MARKUP);
    element.keys = { ...element.keys, pick: ['Shift+Enter'] };
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await pressWith('Shift', 'Enter');
    expect(textOf(field)).to.equal('We the');
  });
});
