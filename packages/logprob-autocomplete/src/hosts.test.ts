import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { isOpen, mount, settle, shownTokens, textOf, waitFor } from '../test/fixture.js';

const wrap = (field: string) => `<logprob-autocomplete src="/fake/suggest" ghost-threshold="0.4">${field}</logprob-autocomplete>`;

describe('hosts', () => {
  for (const [name, field] of [
    ['textarea', '<textarea style="font: 16px monospace; width: 400px"></textarea>'],
    ['input type=text', '<input type="text" style="font: 16px monospace; width: 400px">'],
    ['input type=search', '<input type="search" style="font: 16px monospace; width: 400px">'],
    ['contenteditable', '<div contenteditable="true" style="font: 16px monospace; width: 400px"></div>'],
  ] as const) {
    it(`suggests at the caret and accepts in a ${name}`, async () => {
      const { element, field: host } = await mount(wrap(field));
      await sendKeys({ type: 'We the Peo' });
      await waitFor(() => isOpen(element), 'the list opens');
      // Inside a word only the rest of it is inserted. (On a loaded machine the debounce may fire
      // mid-word, at "We the P": the option is then "eople", typed through to "ple".)
      expect(['ple', 'eople', 'ople']).to.include(shownTokens(element)[0]);
      expect(element.options[0]?.insert).to.equal('ple');
      await settle();
      const listbox = element.querySelector<HTMLElement>('[part~=listbox]')?.getBoundingClientRect();
      const ghost = element.querySelector<HTMLElement>('[part~=ghost]')?.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      // The list opens under the caret's line, which is in the field, to the right of "We the Peo".
      expect(listbox?.top).to.be.within(box.top, box.bottom + 8);
      expect(listbox?.left).to.be.greaterThan(box.left + 50);
      expect(ghost?.left).to.be.closeTo(listbox?.left ?? 0, 1);
      await sendKeys({ press: 'Tab' });
      expect(textOf(host)).to.equal('We the People');
    });
  }

  it('types through a trailing space in contenteditable (stored as a no-break space)', async () => {
    const { element, field, requests } = await mount(wrap('<div contenteditable="true"></div>'));
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    const before = requests.length;
    await sendKeys({ type: ' ' });
    await settle();
    expect(shownTokens(element)[0]).to.equal('·the');
    expect(element.options[0]?.insert).to.equal('the');
    await sendKeys({ press: 'Tab' });
    expect(textOf(field).replace(/\u00a0/g, ' ')).to.equal('We the');
    expect(requests.length).to.equal(before);
  });

  it('leaves other input types alone', async () => {
    const { field } = await mount(wrap('<input type="email">'));
    expect(field.hasAttribute('role')).to.equal(false);
  });

  it('uses an adapter set as a property', async () => {
    const { element } = await mount(wrap('<textarea></textarea><div id="other" contenteditable="true"></div>'));
    const { contenteditableAdapter } = await import('./contenteditable-adapter.js');
    const other = document.getElementById('other');
    if (!other) throw new Error('missing #other');
    element.adapter = contenteditableAdapter(other);
    await element.updateComplete;
    expect(other.getAttribute('role')).to.equal('combobox');
    expect(element.querySelector('textarea')?.hasAttribute('role')).to.equal(false);
    other.focus();
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await sendKeys({ press: 'Tab' });
    expect(other.textContent).to.equal('We the');
  });
});
