// Shared setup for the browser tests: mount markup, wait for the element to settle, read the list.
import '../src/define.js';
import type { LogprobAutocompleteElement } from '../src/logprob-autocomplete-element.js';

export interface Mounted {
  element: LogprobAutocompleteElement;
  field: HTMLElement;
  requests: string[];
  events: CustomEvent[];
}

const EVENT_TYPES = ['logprob-suggest', 'logprob-accept', 'logprob-dismiss', 'logprob-error', 'logprob-loadstart', 'logprob-loadend'];
const realFetch = window.fetch.bind(window);
let requests: string[] = [];
// Counts the element's requests (bodies) without changing them.
window.fetch = (input, init) => {
  requests.push(typeof init?.body === 'string' ? init.body : '');
  return realFetch(input, init);
};

/** Mounts `markup` (one <logprob-autocomplete>) in a fresh container and focuses its field. */
export async function mount(markup: string): Promise<Mounted> {
  document.body.replaceChildren();
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  const element = container.querySelector('logprob-autocomplete');
  if (!element) throw new Error('markup has no <logprob-autocomplete>');
  await element.updateComplete;
  // Without a field (an editor attached later through `adapter`), the element stands in.
  const field = element.querySelector<HTMLElement>('textarea, input, [contenteditable]') ?? element;
  field.focus();
  requests = [];
  const events: CustomEvent[] = [];
  for (const type of EVENT_TYPES) element.addEventListener(type, (event) => events.push(event as CustomEvent));
  return { element, field, get requests() { return requests; }, events };
}

/** Resolves when `predicate` holds, checked every frame; rejects with `message` after 5 s. */
export async function waitFor(predicate: () => boolean, message: string): Promise<void> {
  const deadline = performance.now() + 5000;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting until ${message}`);
    await new Promise(requestAnimationFrame);
  }
}

/** Waits a few frames so that anything that would happen (a render, a request) has happened. */
export async function settle(frames = 5): Promise<void> {
  for (let index = 0; index < frames; index += 1) await new Promise(requestAnimationFrame);
}

/** The option texts as displayed (whitespace made visible). */
export function shownTokens(element: HTMLElement): string[] {
  if (!isOpen(element)) return [];
  return [...element.querySelectorAll('[role=option] [part~=token]')].map((token) => token.textContent);
}

/** Whether the listbox is shown to the user. */
export function isOpen(element: HTMLElement): boolean {
  const listbox = element.querySelector<HTMLElement>('[role=listbox]');
  return !!listbox && listbox.checkVisibility() && listbox.querySelectorAll('[role=option]').length > 0;
}

/** The field's text, whatever kind of field it is. */
export function textOf(field: HTMLElement): string {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : field.textContent;
}

/** Presses `key` with `modifier` held, as real key events (puppeteer's press takes one key). */
export async function pressWith(modifier: 'Control' | 'Shift' | 'Meta' | 'Alt', key: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    await sendKeys({ up: modifier });
  }
}

/** Drives a real IME composition (see test/ime-command-plugin.mjs). */
export async function ime(action: 'compose' | 'commit', text: string): Promise<void> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('ime', { action, text });
}

/** The events of `type` recorded so far. */
export function eventsOf<T>(events: CustomEvent[], type: string): T[] {
  return events.filter((event) => event.type === type).map((event) => event.detail as T);
}

/** Takes option `n` (1-based) of the list with its default key, Alt+n. */
export async function pick(n: number): Promise<void> {
  await pressWith('Alt', `Digit${n}`);
}

/** Engages a list that opened by itself with its default key, Alt+ArrowDown. */
export async function engage(): Promise<void> {
  await pressWith('Alt', 'ArrowDown');
}

/** Resolves when the list is open and the request it came from has ended (the ghost text is complete). */
export async function waitForStreamEnd(element: HTMLElement, events: CustomEvent[]): Promise<void> {
  await waitFor(() => isOpen(element) && events.some((event) => event.type === 'logprob-loadend'), 'the list opens and its stream ends');
}
