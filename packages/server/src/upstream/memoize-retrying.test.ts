import { describe, expect, it } from 'vitest';
import { memoizeRetrying } from './memoize-retrying.js';

describe('memoizeRetrying', () => {
  it('loads once for every caller', async () => {
    let loads = 0;
    const get = memoizeRetrying(() => ++loads);
    expect(await Promise.all([get(), get(), get()])).toEqual([1, 1, 1]);
    expect(await get()).toBe(1);
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let loads = 0;
    const get = memoizeRetrying(() => {
      loads++;
      if (loads === 1) throw new Error('not yet');
      return 'model';
    });
    await expect(get()).rejects.toThrow('not yet');
    expect(await get()).toBe('model');
    expect(loads).toBe(2);
  });
});
