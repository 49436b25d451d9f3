import { monacoAdapter } from 'logprob-autocomplete/monaco';
// The editor core with the contributions this field uses, not `monaco-editor` itself: that entry
// registers every language service (TypeScript's worker alone is megabytes).
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/languages/definitions/markdown/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import type { MountEditor } from './editors-section.js';

// Monaco's editor worker (word-based suggestions, diffs), bundled by Vite as a worker chunk.
Object.assign(self, { MonacoEnvironment: { getWorker: () => new EditorWorker() } });

/**
 * A Monaco editor (Markdown, word wrap) with the element's adapter.
 *
 * @example
 * mount(field, element, 'editor-monaco-label');
 */
export const mount: MountEditor = (parent, element, labelId) => {
  const label = document.getElementById(labelId)?.textContent ?? 'Monaco';
  const editor = monaco.editor.create(parent, {
    value: '',
    language: 'markdown',
    ariaLabel: label,
    minimap: { enabled: false },
    wordWrap: 'on',
    lineNumbers: 'off',
    automaticLayout: true,
    scrollBeyondLastLine: false,
  });
  element.adapter = monacoAdapter(editor);
};
