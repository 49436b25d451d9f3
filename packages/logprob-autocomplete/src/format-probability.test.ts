import { expect } from '@esm-bundle/chai';
import { formatProbability } from './format-probability.js';

describe('formatProbability', () => {
  it('rounds the same way everywhere and never shows 0% or 100% for what is neither', () => {
    expect(formatProbability(0.4213, 'en')).to.equal('42%');
    expect(formatProbability(0.0421, 'en')).to.equal('4.2%');
    expect(formatProbability(0.0996, 'en')).to.equal('10%');
    expect(formatProbability(0.00002, 'en')).to.equal('<0.1%');
    expect(formatProbability(0.0004, 'en')).to.equal('<0.1%');
    expect(formatProbability(0.9971, 'en')).to.equal('>99%');
    expect(formatProbability(1, 'en')).to.equal('100%');
    // German puts a no-break space before the sign.
    expect(formatProbability(0.042, 'de')).to.equal('4,2\u00a0%');
  });
});
