import type { TokenEventData, TopLogprob } from '@logprob-autocomplete/protocol';
import type { LogprobDismissDetail, LogprobSuggestDetail } from 'logprob-autocomplete';
import { formatProbability } from 'logprob-autocomplete/format-probability';
import { toProbability, visibleToken } from '../probability.js';
import { currentPosition } from './stream-position.js';
import { DISMISS_WORDS, describeStreamEnd, describeStreaming, describeSuggestFailure, type SuggestFailureWords } from './stream-words.js';

type PanelState = 'idle' | 'loading' | 'done' | 'closed' | 'error';

/**
 * The "what the model sees" panel: mirrors what the followed field's element shows now. It makes
 * no request of its own. From `logprob-suggest` it shows the list's options for the caret's
 * position and the tokens streamed ahead of it (each with its `top_logprobs` as bars); typed or
 * accepted tokens leave it, a closed list empties it, and the status line says why in plain words.
 *
 * @example
 * const panel = new TokenStreamPanel(document.querySelector('#token-stream')!);
 * panel.watch(element);
 */
export class TokenStreamPanel {
  readonly #rows: HTMLOListElement;
  readonly #status: HTMLElement;
  #requestText = '';
  #followed: EventTarget | null = null;

  constructor(root: HTMLElement) {
    this.#rows = root.querySelector('ol') ?? root.appendChild(document.createElement('ol'));
    this.#status = root.querySelector('[data-status]') ?? root.appendChild(document.createElement('p'));
  }

  /** Listens to an element's events; only the followed element (see `follow`) is mirrored. */
  watch(element: HTMLElement): void {
    const mine = (handler: (event: Event) => void) => (event: Event) => { if (element === this.#followed) handler(event); };
    element.addEventListener('logprob-loadstart', mine((event) => { this.start((event as CustomEvent<{ text: string }>).detail.text); }));
    element.addEventListener('logprob-suggest', mine((event) => { this.show((event as CustomEvent<LogprobSuggestDetail>).detail); }));
    element.addEventListener('logprob-accept', mine((event) => { this.accepted((event as CustomEvent<{ text: string }>).detail.text); }));
    element.addEventListener('logprob-dismiss', mine((event) => { this.closed((event as CustomEvent<LogprobDismissDetail>).detail.reason); }));
    element.addEventListener('logprob-error', mine((event) => { this.fail((event as CustomEvent<SuggestFailureWords>).detail); }));
    element.addEventListener('logprob-loadend', mine((event) => { this.finish((event as CustomEvent<{ status: 'success' | 'error' | 'abort' }>).detail.status); }));
  }

  /** Mirrors another element (the field typed in last); starts empty. */
  follow(element: EventTarget | null): void {
    if (element === this.#followed) return;
    this.#followed = element;
    this.idle();
  }

  /** The followed field has no text to suggest for. */
  idle(): void {
    this.#set('idle', 'Type in a field to see the tokens stream in.');
  }

  /** The element started a request (`logprob-loadstart`). */
  start(text: string): void {
    this.#requestText = text;
    this.#set('loading', describeStreaming(0));
  }

  /** A `logprob-suggest` detail: the list's options now and the stream ahead of them. */
  show({ text, options, tokens, end }: Pick<LogprobSuggestDetail, 'text' | 'options' | 'tokens' | 'end'>): void {
    const position = currentPosition(this.#requestText, text, tokens) ?? 0;
    const rows = tokens.slice(position).map((data, offset) =>
      renderTokenRow(data, offset === 0 ? options.map((option) => ({ token: option.token, probability: option.probability })) : undefined),
    );
    const behind = position === 0 ? '' : ` ${position} streamed ${position === 1 ? 'token is' : 'tokens are'} in your text now.`;
    this.#set(end ? 'done' : 'loading', `${end ? describeStreamEnd(tokens.length, end) : describeStreaming(tokens.length)}${behind}`, rows);
  }

  /** An accept (`logprob-accept`): the list closes; the next one, if any, follows at once. */
  accepted(text: string): void {
    this.#set('closed', `Accepted “${visibleToken(text)}”. The list shows the next position if the stream reaches it.`);
  }

  /** The list closed without an accept (`logprob-dismiss`). */
  closed(reason: LogprobDismissDetail['reason']): void {
    this.#set('closed', DISMISS_WORDS[reason]);
  }

  /** The element's request failed (`logprob-error`). */
  fail(failure: SuggestFailureWords): void {
    this.#set('error', describeSuggestFailure(failure));
  }

  /** The request finished (`logprob-loadend`) without showing a list. */
  finish(status: 'success' | 'error' | 'abort'): void {
    if (status === 'success' && this.#status.dataset.status === 'loading' && this.#rows.childElementCount === 0) {
      this.#set('idle', 'No suggestion for this text.');
    }
  }

  #set(state: PanelState, message: string, rows: HTMLLIElement[] = []): void {
    this.#rows.replaceChildren(...rows);
    this.#status.dataset.status = state;
    this.#status.textContent = message;
  }
}

// A row: the chosen token and the alternatives at its position. The first row shows the options
// as the element lists them now (filtered and renormalised while typing through).
function renderTokenRow(data: TokenEventData, shown?: readonly { token: string; probability: number }[]): HTMLLIElement {
  const row = document.createElement('li');
  row.className = 'token-row';
  row.dataset.index = String(data.index);
  if (shown) row.setAttribute('aria-current', 'true');
  const chosen = document.createElement('code');
  chosen.className = 'token';
  chosen.textContent = visibleToken(data.token);
  const label = document.createElement('span');
  label.className = 'row-label';
  label.textContent = shown ? 'listed now' : `ahead, ${data.index + 1}`;
  const head = document.createElement('div');
  head.append(chosen, label);
  const alternatives = document.createElement('ul');
  alternatives.className = 'alternatives';
  const items = shown ?? data.top_logprobs.map((alternative: TopLogprob) => ({ token: alternative.token, probability: toProbability(alternative.logprob) }));
  for (const alternative of items) {
    const item = document.createElement('li');
    item.classList.toggle('chosen', alternative.token === data.token);
    item.style.setProperty('--probability', String(alternative.probability));
    const token = document.createElement('code');
    token.textContent = visibleToken(alternative.token);
    const probability = document.createElement('span');
    probability.className = 'probability';
    probability.textContent = formatProbability(alternative.probability);
    item.append(token, probability);
    alternatives.append(item);
  }
  row.append(head, alternatives);
  return row;
}
