/** The element's keyboard commands. */
export type KeyCommand = 'next' | 'previous' | 'accept' | 'acceptActive' | 'dismiss' | 'open' | 'acceptWord';

/**
 * Keys for each command, as `key` values with optional `Ctrl+`, `Alt+`, `Shift+` and `Meta+`
 * prefixes (`'Ctrl+Space'`, `'Meta+ArrowRight'`). Set `element.keys` to change them.
 */
export type Keymap = Record<KeyCommand, readonly string[]>;

/**
 * The default keys: Down/Up move, Tab accepts, Enter accepts only an option moved to, Escape
 * dismisses, Ctrl+Space opens, Ctrl/Cmd+Right accepts the next word of the ghost text.
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
  acceptWord: ['Ctrl+ArrowRight', 'Meta+ArrowRight'],
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

/**
 * The command bound to `event`, if any.
 *
 * @example
 * const command = commandFor(event, element.keys);
 */
export function commandFor(event: KeyboardEvent, keymap: Keymap): KeyCommand | undefined {
  return (Object.keys(keymap) as KeyCommand[]).find((command) => keymap[command].some((binding) => matchesKey(event, binding)));
}
