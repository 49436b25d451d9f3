import { readSuggestStream, SUGGEST_PATH, type TokenEventData } from '@logprob-autocomplete/protocol';
import type { DemoSettings } from './demo-settings.js';
import { formatProbability, toProbability, visibleToken } from './probability.js';

/**
 * The "what the model sees" panel: streams `POST /v1/suggest` for the focused field's text and
 * adds a row per token as its event arrives, with the ranked `top_logprobs` as bars.
 *
 * @example
 * const panel = new TokenStreamPanel(document.querySelector('#token-stream')!);
 * panel.request({ text: 'We the Peo' }, settings);
 */
export class TokenStreamPanel {
  #controller: AbortController | undefined;
  readonly #rows: HTMLOListElement;
  readonly #status: HTMLElement;

  constructor(root: HTMLElement) {
    this.#rows = root.querySelector('ol') ?? root.appendChild(document.createElement('ol'));
    this.#status = root.querySelector('[data-status]') ?? root.appendChild(document.createElement('p'));
  }

  /** Starts a new stream; the previous one is aborted because its text is stale. */
  async request(input: { text: string; after?: string }, settings: DemoSettings): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#rows.replaceChildren();
    if (input.text.trim() === '') {
      this.#setStatus('idle', 'Type in a field to see the tokens stream in.');
      return;
    }
    this.#setStatus('loading', 'Streaming…');
    try {
      const response = await fetch(SUGGEST_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({
          text: input.text,
          ...(input.after ? { after: input.after } : {}),
          top_logprobs: settings.topLogprobs,
          max_tokens: settings.maxTokens,
          ...(settings.model ? { model: settings.model } : {}),
        }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        this.#setStatus('error', `The server answered ${response.status}.`);
        return;
      }
      for await (const event of readSuggestStream(response.body)) {
        if (event.type === 'token') this.#rows.append(renderTokenRow(event.data));
        else if (event.type === 'end') {
          const { timings, finish_reason } = event.data;
          this.#setStatus('done', `${this.#rows.childElementCount} tokens (${finish_reason}): first after ${Math.round(timings.first_token_ms)} ms, all after ${Math.round(timings.total_ms)} ms`);
        } else this.#setStatus('error', event.data.message);
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#setStatus('error', error instanceof Error ? error.message : 'The stream failed.');
    }
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
