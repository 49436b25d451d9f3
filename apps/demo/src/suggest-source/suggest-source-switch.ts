import type { LogprobModelProgressDetail } from 'logprob-autocomplete';
import workerUrl from 'logprob-autocomplete/logprob-model-worker.js?url';
import modelUrl from '@logprob-autocomplete/ngram/model.bin?url';
import { initialSource, sourceAttributes, type SuggestSource } from './suggest-source.js';

const STORAGE_KEY = 'logprob-autocomplete-demo-source';

// Whether the demo's API is here: a static host answers /healthz with a 404 or with its
// index.html, neither of which is the server's JSON.
async function serverAnswers(): Promise<boolean> {
  try {
    const response = await fetch('/healthz');
    return response.ok && (response.headers.get('content-type') ?? '').includes('application/json');
  } catch {
    return false;
  }
}

/**
 * Whether the text must stay in the page: the confidence view, which scores text on the server,
 * asks this before each request.
 *
 * @example
 * if (!textStaysInPage()) void confidence.show(text);
 */
export function textStaysInPage(): boolean {
  return document.querySelector<HTMLInputElement>('input[name="suggestSource"][value="page"]')?.checked ?? false;
}

function apply(elements: Iterable<HTMLElement>, source: SuggestSource): void {
  const status = document.querySelector<HTMLElement>('[data-confidence-status]');
  if (status) status.textContent = source === 'page' ? 'Scoring asks the server, so it is off while suggestions run in this page.' : 'Type in a field to score its text.';
  for (const element of elements) {
    for (const [name, value] of Object.entries(sourceAttributes(source, { model: modelUrl, worker: workerUrl }))) {
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    }
  }
}

/**
 * Adds the "Suggestions: on the server / in this page" switch to the settings form and points
 * every `<logprob-autocomplete>` at the chosen source. With no API (a static host), the page
 * model is chosen and the server option is disabled.
 *
 * @example
 * await mountSuggestSourceSwitch(form, document.querySelectorAll('logprob-autocomplete'));
 */
export async function mountSuggestSourceSwitch(form: HTMLFormElement, elements: Iterable<HTMLElement>): Promise<SuggestSource> {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'suggest-source';
  fieldset.innerHTML = `<legend>Suggestions</legend>
    <label><input type="radio" name="suggestSource" value="server" /> on the server</label>
    <label><input type="radio" name="suggestSource" value="page" /> in this page <small>(a Web Worker; no text leaves the page)</small></label>
    <progress hidden data-model-progress aria-label="Loading suggestions"></progress>`;
  form.querySelector('h2')?.after(fieldset);
  const list = [...elements];
  const answers = await serverAnswers();
  const radio = (value: SuggestSource) => fieldset.querySelector<HTMLInputElement>(`input[value="${value}"]`);
  const server = radio('server');
  if (server && !answers) {
    server.disabled = true;
    server.parentElement?.append(' (no API here)');
  }
  const source = initialSource({ query: new URLSearchParams(location.search).get('source'), saved: localStorage.getItem(STORAGE_KEY), serverAnswers: answers });
  const chosen = radio(source);
  if (chosen) chosen.checked = true;
  apply(list, source);
  fieldset.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    if (value !== 'server' && value !== 'page') return;
    localStorage.setItem(STORAGE_KEY, value);
    apply(list, value);
  });
  // The element shows its own bar under each field; this one says it once for the page.
  const progress = fieldset.querySelector<HTMLProgressElement>('[data-model-progress]');
  document.addEventListener('logprob-model-progress', (event) => {
    if (!progress) return;
    // Typed on elements (HTMLElementEventMap); it bubbles here unchanged.
    const { loaded, total } = (event as CustomEvent<LogprobModelProgressDetail>).detail;
    progress.hidden = total > 0 && loaded >= total;
    progress.max = total || 1;
    progress.value = loaded;
  });
  return source;
}
