import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { FieldAdapter } from './field-adapter.js';
import { textFieldAdapter } from './text-field-adapter.js';
import { isOpen, mount, settle, shownTokens, waitFor } from '../test/fixture.js';

describe('the hot path', () => {
  it('reads the text before the caret once and measures the caret at most once per typed-through key', async () => {
    const { element, field, requests } = await mount(`<logprob-autocomplete src="/fake/suggest"><textarea></textarea></logprob-autocomplete>`);
    const counts = { text: 0, caret: 0 };
    const adapter = textFieldAdapter(field as HTMLTextAreaElement);
    const counted: FieldAdapter = {
      ...adapter,
      textBeforeCaret: () => { counts.text += 1; return adapter.textBeforeCaret(); },
      caretRect: () => { counts.caret += 1; return adapter.caretRect(); },
    };
    element.adapter = counted;
    await element.updateComplete;
    field.focus();
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element) && element.ghost !== '', 'the list opens');
    await settle();
    const before = { ...counts };
    const sent = requests.length;
    const typed = ' the People';
    for (const key of typed) await sendKeys({ press: key === ' ' ? 'Space' : key });
    await settle();
    expect(shownTokens(element)[0]).to.equal('·of');
    expect(requests.length).to.equal(sent);
    expect(counts.text - before.text).to.equal(typed.length);
    expect(counts.caret - before.caret).to.be.at.most(typed.length);
  });
});
