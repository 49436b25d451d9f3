import type { TokenEventData } from '@logprob-autocomplete/protocol';
import type { LogprobSuggestDetail } from 'logprob-autocomplete';
import { formatProbability, toProbability, visibleToken } from './probability.js';

/**
 * The "what the model sees" panel: mirrors the stream of the followed field's element. It makes
 * no request of its own; it renders the token events carried by the element's `logprob-suggest`
 * detail (`tokens`, then `end`), a row per token with the ranked `top_logprobs` as bars.
 *
 * @example
 * const panel = new TokenStreamPanel(document.querySelector('#token-stream')!);
 * element.addEventListener('logprob-suggest', (event) => { panel.show(event.detail); });
 */
export class TokenStreamPanel {
  readonly #rows: HTMLOListElement;
  readonly #status: HTMLElement;
  // The first token event of the stream the rows show: a different one means a different request.
  #first: TokenEventData | undefined;

  constructor(root: HTMLElement) {
    this.#rows = root.querySelector('ol') ?? root.appendChild(document.createElement('ol'));
    this.#status = root.querySelector('[data-status]') ?? root.appendChild(document.createElement('p'));
  }

  /** The followed field has no text to suggest for. */
  idle(): void {
    this.#clear();
    this.#setStatus('idle', 'Type in a field to see the tokens stream in.');
  }

  /** The element started a request (`logprob-loadstart`): the rows will be for the new text. */
  start(): void {
    this.#clear();
    this.#setStatus('loading', 'Streaming…');
  }

  /** A `logprob-suggest` detail: adds the rows of the tokens not shown yet, and the summary once the stream ended. */
  show({ tokens, end }: Pick<LogprobSuggestDetail, 'tokens' | 'end'>): void {
    // Type-through repeats the same stream; only a new request starts the rows over.
    if (tokens[0] !== this.#first) this.#clear();
    this.#first = tokens[0];
    for (let index = this.#rows.childElementCount; index < tokens.length; index += 1) {
      const data = tokens[index];
      if (data) this.#rows.append(renderTokenRow(data));
    }
    if (end) {
      const { timings, finish_reason } = end;
      this.#setStatus('done', `${tokens.length} tokens (${finish_reason}): first after ${Math.round(timings.first_token_ms)} ms, all after ${Math.round(timings.total_ms)} ms`);
    } else this.#setStatus('loading', 'Streaming…');
  }

  /** The element's request failed (`logprob-error`). */
  fail(message: string): void {
    this.#setStatus('error', message);
  }

  /**
   * The request finished (`logprob-loadend`). The element reports the stream only while its list is
   * open, so a stream that ended with the list closed (Escape, or no option) ends here.
   */
  finish(status: 'success' | 'error' | 'abort'): void {
    if (status !== 'success' || this.#status.dataset.status !== 'loading') return;
    if (this.#first) this.#setStatus('done', `${this.#rows.childElementCount} tokens (the list was closed before the end)`);
    else this.#setStatus('idle', 'No suggestion for this text.');
  }

  #clear(): void {
    this.#first = undefined;
    this.#rows.replaceChildren();
  }

  #setStatus(state: 'idle' | 'loading' | 'done' | 'error', message: string): void {
    this.#status.dataset.status = state;
    this.#status.textContent = message;
  }
}

function renderTokenRow(data: TokenEventData): HTMLLIElement {
  const row = document.createElement('li');
  row.className = 'token-row';
  row.dataset.index = String(data.index);
  const chosen = document.createElement('code');
  chosen.className = 'token';
  chosen.textContent = visibleToken(data.token);
  const alternatives = document.createElement('ul');
  alternatives.className = 'alternatives';
  for (const alternative of data.top_logprobs) {
    const probability = toProbability(alternative.logprob);
    const item = document.createElement('li');
    item.classList.toggle('chosen', alternative.token === data.token);
    item.style.setProperty('--probability', String(probability));
    const token = document.createElement('code');
    token.textContent = visibleToken(alternative.token);
    const label = document.createElement('span');
    label.className = 'probability';
    label.textContent = formatProbability(probability);
    item.append(token, label);
    alternatives.append(item);
  }
  row.append(chosen, alternatives);
  return row;
}
