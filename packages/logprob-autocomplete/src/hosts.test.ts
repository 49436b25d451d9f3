import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { isOpen, mount, pick, settle, shownTokens, textOf, waitFor, waitForStreamEnd } from '../test/fixture.js';

const wrap = (field: string) => `<logprob-autocomplete src="/fake/suggest" ghost-threshold="0.4">${field}</logprob-autocomplete>`;

describe('hosts', () => {
  for (const [name, field] of [
    ['textarea', '<textarea style="font: 16px monospace; width: 400px"></textarea>'],
    ['input type=text', '<input type="text" style="font: 16px monospace; width: 400px">'],
    ['input type=search', '<input type="search" style="font: 16px monospace; width: 400px">'],
    ['contenteditable', '<div contenteditable="true" style="font: 16px monospace; width: 400px"></div>'],
  ] as const) {
    it(`suggests at the caret and accepts in a ${name}`, async () => {
      const { element, field: host, events } = await mount(wrap(field));
      await sendKeys({ type: 'We the Peo' });
      await waitForStreamEnd(element, events);
      // Inside a word only the rest of it is inserted. The option shows the whole token, which
      // depends on where the debounce fired on a loaded machine ("·People" from "We the", "ple"
      // from "We the Peo"): both end in what is inserted.
      expect(shownTokens(element)[0]).to.match(/ple$/);
      expect(element.options[0]?.insert).to.equal('ple');
      const ghostText = element.ghost;
      expect(ghostText).to.match(/^ple of/);
      await settle();
      const listbox = element.querySelector<HTMLElement>('[part~=listbox]')?.getBoundingClientRect();
      const ghost = element.querySelector<HTMLElement>('[part~=ghost]')?.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      // The list opens under the caret's line, which is in the field, to the right of "We the Peo".
      expect(listbox?.top).to.be.within(box.top, box.bottom + 8);
      expect(listbox?.left).to.be.greaterThan(box.left + 50);
      expect(ghost?.left).to.be.closeTo(listbox?.left ?? 0, 1);
      // Tab takes the whole ghost phrase, as shown.
      await sendKeys({ press: 'Tab' });
      expect(textOf(host)).to.equal(`We the Peo${ghostText}`);
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
    await pick(1);
    expect(textOf(field).replace(/\u00a0/g, ' ')).to.equal('We the');
    expect(requests.length).to.equal(before);
  });

  it('sends contenteditable blocks to the model as lines', async () => {
    const { requests } = await mount(wrap('<div contenteditable="true"></div>'));
    await sendKeys({ type: 'Dear Sir,' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'The' });
    const texts = () => requests.map((request) => (JSON.parse(request) as { text: string }).text);
    // Where the debounce fires depends on the machine's load; any request after the Enter shows it.
    await waitFor(() => texts().some((text) => text.startsWith('Dear Sir,\nT')), 'a request with both lines');
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
    await pick(1);
    expect(other.textContent).to.equal('We the');
  });
});
