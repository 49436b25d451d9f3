import type { TextPosition, TextToken } from './text-position.js';
import { encodeUtf8 } from './utf8-bytes.js';

// Chat models sometimes repeat the end of what was typed ("People" after "We the Peo"). Only the
// last stretch is worth checking; a model that repeats more than this is not autocompleting.
const ECHO_WINDOW = 200;
const PARTIAL_WORD = /[\p{L}\p{N}_'’-]+$/u;
const HORIZONTAL_SPACE = /^[ \t]+/;

/** The characters of the word the caret is inside, or '' when the text ends at a word boundary. */
export function partialWord(text: string): string {
  return PARTIAL_WORD.exec(text)?.[0] ?? '';
}

function echoCandidates(text: string): string[] {
  const tail = text.slice(-ECHO_WINDOW);
  const candidates = new Set<string>();
  for (let index = 0; index < tail.length; index++) {
    if (!/\s/.test(tail[index] ?? ' ') && (index === 0 || /\s/.test(tail[index - 1] ?? ''))) candidates.add(tail.slice(index));
  }
  const partial = partialWord(text);
  if (partial) candidates.add(partial);
  return [...candidates];
}

function trimToken(token: TextToken, cut: string): TextToken | undefined {
  if (!token.token.startsWith(cut) || token.token.length === cut.length) return undefined;
  const rest = token.token.slice(cut.length);
  return { token: rest, bytes: encodeUtf8(rest), logprob: token.logprob };
}

/** Removes the first `count` characters of the path, trimming alternatives of the split position alike. */
function dropLeadingCharacters(positions: TextPosition[], count: number): TextPosition[] {
  const kept: TextPosition[] = [];
  let remaining = count;
  for (const position of positions) {
    if (remaining >= position.token.length) {
      remaining -= position.token.length;
      continue;
    }
    const cut = position.token.slice(0, remaining);
    remaining = 0;
    if (!cut) {
      kept.push(position);
      continue;
    }
    const chosen = trimToken(position, cut);
    if (!chosen) continue;
    const alternatives = position.alternatives.map((alternative) => trimToken(alternative, cut)).filter((token) => token !== undefined);
    kept.push({ ...chosen, alternatives });
  }
  return kept;
}

function stripToken(token: TextToken): TextToken | undefined {
  const rest = token.token.replace(HORIZONTAL_SPACE, '');
  return rest ? { token: rest, bytes: encodeUtf8(rest), logprob: token.logprob } : undefined;
}

/** Drops leading spaces and tabs, from alternatives too; positions that were only spaces go. */
function stripLeadingSpace(positions: TextPosition[]): TextPosition[] {
  const start = positions.findIndex((position) => position.token.replace(HORIZONTAL_SPACE, '') !== '');
  if (start === -1) return [];
  const [first, ...rest] = positions.slice(start);
  if (!first) return [];
  const chosen = stripToken(first);
  if (!chosen) return rest;
  return [{ ...chosen, alternatives: first.alternatives.map(stripToken).filter((token) => token !== undefined) }, ...rest];
}

/**
 * Makes the continuation start right after the caret and never repeat what is typed: it strips
 * a leading space when the text already ends with one, and with `stripEcho` (chat models asked
 * to continue may echo the end of the text) the longest typed suffix the output starts with.
 * Positions are held only while the output could still turn out to be an echo.
 *
 * @example
 * const trimmer = new TypedTextTrimmer('We the Peo', { stripEcho: true });
 * trimmer.push(position('People')); // [position('ple')]
 */
export class TypedTextTrimmer {
  readonly #candidates: string[];
  readonly #stripSpace: boolean;
  #buffer: TextPosition[] = [];
  #decided = false;

  constructor(text: string, options: { stripEcho: boolean }) {
    this.#candidates = options.stripEcho ? echoCandidates(text) : [];
    this.#stripSpace = text === '' || /\s$/.test(text);
  }

  push(position: TextPosition): TextPosition[] {
    if (this.#decided) return [position];
    this.#buffer.push(position);
    const output = this.#buffer.map((item) => item.token).join('');
    const undecided =
      (this.#stripSpace && output.trim() === '') ||
      this.#candidates.some((candidate) => candidate.startsWith(output));
    return undecided ? [] : this.#decide(output);
  }

  /** Ends the stream: what is still held either was only an echo or is let through now. */
  finish(): TextPosition[] {
    if (this.#decided) return [];
    return this.#decide(this.#buffer.map((item) => item.token).join(''));
  }

  #decide(output: string): TextPosition[] {
    this.#decided = true;
    const echo = this.#candidates.filter((candidate) => output.startsWith(candidate)).reduce((longest, candidate) => (candidate.length > longest.length ? candidate : longest), '');
    const positions = dropLeadingCharacters(this.#buffer, echo.length);
    this.#buffer = [];
    return this.#stripSpace ? stripLeadingSpace(positions) : positions;
  }
}
