import { expect } from '@esm-bundle/chai';
import { blockText } from './block-text.js';

function textAroundMarker(html: string): [string, string] {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  const marker = root.querySelector('i');
  if (!marker) throw new Error('no <i> marker');
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEndBefore(marker);
  const after = document.createRange();
  after.selectNodeContents(root);
  after.setStartAfter(marker);
  marker.remove();
  return [blockText(before, root), blockText(after, root)];
}

describe('blockText', () => {
  it('sends block boundaries and <br> as line breaks, markup never', () => {
    expect(textAroundMarker('Dear Sir,<div>The <b>Secretary</b><i></i> of</div><div>the</div>')).to.deep.equal(['Dear Sir,\nThe Secretary', ' of\nthe']);
    expect(textAroundMarker('<p>One</p><p><br></p><p>Two<i></i></p>')).to.deep.equal(['One\n\nTwo', '']);
    expect(textAroundMarker('a<br>b\u00a0<i></i>')).to.deep.equal(['a\nb ', '']);
  });
});
