import { expect } from '@esm-bundle/chai';
import { placeListbox } from './place-listbox.js';

const area = new DOMRect(0, 0, 390, 844);
const list = { width: 200, height: 150 };
const caretAt = (left: number, top: number) => new DOMRect(left, top, 0, 20);

describe('placeListbox', () => {
  it('opens under the caret line when it fits', () => {
    const placement = placeListbox(caretAt(50, 100), list, area);
    expect(placement).to.include({ top: 122, left: 50, above: false });
    expect(placement.maxHeight).to.equal(844 - 4 - 122);
  });

  it('flips above the caret line when there is no room below', () => {
    const placement = placeListbox(caretAt(50, 760), list, area);
    expect(placement.above).to.equal(true);
    expect(placement.top + list.height).to.be.at.most(760);
    expect(placement.top).to.equal(760 - 2 - 150);
  });

  it('cuts the height to the roomier side when it fits on neither, and never covers the line', () => {
    const short = new DOMRect(0, 0, 390, 300);
    const low = placeListbox(caretAt(10, 200), { width: 100, height: 400 }, short);
    expect(low.above).to.equal(true);
    expect(low.top).to.equal(4);
    expect(low.top + Math.min(400, low.maxHeight)).to.be.at.most(200);
    const high = placeListbox(caretAt(10, 60), { width: 100, height: 400 }, short);
    expect(high.above).to.equal(false);
    expect(high.top).to.be.at.least(80);
    expect(high.top + high.maxHeight).to.equal(296);
  });

  it('shifts left to stay inside the right edge and narrows to the area', () => {
    expect(placeListbox(caretAt(380, 100), list, area).left).to.equal(390 - 4 - 200);
    const wide = placeListbox(caretAt(380, 100), { width: 500, height: 100 }, area);
    expect(wide).to.include({ left: 4, maxWidth: 382 });
  });

  it('keeps inside a visual viewport that is scrolled and shortened (zoom, on-screen keyboard)', () => {
    const visual = new DOMRect(100, 300, 195, 200);
    const placement = placeListbox(caretAt(280, 420), list, visual);
    expect(placement).to.include({ left: 104, maxWidth: 187 });
    expect(placement.above).to.equal(true);
    expect(placement.top).to.be.at.least(304);
    expect(placement.top + Math.min(list.height, placement.maxHeight)).to.be.at.most(418);
  });
});
