/**
 * Calls `reposition` whenever what the user sees of the page moves under the caret: a scroll of
 * the page or of any scrolling box (captured), a window resize, and a visual viewport resize or
 * scroll (pinch zoom, an on-screen keyboard opening or closing). Scrolling the list itself moves
 * nothing and is ignored. Returns the function that stops.
 *
 * @example
 * const stop = followViewport(() => { element.requestUpdate(); });
 */
export function followViewport(reposition: () => void): () => void {
  const options = { capture: true, passive: true };
  const listener = (event: Event): void => {
    if (!(event.target instanceof Element && event.target.closest('[data-logprob-layer]'))) reposition();
  };
  const targets = [window, window.visualViewport].filter((target) => target !== null);
  for (const target of targets) {
    target.addEventListener('scroll', listener, options);
    target.addEventListener('resize', listener, options);
  }
  return () => {
    for (const target of targets) {
      target.removeEventListener('scroll', listener, options);
      target.removeEventListener('resize', listener, options);
    }
  };
}
