/** A token whose bytes are whole UTF-8 characters, with its text decoded. */
export interface TextToken {
  token: string;
  bytes: number[];
  /** `undefined` when the upstream did not know it. */
  logprob: number | undefined;
}

/**
 * A position after UTF-8 reassembly: the chosen token and its alternatives, all whole characters.
 *
 * @example
 * const position: TextPosition = { token: 'Hi', bytes: [72, 105], logprob: -0.1, alternatives: [] };
 */
export interface TextPosition extends TextToken {
  alternatives: TextToken[];
}

/**
 * Sum of logprobs of tokens taken one after another; unknown if any is unknown.
 *
 * @example
 * addLogprobs(-0.5, -0.25); // -0.75
 */
export function addLogprobs(first: number | undefined, second: number | undefined): number | undefined {
  return first === undefined || second === undefined ? undefined : first + second;
}
