// Built once per locale: a segmenter costs far more to build than to use.
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The first word of `text` with the whitespace and punctuation before it: what Ctrl/Cmd+Right
 * accepts from the ghost text. Word boundaries come from `Intl.Segmenter`, so Chinese or Japanese
 * text without spaces still splits into words; without it, a run of non-space characters is a word.
 *
 * @example
 * nextWord(' people of the United', 'en'); // ' people'
 */
export function nextWord(text: string, locale?: string): string {
  if (typeof Intl.Segmenter === 'function') {
    let end = 0;
    let segmenter = segmenters.get(locale ?? '');
    if (!segmenter) segmenters.set(locale ?? '', (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
    for (const segment of segmenter.segment(text)) {
      end = segment.index + segment.segment.length;
      if (segment.isWordLike) break;
    }
    return text.slice(0, end);
  }
  return /^\s*\S+/u.exec(text)?.[0] ?? text;
}
