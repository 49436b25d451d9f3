import type { EditorView } from '@codemirror/view';
import { LogprobAutocompleteElement } from 'logprob-autocomplete/define';
import { codeMirrorAdapter } from 'logprob-autocomplete/codemirror';
import { createCodeEditor } from './code-editor.js';
import { mountEditorsSection } from './editors/editors-section.js';
import { ConfidenceView } from './confidence/confidence-view.js';
import { DEFAULT_SETTINGS, readSettings, settingsToAttributes, type DemoSettings } from './demo-settings.js';
import { fieldText } from './field-text.js';
import { watchFieldStatus } from './field-status.js';
import { KeystrokeMeter } from './keystrokes/keystroke-meter.js';
import { renderSampleButtons } from './samples/sample-buttons.js';
import { mountSuggestSourceSwitch, textStaysInPage } from './suggest-source/suggest-source-switch.js';
import { TokenStreamPanel } from './token-stream/token-stream-panel.js';

function required<T extends HTMLElement>(selector: string, type: new () => T): T {
  const element = document.querySelector(selector);
  if (!(element instanceof type)) throw new Error(`The page has no ${selector} (${type.name})`);
  return element;
}

const form = required('#settings', HTMLFormElement);
const panel = new TokenStreamPanel(required('#token-stream', HTMLElement));
const confidence = new ConfidenceView(required('#confidence', HTMLElement));
const SETTINGS_KEY = 'logprob-autocomplete-demo-settings';

function currentSettings(): DemoSettings {
  const data = new FormData(form);
  const value = (name: string): string => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry : '';
  };
  return readSettings({ model: value('model'), topLogprobs: value('topLogprobs'), maxTokens: value('maxTokens'), ghostThreshold: value('ghostThreshold') });
}

function applySettings(settings: DemoSettings): void {
  for (const element of document.querySelectorAll('logprob-autocomplete')) {
    for (const [name, value] of Object.entries(settingsToAttributes(settings))) {
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    }
  }
  required('#ghost-threshold-value', HTMLOutputElement).value = `${Math.round(settings.ghostThreshold * 100)}%`;
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

function restoreSettings(): void {
  let saved: Partial<DemoSettings> = {};
  try {
    saved = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<DemoSettings>;
  } catch {
    // A corrupt entry only loses the saved settings.
  }
  const settings = { ...DEFAULT_SETTINGS, ...saved };
  for (const [name, value] of Object.entries(settings)) {
    const control = form.elements.namedItem(name);
    if (control instanceof HTMLInputElement) control.value = String(value);
  }
  applySettings(currentSettings());
}

// The panels follow whichever field was typed in last. The token panel mirrors that field's
// element (its events carry the streamed tokens, so it needs no request of its own); the
// confidence view scores the text a moment after typing pauses.
let timer: ReturnType<typeof setTimeout> | undefined;
function follow(element: HTMLElement | null, read: () => { text: string; full: string }): void {
  panel.follow(element);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const { text, full } = read();
    if (text.trim() === '') panel.idle();
    if (!textStaysInPage()) void confidence.show(full);
  }, 350);
}

// ProseMirror, Lexical and Monaco under the other fields, each loaded when scrolled to.
mountEditorsSection(required('section.fields', HTMLElement));

// Every field gets the same wiring: its element feeds the token panel, and the line under it
// shows a quiet failure state and a keystrokes-saved meter. A new field needs only its
// <logprob-autocomplete data-field="name"> and the two lines (data-field-status, data-keystrokes).
for (const element of document.querySelectorAll<HTMLElement>('logprob-autocomplete[data-field]')) {
  const name = element.dataset.field ?? '';
  panel.watch(element);
  const status = document.querySelector<HTMLElement>(`[data-field-status="${name}"]`);
  if (status) watchFieldStatus(element, status);
  const meter = document.querySelector<HTMLElement>(`[data-keystrokes="${name}"]`);
  if (meter) new KeystrokeMeter(element, meter);
}

for (const field of document.querySelectorAll<HTMLElement>('[data-demo-field]')) {
  // Text in an IME composition is not text yet; the element ignores it too.
  field.addEventListener('input', (event) => {
    if (!(event instanceof InputEvent && event.isComposing)) follow(field.closest('logprob-autocomplete'), () => fieldText(field));
  });
}

renderSampleButtons(required('[data-samples]', HTMLElement), required('#plain-field', HTMLTextAreaElement), required('[data-sample-note]', HTMLElement));

const codeElement = required('logprob-autocomplete[data-field="codemirror"]', LogprobAutocompleteElement);
const codeText = (view: EditorView) => {
  const { doc, selection } = view.state;
  const caret = selection.main.head;
  return { text: doc.sliceString(0, caret), after: doc.sliceString(caret), full: doc.toString() };
};
const codeView = createCodeEditor({
  onChange: (view) => { if (view.hasFocus && !view.composing) follow(codeElement, () => codeText(view)); },
});
codeElement.adapter = codeMirrorAdapter(codeView);
required('#code-field', HTMLElement).append(codeView.dom);

form.addEventListener('input', () => { applySettings(currentSettings()); });
form.addEventListener('submit', (event) => { event.preventDefault(); });
restoreSettings();
void mountSuggestSourceSwitch(form, document.querySelectorAll<HTMLElement>('logprob-autocomplete'));

// The header says which model answers; the server reports its provider on /healthz.
const PROVIDER_LABELS: Record<string, string> = {
  embedded: 'the embedded n-gram model (in process, no network)',
  openai: 'OpenAI',
  'openai-compatible': 'an OpenAI-compatible server',
};
void fetch('/healthz')
  .then((response): Promise<Record<string, unknown>> | Record<string, unknown> =>
    response.ok ? (response.json() as Promise<Record<string, unknown>>) : {},
  )
  .then((health) => {
    const provider = typeof health.provider === 'string' ? health.provider : 'unknown';
    required('#provider', HTMLElement).textContent = PROVIDER_LABELS[provider] ?? provider;
  })
  .catch(() => { required('#provider', HTMLElement).textContent = 'server unreachable'; });

// Model suggestions for the settings field: what the embedded OpenAI-compatible API lists. A
// server configured for OpenAI accepts its configured model (leave the field empty for it).
void fetch('/openai/v1/models')
  .then((response): Promise<unknown> | undefined => (response.ok ? response.json() : undefined))
  .then((body) => {
    const data = (body as { data?: unknown } | undefined)?.data;
    if (!Array.isArray(data)) return;
    const options = data
      .map((entry: unknown) => (typeof entry === 'object' && entry !== null && 'id' in entry ? entry.id : undefined))
      .filter((id): id is string => typeof id === 'string')
      .map((id) => Object.assign(document.createElement('option'), { value: id }));
    required('#models', HTMLDataListElement).replaceChildren(...options);
  })
  .catch(() => undefined);
