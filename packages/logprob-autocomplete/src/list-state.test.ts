import { expect } from '@esm-bundle/chai';
import { CLOSED_LIST, closedList, engagedList, shownList, type OptionsView } from './list-state.js';

const view = (...tokens: string[]): OptionsView => ({
  kind: 'options',
  position: 0,
  typed: '',
  ghost: '',
  options: tokens.map((token) => ({ token, insert: token, probability: 0.1, logprob: Math.log(0.1) })),
});

describe('list state', () => {
  it('opens passive, engages on purpose, and keeps the option moved to while the list changes', () => {
    const passive = shownList(CLOSED_LIST, view(' a', ' b', ' c'));
    expect([passive.engaged, passive.active]).to.deep.equal([false, -1]);
    const moved = engagedList(engagedList(passive, 1), 1);
    expect([moved.engaged, moved.active, moved.activeToken]).to.deep.equal([true, 1, ' b']);
    const narrowed = shownList(moved, view(' b', ' c'));
    expect([narrowed.active, narrowed.activeToken]).to.deep.equal([0, ' b']);
    expect(shownList(moved, view(' c')).active).to.equal(-1);
  });

  it('forgets the engagement when closed, unless it only waits for the stream', () => {
    const engaged = engagedList(shownList(CLOSED_LIST, view(' a')));
    expect(closedList(engaged)).to.deep.equal(CLOSED_LIST);
    expect(closedList(engaged, true).engaged).to.equal(true);
  });
});
