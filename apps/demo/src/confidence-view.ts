import { confidenceHue, formatProbability, perplexity, toProbability, visibleToken } from './probability.js';
import { scoreText, scoringStart, type ScoredToken } from './score-text.js';

/**
 * The "highlight by confidence" panel: the written text with each token tinted by how likely the
 * model found it, its probability and alternatives in the tooltip, and the text's perplexity.
 *
 * @example
 * const view = new ConfidenceView(document.querySelector('#confidence')!);
 * await view.show('We the People of the United States');
 */
export class ConfidenceView {
  #controller: AbortController | undefined;
  readonly #text: HTMLElement;
  readonly #perplexity: HTMLElement;

  constructor(root: HTMLElement) {
    this.#text = root.querySelector('[data-scored-text]') ?? root.appendChild(document.createElement('p'));
    this.#perplexity = root.querySelector('[data-perplexity]') ?? root.appendChild(document.createElement('p'));
  }

  async show(text: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (text.trim() === '') {
      this.#text.replaceChildren();
      this.#perplexity.textContent = '–';
      return;
    }
    try {
      // Long text: the model scores its last part (the perplexity is of that part).
      const start = scoringStart(text);
      const tokens = await scoreText(text.slice(start), { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.#text.replaceChildren(...(start > 0 ? ['…'] : []), ...tokens.map(renderScoredToken));
      const value = perplexity(tokens.map((token) => token.logprob));
      this.#perplexity.textContent = value === undefined ? '–' : value.toFixed(1);
      this.#text.removeAttribute('data-error');
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#text.dataset.error = '';
      this.#text.textContent = error instanceof Error ? error.message : 'Scoring failed.';
    }
  }
}

function renderScoredToken(scored: ScoredToken): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'scored-token';
  span.textContent = scored.token;
  if (scored.logprob === null) {
    span.title = 'First token: nothing to predict it from';
    return span;
  }
  const probability = toProbability(scored.logprob);
  span.style.setProperty('--hue', String(confidenceHue(probability)));
  span.dataset.probability = probability.toFixed(4);
  const expected = scored.alternatives
    .slice(0, 5)
    .map((alternative) => `${visibleToken(alternative.token)} ${formatProbability(toProbability(alternative.logprob))}`)
    .join('\n');
  span.title = `${visibleToken(scored.token)}: ${formatProbability(probability)}${expected ? `\nExpected:\n${expected}` : ''}`;
  return span;
}
