import { commandFor, type Keymap } from './keymap.js';

/** What a key does to the list; `undefined` leaves the key to the field. */
export type KeyAction =
  | { kind: 'open' }
  | { kind: 'engage' }
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'acceptOption'; index: number }
  | { kind: 'acceptGhost' }
  | { kind: 'acceptWord' }
  | { kind: 'dismiss' };

/** The state a key is judged against. */
export interface KeyContext {
  /** The number of options shown (0 when the list is closed). */
  count: number;
  /** The user opened or engaged the list on purpose (Ctrl+Space, Alt+Down, Down in an `<input>`). */
  engaged: boolean;
  /** The option moved to, or -1. */
  active: number;
  /** Ghost text is visible after the caret. */
  ghost: boolean;
  /** The field is a single-line `<input>`. */
  singleLine: boolean;
}

/**
 * The keyboard model (docs/decisions/0007-keyboard-model.md) as one pure function: a key acts on
 * the list only when the list visibly offers what the key would take, or the user engaged it;
 * every other key is the field's, exactly as without the element.
 *
 * @example
 * const action = keyAction(event, element.keys, { count: 5, engaged: false, active: -1, ghost: true, singleLine: false });
 * // Tab → { kind: 'acceptGhost' }; ArrowUp → undefined (the caret moves)
 */
export function keyAction(event: KeyboardEvent, keymap: Keymap, context: KeyContext): KeyAction | undefined {
  const match = commandFor(event, keymap);
  if (!match) return undefined;
  const { count, engaged, active, ghost, singleLine } = context;
  switch (match.command) {
    case 'open':
      return { kind: 'open' };
    case 'engage':
      return count > 0 && !engaged ? { kind: 'engage' } : undefined;
    case 'next':
    case 'previous':
      // In a multi-line field the arrows move the caret unless the user engaged the list; in an
      // <input> they have nothing else to do (the combobox convention).
      if (count === 0 || !(engaged || singleLine)) return undefined;
      return { kind: 'move', by: match.command === 'next' ? 1 : -1 };
    case 'accept':
      if (active >= 0) return { kind: 'acceptOption', index: active };
      return ghost ? { kind: 'acceptGhost' } : undefined;
    case 'acceptActive':
      return active >= 0 ? { kind: 'acceptOption', index: active } : undefined;
    case 'acceptWord':
      return ghost ? { kind: 'acceptWord' } : undefined;
    case 'pick':
      return match.binding < count ? { kind: 'acceptOption', index: match.binding } : undefined;
    case 'dismiss':
      return count > 0 || ghost ? { kind: 'dismiss' } : undefined;
  }
}

/**
 * The option moved to after Down (`by` 1) or Up (-1), wrapping around; from none, Down goes to
 * the first and Up to the last.
 *
 * @example
 * movedIndex(-1, 5, -1); // 4
 */
export function movedIndex(active: number, count: number, by: 1 | -1): number {
  return by === 1 ? (active + 1) % count : (active < 1 ? count : active) - 1;
}
