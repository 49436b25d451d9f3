import { expect } from '@esm-bundle/chai';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { contrastRatio, systemColor } from '../test/contrast.js';
import { engage, isOpen, mount, settle, waitFor } from '../test/fixture.js';

const AA = 4.5;

describe('default colours', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`meet WCAG AA (${AA}:1) for options, the active option and the ghost text, ${scheme}`, async () => {
      // A page that supports both schemes; the system colours follow the user's preference.
      document.documentElement.style.colorScheme = 'light dark';
      await emulateMedia({ colorScheme: scheme });
      const { element, field } = await mount(`<logprob-autocomplete src="/fake/suggest" ghost-threshold="0.4"><textarea aria-label="Message"></textarea></logprob-autocomplete>`);
      await sendKeys({ type: 'We' });
      await waitFor(() => isOpen(element), 'the list opens');
      await engage();
      await sendKeys({ press: 'ArrowDown' });
      await settle();
      const listbox = element.querySelector<HTMLElement>('[part~=listbox]');
      const active = element.querySelector<HTMLElement>('[role=option][aria-selected=true]');
      const other = element.querySelector<HTMLElement>('[role=option][aria-selected=false]');
      const ghost = element.querySelector<HTMLElement>('[part~=ghost]');
      if (!listbox || !active || !other || !ghost) throw new Error('the list, an active and an inactive option and the ghost should all be shown');
      const canvas = systemColor('Canvas');
      // The scheme took effect: a dark canvas is dark.
      expect(contrastRatio(canvas, 'rgb(0, 0, 0)') < contrastRatio(canvas, 'rgb(255, 255, 255)')).to.equal(scheme === 'dark');
      const ratios = {
        active: contrastRatio(getComputedStyle(active).color, getComputedStyle(active).backgroundColor),
        option: contrastRatio(getComputedStyle(other).color, getComputedStyle(listbox).backgroundColor),
        // Over the field it completes: a textarea's background is the Field system colour.
        ghost: contrastRatio(getComputedStyle(ghost).color, getComputedStyle(field).backgroundColor),
      };
      for (const [part, ratio] of Object.entries(ratios)) expect(ratio, `${part} ${ratio.toFixed(2)}:1`).to.be.at.least(AA);
    });
  }
});
