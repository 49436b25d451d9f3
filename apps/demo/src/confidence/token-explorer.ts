import { formatProbability } from 'logprob-autocomplete/format-probability';
import { confidenceHue, toProbability } from '../probability.js';
import type { TextSegment } from './rebuild-text.js';
import type { ScoredToken } from './score-text.js';
import { segmentProbability } from './text-statistics.js';
import { readableToken, spokenToken } from './token-bytes.js';

/**
 * The highlighted text and its explorer. Each run of whole characters is a button tinted by the
 * probability of the tokens that made it; hovering or focusing one shows, in a polite live
 * region, what the model considered at each of those tokens. One button is in the tab order
 * (roving tabindex); Left/Right, Home/End move between them.
 *
 * @example
 * const explorer = new TokenExplorer(textElement, detailsElement);
 * explorer.show(tokens, rebuildText(tokens));
 */
export class TokenExplorer {
  #tokens: readonly ScoredToken[] = [];
  #buttons: HTMLButtonElement[] = [];
  #segments = new Map<HTMLElement, TextSegment>();

  constructor(readonly text: HTMLElement, readonly details: HTMLElement) {
    text.addEventListener('focusin', (event) => { this.#explore(event.target); });
    text.addEventListener('mouseover', (event) => { this.#explore(event.target); });
    text.addEventListener('keydown', (event) => { this.#move(event); });
  }

  /** Shows a scored text; `prefix` marks text left out before it (long text). */
  show(tokens: readonly ScoredToken[], segments: readonly TextSegment[], prefix = ''): void {
    this.#tokens = tokens;
    this.#segments.clear();
    const nodes = segments.map((segment) => this.#render(segment));
    this.#buttons = nodes.filter((node): node is HTMLButtonElement => node instanceof HTMLButtonElement);
    this.#buttons[0]?.setAttribute('tabindex', '0');
    this.text.replaceChildren(...(prefix ? [prefix] : []), ...nodes);
    this.details.replaceChildren(hint(this.#buttons.length > 0 ? 'Hover over or focus a highlighted character to see what the model expected there.' : ''));
  }

  /** Forgets the text and its explorer (nothing scored, or scoring failed). */
  clear(): void {
    this.#tokens = [];
    this.#buttons = [];
    this.#segments.clear();
    this.text.replaceChildren();
    this.details.replaceChildren();
  }

  #render(segment: TextSegment): HTMLElement {
    const probability = segmentProbability(this.#tokens, segment);
    if (probability === undefined) {
      const span = document.createElement('span');
      span.className = 'scored-token';
      span.textContent = segment.text;
      return span;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'scored-token';
    button.tabIndex = -1;
    button.textContent = segment.text;
    button.style.setProperty('--hue', String(confidenceHue(probability)));
    button.dataset.probability = probability.toFixed(4);
    button.setAttribute('aria-label', `${spokenToken(segment.text)}, ${formatProbability(probability)}`);
    this.#segments.set(button, segment);
    return button;
  }

  #explore(target: EventTarget | null): void {
    const button = target instanceof Element ? target.closest('button') : null;
    const segment = button ? this.#segments.get(button) : undefined;
    if (!button || !segment) return;
    for (const other of this.#buttons) other.tabIndex = other === button ? 0 : -1;
    this.details.replaceChildren(...segment.tokens.map((index) => this.#describe(index, segment.tokens.length)));
  }

  #describe(index: number, count: number): HTMLElement {
    const scored = this.#tokens[index];
    const block = document.createElement('div');
    block.className = 'explored-token';
    if (!scored || scored.logprob === null) {
      block.append(hint(`${scored ? readableToken(scored.token) : '?'}: the first token, nothing to predict it from.`));
      return block;
    }
    const heading = document.createElement('p');
    const name = tokenLabel(scored.token);
    heading.append(
      count > 1 ? 'Piece ' : 'Token ',
      name,
      `: ${formatProbability(toProbability(scored.logprob))}${count > 1 ? ` (${count} tokens make this character)` : ''}. The model expected:`,
    );
    const list = document.createElement('ol');
    list.className = 'alternatives';
    for (const alternative of scored.alternatives) {
      const probability = toProbability(alternative.logprob);
      const item = document.createElement('li');
      item.classList.toggle('chosen', alternative.token === scored.token);
      item.style.setProperty('--probability', String(probability));
      const token = tokenLabel(alternative.token);
      const label = document.createElement('span');
      label.className = 'probability';
      label.textContent = formatProbability(probability);
      item.append(token, label);
      list.append(item);
    }
    block.append(heading, list);
    return block;
  }

  #move(event: KeyboardEvent): void {
    const current = event.target instanceof HTMLButtonElement ? this.#buttons.indexOf(event.target) : -1;
    if (current === -1) return;
    const last = this.#buttons.length - 1;
    const next = { ArrowRight: current + 1, ArrowDown: current + 1, ArrowLeft: current - 1, ArrowUp: current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#buttons[Math.min(last, Math.max(0, next))]?.focus();
  }
}

// Shown with visible whitespace (·the), read without it ("the").
function tokenLabel(token: string): HTMLElement {
  const label = document.createElement('span');
  const shown = document.createElement('code');
  shown.setAttribute('aria-hidden', 'true');
  shown.textContent = readableToken(token);
  const spoken = document.createElement('span');
  spoken.className = 'visually-hidden';
  spoken.textContent = spokenToken(token);
  label.append(shown, spoken);
  return label;
}

function hint(message: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'hint';
  paragraph.textContent = message;
  return paragraph;
}
