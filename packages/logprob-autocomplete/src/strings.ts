/**
 * Every text the element shows or announces, for localisation. Set `element.strings` to a
 * partial object; missing entries keep the English defaults.
 *
 * @example
 * element.strings = { listLabel: 'Vorschläge', announce: (count, top, percent) => `${count} Vorschläge, zuerst ${top} (${percent})` };
 */
export interface LogprobAutocompleteStrings {
  /** The listbox's accessible name. */
  listLabel: string;
  /** The polite announcement when the list changes: its length, the top option, its probability. */
  announce: (count: number, top: string, percent: string) => string;
  /** An option's accessible name. */
  optionLabel: (token: string, percent: string) => string;
  /** Spoken in place of a token that is only whitespace. */
  whitespace: string;
  /** Spoken in place of a line break inside a token. */
  lineBreak: string;
}

/**
 * The English defaults.
 *
 * @example
 * const strings = { ...DEFAULT_STRINGS, listLabel: 'Next words' };
 */
export const DEFAULT_STRINGS: LogprobAutocompleteStrings = {
  listLabel: 'Suggestions',
  announce: (count, top, percent) => `${count} suggestion${count === 1 ? '' : 's'}. Top: ${top}, ${percent}.`,
  optionLabel: (token, percent) => `${token}, ${percent}`,
  whitespace: 'space',
  lineBreak: 'new line',
};

/**
 * A token as a screen reader should say it: line breaks named, whitespace-only tokens named.
 *
 * @example
 * spokenToken(' the', DEFAULT_STRINGS); // 'the'
 */
export function spokenToken(token: string, strings: LogprobAutocompleteStrings): string {
  const spoken = token.replace(/\r?\n/g, ` ${strings.lineBreak} `).trim();
  return spoken === '' ? strings.whitespace : spoken;
}
