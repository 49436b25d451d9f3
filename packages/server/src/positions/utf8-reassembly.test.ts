import { describe, expect, it } from 'vitest';
import type { UpstreamPosition } from './upstream-position.js';
import { Utf8Reassembly } from './utf8-reassembly.js';

const bytesOf = (text: string) => Array.from(new TextEncoder().encode(text));
const position = (bytes: number[], logprob: number, alternatives: { bytes: number[]; logprob: number }[] = []): UpstreamPosition => ({ bytes, logprob, alternatives });

describe('Utf8Reassembly', () => {
  it('passes whole characters through, dropping alternatives that are pieces', () => {
    const reassembly = new Utf8Reassembly();
    const [out] = reassembly.push(position(bytesOf(' a'), -0.1, [{ bytes: bytesOf(' a'), logprob: -0.1 }, { bytes: [0xe6], logprob: -2 }]));
    expect(out?.token).toBe(' a');
    expect(out?.alternatives.map((alternative) => alternative.token)).toEqual([' a']);
  });

  it('merges pieces of one character, adding logprobs and keeping whole alternatives', () => {
    const east = bytesOf('東');
    const reassembly = new Utf8Reassembly();
    expect(reassembly.push(position(east.slice(0, 1), -0.5, [{ bytes: bytesOf('x'), logprob: -1 }]))).toEqual([]);
    expect(reassembly.push(position(east.slice(1, 2), -0.25))).toEqual([]);
    const [out] = reassembly.push(position([...east.slice(2), ...bytesOf('!')], -0.25));
    expect(out).toEqual({ token: '東!', bytes: [...east, 33], logprob: -1, alternatives: [{ token: 'x', bytes: [120], logprob: -1 }] });
  });

  it('keeps an unknown logprob unknown through a merge', () => {
    const east = bytesOf('東');
    const reassembly = new Utf8Reassembly();
    reassembly.push({ bytes: east.slice(0, 2), logprob: undefined, alternatives: [] });
    expect(reassembly.push(position(east.slice(2), -0.1))[0]?.logprob).toBeUndefined();
  });

  it('drops a character that never completes instead of showing a piece', () => {
    const reassembly = new Utf8Reassembly();
    reassembly.push(position([0xe6, 0x9d], -0.1));
    expect(reassembly.finish()).toEqual([]);
  });
});
