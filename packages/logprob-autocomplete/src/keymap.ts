/** The element's keyboard commands (see docs/decisions/0007-keyboard-model.md). */
export type KeyCommand = 'next' | 'previous' | 'accept' | 'acceptActive' | 'dismiss' | 'open' | 'engage' | 'acceptWord' | 'pick';

/**
 * Keys for each command, as `key` or `code` values with optional `Ctrl+`, `Alt+`, `Shift+` and
 * `Meta+` prefixes (`'Ctrl+Space'`, `'Meta+ArrowRight'`, `'Alt+Digit1'`). For `pick`, the binding
 * at position N takes option N + 1. Set `element.keys` to change them.
 */
export type Keymap = Record<KeyCommand, readonly string[]>;

/**
 * The default keys: Ctrl+Space opens the list on purpose and Alt+Down engages a list that opened
 * by itself; then Down/Up move and Enter accepts the option moved to. Tab accepts the ghost text
 * (or the option moved to), Alt+1…Alt+9 take option 1…9 at once, Ctrl/Cmd+Right the ghost text's
 * next word, Escape dismisses.
 *
 * @example
 * element.keys = { ...DEFAULT_KEYMAP, accept: ['Tab', 'ArrowRight'] };
 */
export const DEFAULT_KEYMAP: Keymap = {
  next: ['ArrowDown'],
  previous: ['ArrowUp'],
  accept: ['Tab'],
  acceptActive: ['Enter'],
  dismiss: ['Escape'],
  open: ['Ctrl+Space'],
  engage: ['Alt+ArrowDown'],
  acceptWord: ['Ctrl+ArrowRight', 'Meta+ArrowRight'],
  // By `code`, so the digit row works on layouts where digits need Shift (AZERTY) and on macOS,
  // where Option+digit reports a symbol as `key`.
  // Alt+Digit1 … Alt+Digit9.
  pick: Array.from({ length: 9 }, (_, index) => `Alt+Digit${index + 1}`),
};

const MODIFIERS = ['Ctrl', 'Alt', 'Shift', 'Meta'] as const;

/**
 * Whether a keyboard event is the key combination `binding`. Modifiers must match exactly, so
 * Shift+Tab (moving focus backwards) is never taken for Tab.
 *
 * @example
 * matchesKey(event, 'Ctrl+Space');
 */
export function matchesKey(event: KeyboardEvent, binding: string): boolean {
  // The last '+' that is not the final character separates modifiers from the key ('Ctrl++' is Ctrl and +).
  const split = binding.lastIndexOf('+', binding.length - 2);
  const key = binding.slice(split + 1);
  const wanted = binding.slice(0, split + 1).split('+');
  const pressed = [event.ctrlKey, event.altKey, event.shiftKey, event.metaKey];
  return (
    MODIFIERS.every((modifier, index) => pressed[index] === wanted.includes(modifier)) &&
    ((event.key === ' ' ? 'Space' : event.key).toLowerCase() === key.toLowerCase() || event.code === key)
  );
}

/** A command and which of its bindings matched (for `pick`, the option's index). */
export interface KeyMatch {
  command: KeyCommand;
  binding: number;
}

/**
 * The command bound to `event`, if any, with the position of the binding that matched.
 *
 * @example
 * const match = commandFor(event, element.keys); // { command: 'pick', binding: 0 } for Alt+1
 */
export function commandFor(event: KeyboardEvent, keymap: Keymap): KeyMatch | undefined {
  for (const command of Object.keys(keymap) as KeyCommand[]) {
    const binding = keymap[command].findIndex((candidate) => matchesKey(event, candidate));
    if (binding >= 0) return { command, binding };
  }
  return undefined;
}
