/**
 * Length of `text` in Unicode code points, the unit of the legacy `text_offset`. OpenAI's
 * reference does not name the unit; vLLM and llama-cpp-python count Python `str` indices, which
 * are code points, and the seeds' clients are Python, so `prompt[text_offset[i]:]` has to work
 * there. JavaScript callers slice with `Array.from(text).slice(offset).join('')`.
 *
 * @example
 * codePointLength('I 🙂'); // 3 (the emoji is two UTF-16 units but one code point)
 */
export function codePointLength(text: string): number {
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    // A low surrogate right after a high one is the second half of one code point.
    if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
      const previous = text.charCodeAt(index - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    length++;
  }
  return length;
}
