import * as v from 'valibot';
import { toErrorBody, type FieldIssue, type SuggestErrorBody } from './error-codes.js';
import { isRecord } from './is-record.js';
import { SUGGEST_LIMITS } from './suggest-limits.js';
import { findTextProblem } from './text-validity.js';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `a string`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a non-finite number';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function textField(maxLength: number) {
  return v.pipe(
    v.string((issue) => `must be a string, received ${describe(issue.input)}`),
    v.maxLength(maxLength, `must be at most ${maxLength} characters long`),
    v.rawCheck(({ dataset, addIssue }) => {
      const problem = dataset.typed ? findTextProblem(dataset.value) : undefined;
      if (problem) addIssue({ message: problem });
    }),
  );
}

function integerField(range: { min: number; max: number }) {
  const message = `must be an integer from ${range.min} to ${range.max}`;
  return v.pipe(
    v.number((issue) => `${message}, received ${describe(issue.input)}`),
    v.integer((issue) => `${message}, received ${describe(issue.input)}`),
    v.minValue(range.min, (issue) => `${message}, received ${describe(issue.input)}`),
    v.maxValue(range.max, (issue) => `${message}, received ${describe(issue.input)}`),
  );
}

/**
 * The body of `POST /v1/suggest`. Unknown fields are rejected so that typos (`top_logprob`)
 * fail loudly instead of silently using a default.
 *
 * @example
 * const result = v.safeParse(SuggestRequestSchema, { text: 'We the Peo' });
 */
export const SuggestRequestSchema = v.strictObject(
  {
    text: textField(SUGGEST_LIMITS.maxTextLength),
    after: v.optional(textField(SUGGEST_LIMITS.maxAfterLength)),
    top_logprobs: v.optional(integerField(SUGGEST_LIMITS.topLogprobs), SUGGEST_LIMITS.topLogprobs.default),
    max_tokens: v.optional(integerField(SUGGEST_LIMITS.maxTokens), SUGGEST_LIMITS.maxTokens.default),
    model: v.optional(
      v.pipe(
        v.string((issue) => `must be a string, received ${describe(issue.input)}`),
        v.minLength(1, 'must not be empty'),
        v.maxLength(SUGGEST_LIMITS.maxModelLength, `must be at most ${SUGGEST_LIMITS.maxModelLength} characters long`),
      ),
    ),
    temperature: v.optional(
      v.pipe(
        v.number((issue) => `must be a number from 0 to 2, received ${describe(issue.input)}`),
        v.minValue(SUGGEST_LIMITS.temperature.min, (issue) => `must be a number from 0 to 2, received ${describe(issue.input)}`),
        v.maxValue(SUGGEST_LIMITS.temperature.max, (issue) => `must be a number from 0 to 2, received ${describe(issue.input)}`),
      ),
    ),
  },
  () => `is not a known field`,
);

/** What a client sends: every field but `text` may be left out. */
export type SuggestRequestInput = v.InferInput<typeof SuggestRequestSchema>;
/** A validated request with defaults applied. */
export type SuggestRequest = v.InferOutput<typeof SuggestRequestSchema>;

export type SuggestRequestResult =
  | { success: true; request: SuggestRequest }
  | { success: false; issues: FieldIssue[] };

/**
 * Validates an already JSON-parsed body. Never throws; every issue names its field.
 *
 * @example
 * const result = parseSuggestRequest(await request.json());
 * if (!result.success) return Response.json(toSuggestErrorBody(result.issues), { status: 400 });
 */
export function parseSuggestRequest(body: unknown): SuggestRequestResult {
  if (!isRecord(body)) {
    return { success: false, issues: [{ field: '(body)', message: `must be a JSON object, received ${describe(body)}` }] };
  }
  const result = v.safeParse(SuggestRequestSchema, body, { abortPipeEarly: true });
  if (result.success) return { success: true, request: result.output };
  return { success: false, issues: result.issues.map(toFieldIssue) };
}

function toFieldIssue(issue: v.BaseIssue<unknown>): FieldIssue {
  const field = v.getDotPath(issue) ?? '(body)';
  // The strict object reports both unknown and missing keys; an unknown key is the one whose
  // expected value is `never`.
  if (issue.type === 'strict_object' && issue.expected !== 'never') return { field, message: 'is required' };
  return { field, message: issue.message };
}

/**
 * Turns validation issues into the 400 body: the message names the field and the reason.
 *
 * @example
 * toSuggestErrorBody([{ field: 'top_logprobs', message: 'must be an integer from 1 to 20, received 25' }]);
 * // { error: { code: 'invalid_request', message: 'top_logprobs: must be an integer from 1 to 20, received 25', ... } }
 */
export function toSuggestErrorBody(issues: FieldIssue[]): SuggestErrorBody {
  const listed = issues.length > 0 ? issues : [{ field: '(body)', message: 'is invalid' }];
  return toErrorBody('invalid_request', listed.map((issue) => `${issue.field}: ${issue.message}`).join('; '), listed);
}
