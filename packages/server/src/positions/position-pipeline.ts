import type { TextPosition } from './text-position.js';
import { TypedTextTrimmer } from './typed-text-trimmer.js';
import type { UpstreamPosition } from './upstream-position.js';
import { Utf8Reassembly } from './utf8-reassembly.js';

/**
 * Upstream positions in, positions ready to show out: whole characters first, then the
 * continuation made to start at the caret without repeating what is typed.
 *
 * @example
 * const pipeline = new PositionPipeline('We the Peo', { stripEcho: true });
 * for (const position of pipeline.push(upstreamPosition)) show(position);
 */
export class PositionPipeline {
  readonly #reassembly = new Utf8Reassembly();
  readonly #trimmer: TypedTextTrimmer;

  constructor(text: string, options: { stripEcho: boolean }) {
    this.#trimmer = new TypedTextTrimmer(text, options);
  }

  push(position: UpstreamPosition): TextPosition[] {
    return this.#reassembly.push(position).flatMap((whole) => this.#trimmer.push(whole));
  }

  finish(): TextPosition[] {
    return [...this.#reassembly.finish().flatMap((whole) => this.#trimmer.push(whole)), ...this.#trimmer.finish()];
  }
}
