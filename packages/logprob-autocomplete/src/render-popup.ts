import { html, nothing, type TemplateResult } from 'lit';
import { formatProbability } from './format-probability.js';
import { spokenToken, type LogprobAutocompleteStrings } from './strings.js';
import type { Suggestion } from './suggestion-view.js';
import { visibleWhitespace } from './visible-whitespace.js';

/** Everything the popup template needs from the element. */
export interface PopupState {
  /** The element's id prefix: the listbox is `${id}-listbox`, options `${id}-option-${index}`. */
  id: string;
  options: readonly Suggestion[];
  active: number;
  ghost: string;
  /** The `pick` key bindings: option N shows the key of binding N as a small label. */
  shortcuts: readonly string[];
  announcement: string;
  strings: LogprobAutocompleteStrings;
  locale: string | undefined;
  onPick: (index: number) => void;
}

// 'Alt+Digit1' is labelled '1': the small number on option 1 (the modifier is in the README).
function shortcutLabel(binding: string | undefined): string {
  return binding?.slice(binding.lastIndexOf('+', binding.length - 2) + 1).replace(/^(?:Digit|Numpad|Key)/, '') ?? '';
}

// Keeps DOM focus (and the caret) in the field when an option is clicked or tapped.
const keepFocus = (event: Event): void => {
  event.preventDefault();
};

/**
 * The popup: a top-layer container with the listbox and the ghost text, and a polite live region.
 * Tokens are only ever bound as text, never as HTML.
 *
 * @example
 * render(renderPopup(state), container);
 */
// Written without indentation inside the template: esbuild does not minify template text.
export function renderPopup({ id, options, active, ghost, shortcuts, announcement, strings, locale, onPick }: PopupState): TemplateResult {
  const items = options.map((option, index) => {
    const percent = formatProbability(option.probability, locale);
    const shortcut = shortcutLabel(shortcuts[index]);
    return html`<div part="option" role="option" id=${`${id}-option-${index}`} aria-selected=${index === active ? 'true' : 'false'} aria-label=${strings.optionLabel(spokenToken(option.token, strings), percent)} @mousedown=${keepFocus} @click=${() => { onPick(index); }}>${shortcut ? html`<span part="shortcut" aria-hidden="true">${shortcut}</span>` : nothing}<span part="token">${visibleWhitespace(option.token)}</span><span part="probability">${percent}</span><span part="bar" .style=${`--logprob-probability:${option.probability}`}></span></div>`;
  });
  return html`<div data-logprob-layer popover="manual"><div part="listbox" role="listbox" id=${`${id}-listbox`} aria-label=${strings.listLabel} ?hidden=${options.length === 0}>${items}</div><div part="ghost" aria-hidden="true" ?hidden=${ghost === ''}>${ghost}</div></div><div data-logprob-live role="status" aria-live="polite" aria-atomic="true">${announcement}</div>`;
}
