import { rebuildText } from './rebuild-text.js';
import { SCORE_MAX_CHARACTERS, scoreText, scoringStart } from './score-text.js';
import { countCodePoints, textStatistics } from './text-statistics.js';
import { TokenExplorer } from './token-explorer.js';

const count = new Intl.NumberFormat('en');

/**
 * The "highlight by confidence" panel: the written text rebuilt into whole characters, each tinted
 * by how likely the model found the tokens that made it, with perplexity per token, bits per
 * character and a token explorer. On failure it says so, and forgets the old figures.
 *
 * @example
 * const view = new ConfidenceView(document.querySelector('#confidence')!);
 * await view.show('We the People of the United States');
 */
export class ConfidenceView {
  #controller: AbortController | undefined;
  readonly #status: HTMLElement;
  readonly #perplexity: HTMLElement;
  readonly #bits: HTMLElement;
  readonly #explorer: TokenExplorer;

  constructor(root: HTMLElement) {
    const part = (selector: string): HTMLElement => root.querySelector(selector) ?? root.appendChild(document.createElement('p'));
    this.#status = part('[data-confidence-status]');
    this.#perplexity = part('[data-perplexity]');
    this.#bits = part('[data-bits-per-character]');
    this.#explorer = new TokenExplorer(part('[data-scored-text]'), part('[data-token-explorer]'));
  }

  async show(text: string): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    if (text.trim() === '') {
      this.#forget('idle', 'Type in a field to score its text.');
      return;
    }
    this.#setStatus('loading', 'Scoring…');
    try {
      // Long text: the model scores its last part (the figures are of that part).
      const start = scoringStart(text);
      const scored = text.slice(start);
      const tokens = await scoreText(scored, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const segments = rebuildText(tokens);
      const statistics = textStatistics(tokens, segments);
      this.#explorer.show(tokens, segments, start > 0 ? '…' : '');
      this.#perplexity.textContent = statistics.perplexity === undefined ? '–' : statistics.perplexity.toFixed(1);
      this.#bits.textContent = statistics.bitsPerCharacter === undefined ? '–' : statistics.bitsPerCharacter.toFixed(2);
      const characters = countCodePoints(scored);
      this.#setStatus(
        'done',
        start > 0
          ? `Scored the last ${count.format(characters)} of ${count.format(countCodePoints(text))} characters (the model reads at most ${count.format(SCORE_MAX_CHARACTERS)} at once).`
          : statistics.scoredTokens === 0
            ? 'One token only: there is nothing before it to predict it from.'
            : `Scored ${count.format(statistics.scoredTokens)} tokens.`,
      );
    } catch (error) {
      if (controller.signal.aborted) return;
      this.#forget('error', `${error instanceof Error ? error.message : 'Scoring failed.'} Your text is unchanged.`);
    }
  }

  #forget(state: 'idle' | 'error', message: string): void {
    this.#explorer.clear();
    this.#perplexity.textContent = '–';
    this.#bits.textContent = '–';
    this.#setStatus(state, message);
  }

  #setStatus(state: 'idle' | 'loading' | 'done' | 'error', message: string): void {
    this.#status.dataset.state = state;
    this.#status.textContent = message;
  }
}
