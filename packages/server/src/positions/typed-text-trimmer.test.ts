import { describe, expect, it } from 'vitest';
import type { TextPosition } from './text-position.js';
import { TypedTextTrimmer, partialWord } from './typed-text-trimmer.js';

const bytesOf = (text: string) => Array.from(new TextEncoder().encode(text));
const at = (token: string, ...alternatives: string[]): TextPosition => ({
  token, bytes: bytesOf(token), logprob: -0.1,
  alternatives: [token, ...alternatives].map((text, rank) => ({ token: text, bytes: bytesOf(text), logprob: -0.1 - rank })),
});
const run = (text: string, mode: 'chat' | 'completions', positions: TextPosition[]) => {
  const trimmer = new TypedTextTrimmer(text, { stripEcho: mode === 'chat' });
  return [...positions.flatMap((position) => trimmer.push(position)), ...trimmer.finish()];
};
const tokens = (positions: TextPosition[]) => positions.map((position) => position.token);

describe('TypedTextTrimmer', () => {
  it('finds the partial word at the caret', () => {
    expect(partialWord('We the Peo')).toBe('Peo');
    expect(partialWord('We the ')).toBe('');
    expect(partialWord("don'")).toBe("don'");
  });

  it('strips an echoed partial word in chat mode, even across tokens, and trims alternatives alike', () => {
    const out = run('We the Peo', 'chat', [at('Pe', 'Po'), at('ople', 'ople,'), at(' of')]);
    expect(tokens(out)).toEqual(['ple', ' of']);
    expect(out[0]?.alternatives.map((alternative) => alternative.token)).toEqual(['ple', 'ple,']);
    expect(out[0]?.bytes).toEqual(bytesOf('ple'));
  });

  it('strips an echo of the last words, and keeps the space the continuation needs', () => {
    expect(tokens(run('We the', 'chat', [at('the'), at(' people')]))).toEqual([' people']);
    expect(tokens(run('I said: We the', 'chat', [at('We'), at(' the'), at(' people')]))).toEqual([' people']);
  });

  it('keeps output that does not repeat the text, and cuts a restated word to its missing part', () => {
    expect(tokens(run('We the Peo', 'chat', [at('ple')]))).toEqual(['ple']);
    expect(tokens(run('We the', 'chat', [at(' people')]))).toEqual([' people']);
    // A chat reply "then" after "We the" restates the word at the caret: the caret gets "n".
    expect(tokens(run('We the', 'chat', [at('then'), at(' go')]))).toEqual(['n', ' go']);
  });

  it('drops a leading space when the text already ends with one, including alternatives', () => {
    const out = run('We the ', 'completions', [at(' ', '  '), at(' people', 'nation'), at(' of')]);
    expect(tokens(out)).toEqual(['people', ' of']);
    expect(out[0]?.alternatives.map((alternative) => alternative.token)).toEqual(['people', 'nation']);
    expect(tokens(run('', 'chat', [at(' Hello')]))).toEqual(['Hello']);
  });

  it('never echoes in completions mode', () => {
    expect(tokens(run('We the', 'completions', [at('the'), at(' people')]))).toEqual(['the', ' people']);
  });

  it('drops output that was only an echo', () => {
    expect(run('We the Peo', 'chat', [at('Peo')])).toEqual([]);
  });
});
