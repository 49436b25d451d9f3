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

/**
 * Formats a probability as a percentage in the page's language, with one decimal under 10%.
 *
 * @example
 * formatPercent(0.4213, 'en'); // '42%'
 */
export function formatPercent(probability: number, locale?: string): string {
  const digits = probability < 0.1 ? 1 : 0;
  const key = `${locale ?? ''}|${digits}`;
  // Every render formats every option; building a formatter costs far more than using one.
  let format = percentFormats.get(key);
  if (!format) percentFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })));
  return format.format(probability);
}

const percentFormats = new Map<string, Intl.NumberFormat>();
