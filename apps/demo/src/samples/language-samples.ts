/** A short text in one of the languages of the logprobs guides the demo grew from. */
export interface LanguageSample {
  /** BCP 47 tag, set as the field's `lang` (percentages and screen readers follow it). */
  lang: string;
  /** The language's own name, for the button. */
  label: string;
  text: string;
}

/**
 * The samples, one per language; public-domain texts (1787, 1789, 1905, the Analects) and one
 * written for the demo (Hindi).
 *
 * @example
 * LANGUAGE_SAMPLES.find((sample) => sample.lang === 'ja')?.text; // '吾輩は猫である。…'
 */
export const LANGUAGE_SAMPLES: readonly LanguageSample[] = [
  { lang: 'en', label: 'English', text: 'We the People of the United States, in Order to form a more perfect' },
  { lang: 'fr', label: 'Français', text: 'Les hommes naissent et demeurent libres et égaux en droits. Les distinctions sociales ne peuvent' },
  { lang: 'hi', label: 'हिन्दी', text: 'भारत एक विशाल देश है और यहाँ कई भाषाएँ बोली जाती हैं। हिन्दी' },
  { lang: 'ja', label: '日本語', text: '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。' },
  { lang: 'zh', label: '中文', text: '学而时习之，不亦说乎？有朋自远方来，' },
];

/**
 * What a sample shows with the model the server uses by default (trained on English only).
 *
 * @example
 * sampleNote(LANGUAGE_SAMPLES[3]!); // 'The embedded model learnt English only: ...'
 */
export function sampleNote(sample: LanguageSample): string {
  if (sample.lang === 'en') return 'The embedded model learnt English (Moby-Dick and the State of the Union addresses): it suggests confidently here.';
  return `The embedded model learnt English only: in ${sample.label} it suggests little and unsure, and the highlight turns red. A model trained on ${sample.label} text with logprob-ngram train suggests well (see the demo's README).`;
}
