import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEditor } from 'lexical';
import { lexicalAdapter } from 'logprob-autocomplete/lexical';
import type { MountEditor } from './editors-section.js';

/**
 * A Lexical rich-text editor with history and the element's adapter.
 *
 * @example
 * mount(field, element, 'editor-lexical-label');
 */
export const mount: MountEditor = (parent, element, labelId) => {
  const root = Object.assign(document.createElement('div'), { contentEditable: 'true' });
  root.setAttribute('aria-labelledby', labelId);
  const editor = createEditor({ namespace: 'demo', nodes: [HeadingNode, QuoteNode], onError: (error) => { console.error(error); } });
  // The root is the editor's before it enters the element, so the element never sees it as a
  // plain contenteditable.
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  parent.append(root);
  element.adapter = lexicalAdapter(editor);
};
