import { describe, expect, it } from 'vitest';
import { codePointLength } from './text-offset.js';

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('We the')).toBe(6);
    expect(codePointLength('我们')).toBe(2);
    expect(codePointLength('🙂🚀')).toBe(2);
    expect(codePointLength('a🙂b')).toBe(3);
  });

  it('agrees with the string iterator on mixed scripts', () => {
    const text = 'नमस्ते 👩‍💻 café 𝔘𝔫𝔦𝔠𝔬𝔡𝔢';
    expect(codePointLength(text)).toBe(Array.from(text).length);
  });
});
