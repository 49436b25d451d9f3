import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTextProblem, replaceInvalidCharacters } from './text-validity.js';

describe('text validity', () => {
  it('accepts typed text, paired surrogates, tabs and line breaks', () => {
    expect(findTextProblem('We the Peo 🙂 東京\tline\r\nnext')).toBeUndefined();
  });

  it('names unpaired surrogates and control characters', () => {
    expect(findTextProblem('a\uD800b')).toMatch(/unpaired UTF-16 surrogate/);
    expect(findTextProblem('\uDC00')).toMatch(/unpaired UTF-16 surrogate/);
    expect(findTextProblem('a\u0000b')).toMatch(/control character/);
    expect(findTextProblem('\u007F')).toMatch(/control character/);
    expect(findTextProblem('\u001B[31m')).toMatch(/control character/);
  });

  it('replaces exactly what it refuses, keeping the length', () => {
    expect(replaceInvalidCharacters('a\u0000b\uD800c🙂\n')).toBe('a b c🙂\n');
    // Any UTF-16 code units (lone and paired surrogates, controls), with the edges made likely.
    // (fast-check's 'binary' unit takes seconds to set up, too slow for a loaded machine.)
    const codeUnit = fc.oneof(
      fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('\u0000', '\b', '\t', '\n', '\v', '\r', '\u001f', '\u007f', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '🙂', 'a'),
    );
    fc.assert(
      fc.property(fc.array(codeUnit, { maxLength: 40 }).map((units) => units.join('')), (text) => {
        const replaced = replaceInvalidCharacters(text);
        expect(replaced.length).toBe(text.length);
        expect(findTextProblem(replaced)).toBeUndefined();
        if (findTextProblem(text) === undefined) expect(replaced).toBe(text);
      }),
    );
  });
});
