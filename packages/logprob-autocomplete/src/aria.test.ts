import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { engage, isOpen, mount, settle, waitFor } from '../test/fixture.js';

describe('accessibility', () => {
  it('wires the field as a WAI-ARIA combobox whose listbox is in the same tree', async () => {
    const { element, field } = await mount(`<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete>`);
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
    await engage();
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    const active = document.getElementById(field.getAttribute('aria-activedescendant') ?? '');
    expect(active?.getAttribute('role')).to.equal('option');
    expect(active?.getAttribute('aria-label')).to.equal('the, 50%');
    expect(document.activeElement).to.equal(field);
  });

  it('announces the count and the top option politely, in localisable words', async () => {
    const { element } = await mount(`<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete>`);
    const live = element.querySelector('[aria-live=polite]');
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await settle();
    expect(live?.textContent).to.equal('5 suggestions. Top: the, 50%.');
    element.strings = { announce: (count, top, percent) => `${count} Vorschläge, zuerst ${top} (${percent})` };
    await sendKeys({ type: ' t' });
    await settle();
    // The model's 50 % for ' the', not 100 % of what is left after typing ' t'.
    expect(live?.textContent).to.equal('1 Vorschläge, zuerst the (50%)');
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
