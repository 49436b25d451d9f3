import type { InterfaceMode } from './interface-simulation.js';

// These MUST match the element's defaults (packages/logprob-autocomplete: `open-threshold`,
// `min-probability`, `ghost-threshold`, `top-logprobs`, `max-tokens`), which helper h14a is
// setting in the same change; update them together.
/**
 * A passive list opens by itself when its top option is at least this likely.
 *
 * @example
 * const opens = top.probability >= ELEMENT_OPEN_THRESHOLD;
 */
export const ELEMENT_OPEN_THRESHOLD = 0.1;
/**
 * Options below this probability are not shown.
 *
 * @example
 * const shown = options.filter((option) => option.probability >= ELEMENT_MIN_PROBABILITY);
 */
export const ELEMENT_MIN_PROBABILITY = 0.01;
/**
 * The ghost runs while each of its words is at least this likely.
 *
 * @example
 * ngramSuggester(model, { options: 5, ghostThreshold: ELEMENT_GHOST_THRESHOLD, ghostTokens: 8 });
 */
export const ELEMENT_GHOST_THRESHOLD = 0.5;
/**
 * Options per position (`top-logprobs`), each reachable by Alt+1 ... Alt+5.
 *
 * @example
 * model.nextTokens(text, ELEMENT_OPTIONS);
 */
export const ELEMENT_OPTIONS = 5;
/**
 * Tokens streamed ahead (`max-tokens`): the longest ghost.
 *
 * @example
 * model.generate(text, { maxTokens: ELEMENT_GHOST_TOKENS });
 */
export const ELEMENT_GHOST_TOKENS = 8;

/**
 * The interface modes the benchmark compares, the product's default first.
 *
 * @example
 * for (const mode of INTERFACE_MODES) simulateInterface(text, suggest, mode);
 */
export const INTERFACE_MODES: readonly InterfaceMode[] = [
  {
    name: 'default: passive list (Alt+N) + ghost (Tab) + next word (Ctrl+Right)',
    list: 'passive',
    ghost: true,
    nextWord: true,
    openThreshold: ELEMENT_OPEN_THRESHOLD,
    minProbability: ELEMENT_MIN_PROBABILITY,
    maxOptions: ELEMENT_OPTIONS,
  },
  { name: 'ghost only (Tab + Ctrl+Right)', list: 'none', ghost: true, nextWord: true, openThreshold: 1, minProbability: 1, maxOptions: 0 },
  { name: 'ghost phrase only (Tab)', list: 'none', ghost: true, nextWord: false, openThreshold: 1, minProbability: 1, maxOptions: 0 },
  {
    name: 'passive list only (Alt+N)',
    list: 'passive',
    ghost: false,
    nextWord: false,
    openThreshold: ELEMENT_OPEN_THRESHOLD,
    minProbability: ELEMENT_MIN_PROBABILITY,
    maxOptions: ELEMENT_OPTIONS,
  },
  { name: 'list always open, 5 options (Alt+N)', list: 'always', ghost: false, nextWord: false, openThreshold: 0, minProbability: 0, maxOptions: ELEMENT_OPTIONS },
];
