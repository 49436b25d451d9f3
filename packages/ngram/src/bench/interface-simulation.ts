/**
 * What the element would show with the caret at one position: the options (most likely first,
 * each the text it inserts, with the probability shown for it) and the ghost text.
 *
 * @example
 * const offer: Offer = { options: [{ text: 'ple', probability: 0.9 }], ghost: 'ple of the' };
 */
export interface Offer {
  options: readonly { text: string; probability: number }[];
  ghost: string;
}

/**
 * The offer for the text before the caret. The simulation calls it once per caret position.
 *
 * @example
 * const suggest: Suggester = (before) => ({ options: [], ghost: '' });
 */
export type Suggester = (before: string) => Offer;

/**
 * One way of using the element; every accept costs one keystroke (Tab, Ctrl+Right, Alt+N).
 *
 * @example
 * const mode: InterfaceMode = { name: 'ghost only', list: 'none', ghost: true, nextWord: true, openThreshold: 0, minProbability: 0, maxOptions: 5 };
 */
export interface InterfaceMode {
  name: string;
  /** 'passive': opens by itself when the top option reaches `openThreshold`; 'always': every position. */
  list: 'passive' | 'always' | 'none';
  /** Tab accepts the whole ghost phrase when all of it is what the user types next. */
  ghost: boolean;
  /** Ctrl+Right accepts the ghost's next word when that word is what the user types next. */
  nextWord: boolean;
  openThreshold: number;
  /** Options shown below this probability are hidden (and cannot be taken with Alt+N). */
  minProbability: number;
  /** Options reachable by quick key (Alt+1 ... Alt+N). */
  maxOptions: number;
}

/**
 * Result of one simulated typing run.
 *
 * @example
 * const { savings, listsOpened, listsWithNext }: InterfaceResult = simulateInterface(text, suggest, mode);
 */
export interface InterfaceResult {
  characters: number;
  keystrokes: number;
  /** 1 - keystrokes / characters. */
  savings: number;
  accepts: { ghost: number; nextWord: number; option: number };
  /** Positions where a list opened by itself (passive) or was shown (always). */
  listsOpened: number;
  /** Of those, lists holding an option that is what the user types next. */
  listsWithNext: number;
}

// The ghost's next word as Ctrl+Right takes it: leading whitespace, then up to the next space.
const NEXT_WORD = /^\s*\S+/u;

/**
 * Simulates a user who types `text` character by character and, at every position, takes the
 * accept that inserts the most of what they meant to type (ghost by Tab, its next word by
 * Ctrl+Right, option N by Alt+N), one keystroke each; otherwise types one character. An accept
 * only counts when the inserted text is exactly the start of what remains (no corrections).
 *
 * @example
 * simulateInterface('We the People', (before) => ({ options: [], ghost: '' }), mode).savings; // 0
 */
export function simulateInterface(text: string, suggest: Suggester, mode: InterfaceMode): InterfaceResult {
  const result: InterfaceResult = { characters: text.length, keystrokes: 0, savings: 0, accepts: { ghost: 0, nextWord: 0, option: 0 }, listsOpened: 0, listsWithNext: 0 };
  let position = 0;
  while (position < text.length) {
    const offer = suggest(text.slice(0, position));
    const matches = (inserted: string) => inserted.length > 0 && text.startsWith(inserted, position);
    let advance = 0;
    let kind: keyof InterfaceResult['accepts'] | null = null;
    if (mode.ghost && matches(offer.ghost)) [advance, kind] = [offer.ghost.length, 'ghost'];
    const word = mode.nextWord ? (NEXT_WORD.exec(offer.ghost)?.[0] ?? '') : '';
    if (word.length > advance && matches(word)) [advance, kind] = [word.length, 'nextWord'];
    const top = offer.options[0];
    const open = mode.list === 'always' || (mode.list === 'passive' && top !== undefined && top.probability >= mode.openThreshold);
    if (open && top) {
      result.listsOpened++;
      const shown = offer.options.filter((option) => option.probability >= mode.minProbability).slice(0, mode.maxOptions);
      let holdsNext = false;
      for (const option of shown) {
        if (!matches(option.text)) continue;
        holdsNext = true;
        if (option.text.length > advance) [advance, kind] = [option.text.length, 'option'];
      }
      if (holdsNext) result.listsWithNext++;
    }
    result.keystrokes++;
    if (kind) result.accepts[kind]++;
    position += Math.max(advance, 1);
  }
  result.savings = text.length === 0 ? 0 : 1 - result.keystrokes / text.length;
  return result;
}

/**
 * Caches a suggester's offers for ONE text by caret position (`before.length`), so several
 * modes can replay that text without asking the model again.
 *
 * @example
 * const cached = memoSuggester(suggest);
 * for (const mode of modes) simulateInterface(text, cached, mode);
 */
export function memoSuggester(suggest: Suggester): Suggester {
  const cache = new Map<number, Offer>();
  return (before) => {
    let offer = cache.get(before.length);
    if (!offer) {
      offer = suggest(before);
      cache.set(before.length, offer);
    }
    return offer;
  };
}
