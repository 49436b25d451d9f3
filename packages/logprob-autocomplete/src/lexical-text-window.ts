import { $getSelection, $isElementNode, $isRangeSelection, $isRootOrShadowRoot, type LexicalNode } from 'lexical';

// Block boundaries are line breaks, as FieldAdapter specifies for every field (Lexical's own
// `getTextContent()` puts a blank line between paragraphs).
const BLOCK_SEPARATOR = '\n';

const isBlock = (node: LexicalNode): boolean => $isElementNode(node) && !node.isInline();

// Up to `budget` characters of `node`'s text from its end (`backward`) or start, read child by child
// so that a long block costs no more than the part of it that is kept.
function $edgeText(node: LexicalNode, budget: number, backward: boolean): string {
  if (!$isElementNode(node)) {
    const text = node.getTextContent();
    return backward ? text.slice(Math.max(0, text.length - budget)) : text.slice(0, budget);
  }
  let text = '';
  let child = backward ? node.getLastChild() : node.getFirstChild();
  while (child && text.length < budget) {
    const next: LexicalNode | null = backward ? child.getPreviousSibling() : child.getNextSibling();
    const part = $edgeText(child, budget - text.length, backward);
    const separator = next && (isBlock(child) || isBlock(next)) ? BLOCK_SEPARATOR : '';
    text = backward ? separator + part + text : text + part + separator;
    child = next;
  }
  return text;
}

/**
 * Reads the text on one side of a collapsed caret, walking siblings and parents outwards from the
 * caret; `null` when the selection is not a collapsed range. Backward, the caret's top-level block
 * is read whole and at most `limit` characters before it, so the start stays put while the user
 * types (type-through compares against the text the suggestions were made for). Call inside
 * `editorState.read()`.
 *
 * @example
 * const before = editor.getEditorState().read(() => $textBesideCaret(32_000, true));
 */
export function $textBesideCaret(limit: number, backward: boolean): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const { anchor } = selection;
  let text = '';
  let node: LexicalNode;
  if (anchor.type === 'text') {
    node = anchor.getNode();
    const content = node.getTextContent();
    text = backward ? content.slice(0, anchor.offset) : content.slice(anchor.offset);
  } else {
    // An element point: the caret sits between children `offset - 1` and `offset`.
    const element = anchor.getNode();
    const beside = element.getChildAtIndex(backward ? anchor.offset - 1 : anchor.offset);
    node = beside ?? element;
    if (beside) text = $edgeText(beside, limit, backward);
  }
  // Characters read outside the caret's top-level block, which is what `limit` bounds.
  let outside = backward ? -1 : 0;
  while (outside < limit) {
    const next: LexicalNode | null = backward ? node.getPreviousSibling() : node.getNextSibling();
    if (!next) {
      const parent = node.getParent();
      if (!parent || $isRootOrShadowRoot(parent)) break;
      node = parent;
      continue;
    }
    if (outside < 0 && $isRootOrShadowRoot(node.getParentOrThrow())) outside = 0;
    const budget = outside < 0 ? Number.POSITIVE_INFINITY : limit - outside;
    const separator = isBlock(node) || isBlock(next) ? BLOCK_SEPARATOR : '';
    const part = $edgeText(next, budget, backward);
    text = backward ? part + separator + text : text + separator + part;
    if (outside >= 0) outside += part.length + separator.length;
    node = next;
  }
  return text;
}
