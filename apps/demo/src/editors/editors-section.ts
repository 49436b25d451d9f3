import type { LogprobAutocompleteElement } from 'logprob-autocomplete';
import './editors.css';

/** Mounts an editor into `parent` and hands it to `element` through the editor's adapter. */
export type MountEditor = (parent: HTMLElement, element: LogprobAutocompleteElement, labelId: string) => void;

// Each editor's code is a chunk of its own, fetched when its field scrolls into view, so the first
// page carries none of it (Monaco alone is several megabytes).
const EDITORS = [
  { name: 'prosemirror', label: 'ProseMirror', load: () => import('./prosemirror-field.js') },
  { name: 'lexical', label: 'Lexical (rich text)', load: () => import('./lexical-field.js') },
  { name: 'monaco', label: 'Monaco', load: () => import('./monaco-field.js') },
] as const satisfies readonly { name: string; label: string; load: () => Promise<{ mount: MountEditor }> }[];

/**
 * Appends a `<logprob-autocomplete>` per editor (ProseMirror, Lexical, Monaco) to `container` at
 * once, so the page's settings and status apply to them, and loads each editor when its field
 * first becomes visible.
 *
 * @example
 * mountEditorsSection(document.querySelector('section.fields')!);
 */
export function mountEditorsSection(container: HTMLElement): void {
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const field = entry.target as HTMLElement;
      const editor = EDITORS.find((candidate) => candidate.name === field.dataset.editor);
      const element = field.closest('logprob-autocomplete');
      if (!editor || !element) continue;
      void editor.load().then(({ mount }) => {
        mount(field, element, `editor-${editor.name}-label`);
        field.removeAttribute('aria-busy');
      }).catch((error: unknown) => {
        field.textContent = `${editor.label} could not load: ${String(error)}`;
      });
    }
  });
  for (const editor of EDITORS) {
    const label = Object.assign(document.createElement('span'), { className: 'field-label', id: `editor-${editor.name}-label`, textContent: editor.label });
    const element = document.createElement('logprob-autocomplete');
    element.setAttribute('src', '/v1/suggest');
    element.dataset.field = editor.name;
    const field = Object.assign(document.createElement('div'), { className: 'editor-field' });
    field.dataset.editor = editor.name;
    field.setAttribute('aria-busy', 'true');
    element.append(field);
    const status = Object.assign(document.createElement('p'), { className: 'field-status' });
    status.dataset.fieldStatus = editor.name;
    status.dataset.state = 'idle';
    container.append(label, element, status);
    observer.observe(field);
  }
}
