import { expect } from '@esm-bundle/chai';
import { AdaptiveDebounce } from './adaptive-debounce.js';
import { commandFor, DEFAULT_KEYMAP, matchesKey } from './keymap.js';
import { nextWord } from './next-word.js';
import { visibleWhitespace } from './visible-whitespace.js';

describe('keymap', () => {
  it('matches modifiers exactly', () => {
    const tab = new KeyboardEvent('keydown', { key: 'Tab' });
    const shiftTab = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true });
    expect(commandFor(tab, DEFAULT_KEYMAP)).to.deep.equal({ command: 'accept', binding: 0 });
    expect(commandFor(shiftTab, DEFAULT_KEYMAP)).to.equal(undefined);
    // By code: Option+3 on a Mac reports '£' as the key.
    expect(commandFor(new KeyboardEvent('keydown', { key: '£', code: 'Digit3', altKey: true }), DEFAULT_KEYMAP)).to.deep.equal({ command: 'pick', binding: 2 });
    expect(matchesKey(new KeyboardEvent('keydown', { key: ' ', ctrlKey: true }), 'Ctrl+Space')).to.equal(true);
    expect(matchesKey(new KeyboardEvent('keydown', { key: '+', ctrlKey: true }), 'Ctrl++')).to.equal(true);
  });
});

describe('nextWord', () => {
  it('takes the leading whitespace and one word', () => {
    expect(nextWord(' People of the', 'en')).to.equal(' People');
    expect(nextWord('ple of', 'en')).to.equal('ple');
    expect(nextWord(', in Order', 'en')).to.equal(', in');
  });
});

describe('visibleWhitespace', () => {
  it('marks spaces, tabs and line breaks', () => {
    expect(visibleWhitespace(' a\tb\n')).to.equal('·a→b↵');
  });
});

describe('AdaptiveDebounce', () => {
  it('waits longer for a slow typist, within one to four times the base', () => {
    const debounce = new AdaptiveDebounce();
    expect(debounce.delay(100)).to.equal(100);
    for (const time of [1000, 1200, 1400, 1600]) debounce.schedule(100, () => undefined, time);
    debounce.cancel();
    expect(debounce.delay(100)).to.equal(300);
    for (const time of [2000, 2900, 3800]) debounce.schedule(100, () => undefined, time);
    debounce.cancel();
    expect(debounce.delay(100)).to.be.at.most(400);
  });

  it('learns from recorded keystrokes only, not from restarts', () => {
    const debounce = new AdaptiveDebounce();
    for (const time of [1000, 1200, 1400, 1600]) debounce.record(time);
    expect(debounce.delay(100)).to.equal(300);
    for (let restart = 0; restart < 5; restart++) debounce.restart(100, () => undefined);
    debounce.cancel();
    expect(debounce.delay(100)).to.equal(300);
  });
});

describe('nextWord in text without spaces', () => {
  it('takes one word of Japanese or Chinese, by Intl.Segmenter', () => {
    expect(nextWord('東京都に住んでいます', 'ja')).to.equal('東京');
    expect(nextWord('我们今天去北京', 'zh')).to.equal('我们');
  });
});
