import { expect } from '@esm-bundle/chai';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { isOpen, mount, settle, waitFor } from '../test/fixture.js';

// Reads Chromium's accessibility tree over the DevTools Protocol (test/accessible-names-plugin.mjs),
// so this file runs in Chromium only (see web-test-runner.firefox.config.mjs).
describe('accessible names', () => {
  it("names each option with its visible words, not the whitespace marks", async () => {
    const { element } = await mount(`<logprob-autocomplete src="/fake/suggest"><textarea aria-label="Message"></textarea></logprob-autocomplete>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    await settle();
    const names = await executeServerCommand<string[], { role: string }>('accessible-names', { role: 'option' });
    expect(names).to.have.length(element.options.length);
    expect(names[0]).to.equal('the, 50%');
    // Every word a sighted user reads on an option (its token and percentage) is in its name.
    const shown = [...element.querySelectorAll('[role=option]')].map((option) =>
      `${option.querySelector('[part~=token]')?.textContent ?? ''} ${option.querySelector('[part~=probability]')?.textContent ?? ''}`);
    shown.forEach((text, index) => {
      for (const word of text.replace(/[·→↵⍽]/g, ' ').split(/\s+/).filter(Boolean)) expect(names[index]).to.include(word);
    });
  });
});
