// Elements that start a new line of text. Decided from the tag, not from layout (`innerText`
// would force a layout on every keystroke).
const BLOCK = /^(?:DIV|P|LI|H\d|BLOCKQUOTE|PRE|[DOU]L|D[DT]|TR|SECTION|ARTICLE|HEADER|FOOTER)$/;

/**
 * The text of `range` inside `root` as the model should read it: text nodes as they are (a
 * no-break space, which browsers store for a typed trailing space, as a space), `<br>` and the
 * start of every block (paragraph, list item, the `<div>` a browser makes for Enter) as `\n`.
 *
 * @example
 * // <div contenteditable>Dear Sir,<div>The|</div></div>
 * blockText(rangeFromStartToCaret, editable); // 'Dear Sir,\nThe'
 */
export function blockText(range: Range, root: Node): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    if (node instanceof Text) {
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      text += node.data.slice(start, end);
    } else if (node instanceof Element && node.tagName === 'BR') {
      if (range.comparePoint(node, 0) === 0) text += '\n';
    } else if (node instanceof Element && BLOCK.test(node.tagName)) {
      // A block that begins inside the range begins a line, unless one just ended.
      if (text !== '' && !text.endsWith('\n') && range.comparePoint(node, 0) === 0) text += '\n';
    }
  }
  return text.replace(/\u00a0/g, ' ');
}
