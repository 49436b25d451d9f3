import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { engage, isOpen, mount, pressWith, settle, waitFor } from '../test/fixture.js';

describe('accessibility', () => {
  it('makes a single-line input a WAI-ARIA combobox whose listbox is in the same tree', async () => {
    const { element, field } = await mount(`<logprob-autocomplete src="/fake/suggest"><input aria-label="Subject"></logprob-autocomplete>`);
    expect(field.getAttribute('role')).to.equal('combobox');
    expect(field.getAttribute('aria-autocomplete')).to.equal('list');
    expect(field.getAttribute('aria-expanded')).to.equal('false');
    const listbox = document.getElementById(field.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).to.equal('listbox');
    expect(listbox?.getRootNode()).to.equal(field.getRootNode());
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    expect(field.getAttribute('aria-expanded')).to.equal('true');
    expect(field.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    const active = document.getElementById(field.getAttribute('aria-activedescendant') ?? '');
    expect(active?.getAttribute('role')).to.equal('option');
    expect(document.activeElement).to.equal(field);
  });

  for (const [kind, markup, role] of [
    ['textarea', '<textarea aria-label="Message"></textarea>', null],
    ['contenteditable', '<div contenteditable="true" aria-label="Message"></div>', 'textbox'],
  ] as const) {
    it(`keeps a multi-line ${kind} a textbox that controls the listbox (no combobox, no aria-expanded)`, async () => {
      const { element, field } = await mount(`<logprob-autocomplete src="/fake/suggest">${markup}</logprob-autocomplete>`);
      expect(field.getAttribute('role')).to.equal(role);
      expect(field.getAttribute('aria-autocomplete')).to.equal('list');
      expect(document.getElementById(field.getAttribute('aria-controls') ?? '')?.getAttribute('role')).to.equal('listbox');
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(element), 'the list opens');
      await engage();
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      expect(field.hasAttribute('aria-expanded')).to.equal(false);
      const active = document.getElementById(field.getAttribute('aria-activedescendant') ?? '');
      expect(active?.getAttribute('role')).to.equal('option');
      expect(document.activeElement).to.equal(field);
      element.remove();
      expect(field.hasAttribute('aria-controls')).to.equal(false);
      expect(field.getAttribute('role')).to.equal(null);
    });
  }

  it('speaks a list opened on purpose and its meaningful changes, not one that opened by itself', async () => {
    const { element } = await mount(`<logprob-autocomplete src="/fake/suggest"><textarea aria-label="Message"></textarea></logprob-autocomplete>`);
    const live = element.querySelector('[aria-live=polite]');
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens by itself');
    await settle();
    expect(live?.textContent).to.equal('');
    await engage();
    await settle();
    expect(live?.textContent).to.equal('5 suggestions. Top: the, 50%.');
    // Typing through changes what is offered: spoken again, in the page's words.
    element.strings = { announce: (count, top, percent) => `${count} Vorschläge, zuerst ${top} (${percent})` };
    await sendKeys({ type: ' t' });
    await settle();
    // The model's 50 % for ' the', not 100 % of what is left after typing ' t'.
    expect(live?.textContent).to.equal('1 Vorschläge, zuerst the (50%)');
  });

  it('speaks a list opened with Ctrl+Space, and with announce="always" also one that opened by itself', async () => {
    const { element } = await mount(`<logprob-autocomplete src="/fake/suggest"><textarea aria-label="Message"></textarea></logprob-autocomplete>`);
    const live = element.querySelector('[aria-live=polite]');
    await sendKeys({ type: 'We' });
    await pressWith('Control', 'Space');
    await waitFor(() => isOpen(element), 'the list opens on purpose');
    await settle();
    expect(live?.textContent).to.equal('5 suggestions. Top: the, 50%.');
    await sendKeys({ press: 'Escape' });
    element.setAttribute('announce', 'always');
    await sendKeys({ type: ' ' });
    await waitFor(() => isOpen(element), 'the list opens by itself');
    await settle();
    expect(live?.textContent).to.match(/^\d suggestions?\. Top: /);
    await sendKeys({ press: 'Escape' });
    element.announce = 'off';
    await pressWith('Control', 'Space');
    await waitFor(() => isOpen(element), 'the list opens on purpose');
    await settle();
    expect(live?.textContent).to.equal('');
  });

  it('gives every instance unique ids and restores the field when removed', async () => {
    const { element, field } = await mount(
      `<logprob-autocomplete src="/fake/suggest"><input type="search" role="searchbox"></logprob-autocomplete>` +
        `<logprob-autocomplete src="/fake/suggest"><input></logprob-autocomplete>`,
    );
    const ids = [...document.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(field.getAttribute('role')).to.equal('combobox');
    element.remove();
    expect(field.getAttribute('role')).to.equal('searchbox');
    expect(field.hasAttribute('aria-controls')).to.equal(false);
  });
});
