// A human-like typing trace, replayed by bench/shared-state.mjs against the suggestion cache:
// a letter typed at human speed with typos fixed by backspacing and retyping, words deleted and
// written again, and pauses. Deterministic (seeded), so every run replays the same trace.
const SENTENCES = [
  'Dear Margaret, thank you for the letter you sent last week.',
  'We the People of the United States, in order to form a more perfect union, establish justice.',
  'I hope the weather is kind to you and that the garden is coming along well.',
];

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The text before the caret after each keystroke, with the time since the previous one (ms).
 *
 * @example
 * for (const { text, gapMs } of typingTrace(1)) console.log(gapMs, text);
 */
export function typingTrace(seed = 1) {
  const next = random(seed);
  const states = [];
  let text = '';
  const press = (value, gapMs) => {
    text = value;
    states.push({ text, gapMs });
  };
  for (const sentence of SENTENCES) {
    for (let index = 0; index < sentence.length; index++) {
      const character = sentence[index];
      // 1 in 14 keys is a typo, noticed after 0-2 more keys, fixed by backspacing and retyping.
      if (next() < 1 / 14 && character !== ' ') {
        const extra = Math.floor(next() * 3);
        const wrong = String.fromCharCode(97 + Math.floor(next() * 26));
        const typed = wrong + sentence.slice(index + 1, index + 1 + extra);
        for (const key of typed) press(text + key, 90 + next() * 120);
        for (let back = 0; back < typed.length; back++) press(text.slice(0, -1), 70 + next() * 60);
      }
      press(text + character, character === ' ' ? 140 + next() * 300 : 90 + next() * 140);
      // After 1 in 25 words, the word is deleted and written again (a change of mind, same word).
      if (character === ' ' && next() < 1 / 25) {
        const lastWord = text.trimEnd().split(' ').pop() ?? '';
        for (let back = 0; back <= lastWord.length; back++) press(text.slice(0, -1), 60 + next() * 50);
        for (const key of `${lastWord} `) press(text + key, 100 + next() * 150);
      }
    }
    press(`${text}\n`, 900 + next() * 1500);
  }
  return states;
}

/**
 * The requests a debounced client sends for a trace: one whenever typing pauses at least
 * `debounceMs` (and at the end), for the text at that moment.
 *
 * @example
 * debouncedRequests(typingTrace(), 120).length;
 */
export function debouncedRequests(trace, debounceMs) {
  return trace.filter((state, index) => (trace[index + 1]?.gapMs ?? Infinity) >= debounceMs).map((state) => state.text);
}
