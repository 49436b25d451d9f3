// Editors observed by an element, so that a second element (or a second adapter) attached to the
// same editor does not intercept its keys a second time and insert each accept twice.
const claimed = new WeakSet<object>();

/**
 * Claims `editor` for one element's observation. Returns the function that releases it, or
 * `undefined` (after a console error naming `adapterName`) when another element observes it.
 *
 * @example
 * const release = claimEditor(view, 'proseMirrorAdapter');
 * if (!release) return () => {};
 */
export function claimEditor(editor: object, adapterName: string): (() => void) | undefined {
  if (claimed.has(editor)) {
    console.error(`logprob-autocomplete: ${adapterName}: this editor is already attached to another <logprob-autocomplete>; ignoring the second one.`);
    return undefined;
  }
  claimed.add(editor);
  return () => {
    claimed.delete(editor);
  };
}
