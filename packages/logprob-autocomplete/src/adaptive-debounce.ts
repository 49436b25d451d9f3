/**
 * A debounce whose delay follows the typist: about one and a half of their recent gaps between
 * keystrokes, never below `base` and never above four times it. Fast typists get answers quickly
 * when they pause; slow typists do not trigger a request between every two characters.
 *
 * @example
 * const debounce = new AdaptiveDebounce();
 * field.addEventListener('input', () => debounce.schedule(150, () => request()));
 */
export class AdaptiveDebounce {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastInput = 0;
  #averageGap: number | undefined;

  /** The delay the next `schedule(base)` would use. */
  delay(base: number): number {
    const adaptive = this.#averageGap === undefined ? base : this.#averageGap * 1.5;
    return Math.round(Math.min(base * 4, Math.max(base, adaptive)));
  }

  /** Records a keystroke and (re)starts the timer. */
  schedule(base: number, callback: () => void, now = performance.now()): void {
    this.record(now);
    this.restart(base, callback);
  }

  /** Records a keystroke: every one, including those that need no request, so gaps are real. */
  record(now = performance.now()): void {
    const gap = now - this.#lastInput;
    // Gaps over a second are pauses, not typing speed.
    if (this.#lastInput !== 0 && gap < 1000) {
      this.#averageGap = this.#averageGap === undefined ? gap : this.#averageGap * 0.7 + gap * 0.3;
    }
    this.#lastInput = now;
  }

  /** (Re)starts the timer without recording a keystroke. */
  restart(base: number, callback: () => void): void {
    this.cancel();
    this.#timer = setTimeout(callback, this.delay(base));
  }

  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
