import { expect } from '@esm-bundle/chai';
import { keyAction, type KeyContext } from './key-commands.js';
import { DEFAULT_KEYMAP } from './keymap.js';

const key = (key: string, init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key, ...init });
const passive: KeyContext = { count: 5, engaged: false, active: -1, ghost: false, singleLine: false };
const act = (event: KeyboardEvent, context: Partial<KeyContext> = {}) => keyAction(event, DEFAULT_KEYMAP, { ...passive, ...context });

describe('keyAction: the keyboard model', () => {
  it('leaves the keys of a multi-line field to it while the list is passive', () => {
    for (const name of ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', 'Enter']) expect(act(key(name)), name).to.equal(undefined);
    expect(act(key('ArrowDown', { shiftKey: true }))).to.equal(undefined);
    expect(act(key('Tab'))).to.equal(undefined);
  });

  it('moves through an engaged list, and through any list in a single-line input', () => {
    expect(act(key('ArrowDown'), { engaged: true })).to.deep.equal({ kind: 'move', by: 1 });
    expect(act(key('ArrowUp'), { singleLine: true })).to.deep.equal({ kind: 'move', by: -1 });
    expect(act(key('ArrowDown'), { singleLine: true, count: 0 })).to.equal(undefined);
  });

  it('accepts with Tab only what is offered inline or moved to, with Enter only what was moved to', () => {
    expect(act(key('Tab'), { ghost: true })).to.deep.equal({ kind: 'acceptGhost' });
    expect(act(key('Tab'), { engaged: true, active: 2, ghost: true })).to.deep.equal({ kind: 'acceptOption', index: 2 });
    expect(act(key('Enter'), { engaged: true })).to.equal(undefined);
    expect(act(key('Enter'), { engaged: true, active: 1 })).to.deep.equal({ kind: 'acceptOption', index: 1 });
  });

  it('takes option N with Alt+N when there is one, and engages with Alt+Down', () => {
    expect(act(key('3', { code: 'Digit3', altKey: true }))).to.deep.equal({ kind: 'acceptOption', index: 2 });
    expect(act(key('6', { code: 'Digit6', altKey: true }))).to.equal(undefined);
    expect(act(key('ArrowDown', { altKey: true }))).to.deep.equal({ kind: 'engage' });
    expect(act(key('ArrowDown', { altKey: true }), { count: 0 })).to.equal(undefined);
    expect(act(key(' ', { ctrlKey: true }), { count: 0 })).to.deep.equal({ kind: 'open' });
  });

  it('dismisses with Escape only what is shown', () => {
    expect(act(key('Escape'))).to.deep.equal({ kind: 'dismiss' });
    expect(act(key('Escape'), { count: 0 })).to.equal(undefined);
  });
});
