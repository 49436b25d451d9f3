import { describe, expect, it } from 'vitest';
import { countCharacters, countsAsKey, keystrokeSavings } from './keystroke-savings.js';

describe('keystrokeSavings', () => {
  it('counts each accepted character as a key saved, minus the key that accepted', () => {
    expect(keystrokeSavings({ keysPressed: 10, acceptedCharacters: 8, keyboardAccepts: 2 })).toEqual({ keysWithout: 16, saved: 6, share: 0.375 });
  });

  it('reads zero before anything happened, and a pointer accept costs no key', () => {
    expect(keystrokeSavings({ keysPressed: 0, acceptedCharacters: 0, keyboardAccepts: 0 })).toEqual({ keysWithout: 0, saved: 0, share: 0 });
    expect(keystrokeSavings({ keysPressed: 4, acceptedCharacters: 6, keyboardAccepts: 0 }).saved).toBe(6);
  });

  it('saves nothing when Tab accepts a single character', () => {
    expect(keystrokeSavings({ keysPressed: 3, acceptedCharacters: 1, keyboardAccepts: 1 }).saved).toBe(0);
  });
});

describe('countCharacters', () => {
  it('counts graphemes in any script', () => {
    expect(countCharacters(' People')).toBe(7);
    expect(countCharacters('नमस्ते')).toBe(3);
    expect(countCharacters('👍🏽👩‍👩‍👧')).toBe(2);
    expect(countCharacters('吾輩は猫')).toBe(4);
  });
});

describe('countsAsKey', () => {
  it('leaves out bare modifiers', () => {
    expect(countsAsKey({ key: 'a' })).toBe(true);
    expect(countsAsKey({ key: 'Tab' })).toBe(true);
    expect(countsAsKey({ key: 'Shift' })).toBe(false);
    expect(countsAsKey({ key: 'Control' })).toBe(false);
  });
});
