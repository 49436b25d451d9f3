/**
 * Limits of `POST /v1/suggest`. The server rejects what is outside them and the element clamps to
 * them before it sends. A module of its own, free of the request schema, so the element's drop-in
 * bundle can import it without the validation library.
 *
 * @example
 * const topLogprobs = Math.min(requested, SUGGEST_LIMITS.topLogprobs.max);
 */
export const SUGGEST_LIMITS = {
  /** Characters of `text` (before the caret). Enough context for any model; bounds cost. */
  maxTextLength: 32_000,
  /** Characters of `after` (after the caret). */
  maxAfterLength: 8_000,
  maxModelLength: 256,
  topLogprobs: { min: 1, max: 20, default: 5 },
  maxTokens: { min: 1, max: 32, default: 8 },
  temperature: { min: 0, max: 2 },
} as const;
