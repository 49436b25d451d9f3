// Building an Intl.NumberFormat costs far more than using one, and every render formats every
// option: one formatter per locale and precision, built once.
const formats = new Map<string, Intl.NumberFormat>();

function percent(value: number, digits: number, locale: string | undefined): string {
  const key = `${locale ?? ''}|${digits}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })));
  return format.format(value);
}

/**
 * The one formatter for every probability the element shows or announces (list, live region,
 * accessible names), exported for pages such as the demo: whole percent from 10 %, one decimal
 * below, and never a rounded "0%" or "100%" for what is neither: "<0.1%" and ">99%" instead.
 *
 * @example
 * formatProbability(0.4213, 'en'); // '42%'
 * formatProbability(0.0421, 'en'); // '4.2%'
 * formatProbability(0.00002, 'en'); // '<0.1%'
 */
export function formatProbability(probability: number, locale?: string): string {
  if (probability > 0 && probability < 0.001) return `<${percent(0.001, 1, locale)}`;
  // Whole percent would round 99.5 % up to a certainty the model did not state.
  if (probability >= 0.995 && probability < 1) return `>${percent(0.99, 0, locale)}`;
  // From 9.95 % one decimal would read "10.0%": whole percent from there.
  return percent(probability, probability < 0.0995 ? 1 : 0, locale);
}
