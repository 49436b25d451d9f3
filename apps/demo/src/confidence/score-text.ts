import { EMBEDDED_MODEL_ID, MAX_CONTEXT_CHARACTERS } from '@logprob-autocomplete/ngram';

/** One token of the user's own text, as the model scored it. */
export interface ScoredToken {
  /** The token as the API spells it; a piece of a character is `bytes:\xe3\x81`. */
  token: string;
  /** `null` for the first token, which has no context to be predicted from. */
  logprob: number | null;
  /** What the model expected at this position instead, most likely first. */
  alternatives: { token: string; logprob: number }[];
}

/** The embedded model scores (echoes) at most this many characters of prompt at once. */
export const SCORE_MAX_CHARACTERS = MAX_CONTEXT_CHARACTERS;

/**
 * Where scoring starts so that at most `SCORE_MAX_CHARACTERS` are sent: the whole text when it
 * fits, else the last part, from a word boundary so no token is cut in half (and never inside a
 * surrogate pair, for text without spaces).
 *
 * @example
 * scoringStart('short text'); // 0
 */
export function scoringStart(text: string, maxCharacters = SCORE_MAX_CHARACTERS): number {
  if (text.length <= maxCharacters) return 0;
  const start = text.length - maxCharacters;
  const boundary = text.slice(start).search(/\s/);
  if (boundary !== -1) return start + boundary;
  const code = text.charCodeAt(start);
  return code >= 0xdc00 && code <= 0xdfff ? start + 1 : start;
}

/** Scoring failed; `message` is a sentence for the person, `status` the HTTP status if any. */
export class ScoringError extends Error {
  override name = 'ScoringError';
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

/** The embedded model's OpenAI-compatible API, mounted by the server. */
const SCORE_PATH = '/openai/v1/completions';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads the `logprobs` of a legacy completion made with `echo: true`: the prompt's own tokens come
 * first; anything at or past `promptCodePoints` is a generated continuation and is dropped.
 * `text_offset` counts Unicode code points (as vLLM and llama-cpp-python do), not UTF-16 units.
 *
 * @example
 * parseEchoLogprobs(await response.json(), Array.from(text).length);
 */
export function parseEchoLogprobs(body: unknown, promptCodePoints: number): ScoredToken[] {
  const choice: unknown = isRecord(body) && Array.isArray(body.choices) ? body.choices[0] : undefined;
  const logprobs = isRecord(choice) ? choice.logprobs : undefined;
  if (!isRecord(logprobs) || !Array.isArray(logprobs.tokens) || !Array.isArray(logprobs.token_logprobs)) {
    throw new ScoringError('The model answered without logprobs, so the text cannot be scored.');
  }
  const offsets = Array.isArray(logprobs.text_offset) ? (logprobs.text_offset as unknown[]) : [];
  const tops = Array.isArray(logprobs.top_logprobs) ? (logprobs.top_logprobs as unknown[]) : [];
  const scored: ScoredToken[] = [];
  (logprobs.tokens as unknown[]).forEach((token, index) => {
    const offset = offsets[index];
    if (typeof token !== 'string' || (typeof offset === 'number' && offset >= promptCodePoints)) return;
    const logprob = (logprobs.token_logprobs as unknown[])[index];
    const top = tops[index];
    scored.push({
      token,
      logprob: typeof logprob === 'number' ? logprob : null,
      alternatives: isRecord(top)
        ? Object.entries(top)
            .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
            .map(([alternative, value]) => ({ token: alternative, logprob: value }))
            .sort((a, b) => b.logprob - a.logprob)
        : [],
    });
  });
  return scored;
}

async function failureMessage(response: Response): Promise<string> {
  if (response.status === 429) return 'The model is busy (429, too many requests); scoring resumes when you type again.';
  if (response.status >= 500) return `The model failed to score the text (server error ${response.status}).`;
  // A 4xx names what it rejects (for example a control character); that is worth showing.
  const body: unknown = await response.json().catch(() => undefined);
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const reason = typeof error?.message === 'string' ? error.message : `the server answered ${response.status}`;
  return `The model cannot score this text: ${reason}.`;
}

/**
 * Scores text token by token with the embedded model (`echo` + `logprobs`), the highlight-by-
 * confidence use of logprobs. Throws a `ScoringError` with a plain message on failure.
 *
 * @example
 * const tokens = await scoreText('We the People of the United States', { signal });
 */
export async function scoreText(text: string, options: { signal?: AbortSignal } = {}): Promise<ScoredToken[]> {
  let response: Response;
  try {
    response = await fetch(SCORE_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: EMBEDDED_MODEL_ID, prompt: text, echo: true, logprobs: 5, max_tokens: 0, temperature: 0 }),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ScoringError('The server could not be reached to score the text.');
  }
  if (!response.ok) throw new ScoringError(await failureMessage(response), response.status);
  return parseEchoLogprobs(await response.json(), Array.from(text).length);
}
