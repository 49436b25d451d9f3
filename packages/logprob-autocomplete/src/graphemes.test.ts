import { expect } from '@esm-bundle/chai';
import { fitsContext } from './fits-context.js';
import { isWholeGraphemes, wholeGraphemePrefix } from './graphemes.js';

describe('grapheme clusters', () => {
  it('tells whole clusters from pieces', () => {
    expect(isWholeGraphemes(' the', ' People')).to.equal(true);
    expect(isWholeGraphemes('नमस्ते')).to.equal(true);
    expect(isWholeGraphemes('क्', 'ष')).to.equal(false);
    expect(isWholeGraphemes('\u0301')).to.equal(false);
    expect(isWholeGraphemes('👩\u200d')).to.equal(false);
    expect(isWholeGraphemes('👍', '\u{1f3fd}')).to.equal(false);
    expect(isWholeGraphemes('ab\ufffd')).to.equal(false);
    expect(isWholeGraphemes('\ud83d')).to.equal(false);
  });

  it('cuts ghost text back to the last whole cluster', () => {
    expect(wholeGraphemePrefix(' 👩\u200d', '💻')).to.equal(' ');
    expect(wholeGraphemePrefix(' नम', '्ते')).to.equal(' न');
    expect(wholeGraphemePrefix(' the People', ' of')).to.equal(' the People');
  });
});

describe('fitsContext', () => {
  it('keeps unrequested options out of words, scripts and spacing they do not fit', () => {
    expect(fitsContext('We the', '', ' People')).to.equal(true);
    expect(fitsContext('We the', ' and more', ' People')).to.equal(true);
    expect(fitsContext('whe', 'ite', 'n')).to.equal(false);
    expect(fitsContext('こんにちは', '', ' ve')).to.equal(false);
    expect(fitsContext('こんにちは', '', '世界')).to.equal(true);
    expect(fitsContext('Привет', '', ' world')).to.equal(false);
    expect(fitsContext('Hi', '', ' 😀')).to.equal(true);
  });
});
