import { movedIndex } from './key-commands.js';
import type { SuggestionView } from './suggestion-view.js';

/** A list of options to show (the `options` kind of `SuggestionView`). */
export type OptionsView = Extract<SuggestionView, { kind: 'options' }>;

/** What the list is now: the view shown, the option moved to, and whether the user engaged it. */
export interface ListState {
  readonly view: OptionsView | undefined;
  /** The option moved to, or -1. */
  readonly active: number;
  /** The active option's token, which keeps it active while the list changes under it. */
  readonly activeToken: string | undefined;
  /** Opened or engaged on purpose (docs/decisions/0007-keyboard-model.md). */
  readonly engaged: boolean;
}

/**
 * The closed list.
 *
 * @example
 * let list = CLOSED_LIST;
 */
export const CLOSED_LIST: ListState = { view: undefined, active: -1, activeToken: undefined, engaged: false };

/**
 * The list showing `view`; the option moved to stays active if it is still listed.
 *
 * @example
 * list = shownList(list, view);
 */
export function shownList(list: ListState, view: OptionsView): ListState {
  const active = view.options.findIndex((option) => option.token === list.activeToken);
  return { view, active, activeToken: active < 0 ? undefined : list.activeToken, engaged: list.engaged };
}

/**
 * The list closed. `keepEngaged` keeps a list the user asked for engaged while it waits for the stream.
 *
 * @example
 * list = closedList(list, view.kind === 'pending');
 */
export function closedList(list: ListState, keepEngaged = false): ListState {
  return { ...CLOSED_LIST, engaged: list.engaged && keepEngaged };
}

/**
 * The list engaged, after Down (`by` 1) or Up (-1) if given.
 *
 * @example
 * list = engagedList(list, 1); // the first option is active
 */
export function engagedList(list: ListState, by?: 1 | -1): ListState {
  const count = list.view?.options.length ?? 0;
  if (!by || count === 0) return { ...list, engaged: true };
  const active = movedIndex(list.active, count, by);
  return { ...list, engaged: true, active, activeToken: list.view?.options[active]?.token };
}

/**
 * What identifies the list as the user sees it: it is announced and reported again only when this changes.
 *
 * @example
 * if (listKey(view) !== shownKey) announce(view);
 */
export function listKey(view: OptionsView): string {
  return JSON.stringify([view.position, view.typed, view.ghost, view.options.map((option) => option.token)]);
}
