import type { EndEventData, FinishReason, SuggestEvent, SuggestRequest } from '@logprob-autocomplete/protocol';
import { PositionPipeline } from '../positions/position-pipeline.js';
import { toTokenEvent } from '../positions/rank-top-logprobs.js';
import type { TextPosition } from '../positions/text-position.js';
import { continuesOption, extendAlternatives, joinTokens, type ContinueText } from '../positions/word-extension.js';
import type { Upstream, UpstreamUsage } from '../upstream/upstream.js';
import { LOGPROBS_MISSING, toUpstreamErrorEvent } from '../upstream/upstream-error.js';
import { toUpstreamRequest } from '../upstream/upstream-request.js';
import { createWordContinuation } from '../upstream/word-continuation.js';

/**
 * What one suggestion needs.
 *
 * @example
 * const options: SuggestEventsOptions = { upstream, request, signal, timedOut: () => false, startedAt: performance.now() };
 */
export interface SuggestEventsOptions {
  upstream: Upstream;
  request: SuggestRequest;
  /** Aborted when the client hangs up or the time budget runs out. */
  signal: AbortSignal;
  timedOut: () => boolean;
  /** `performance.now()` when the request arrived. */
  startedAt: number;
  /** Extend index 0 and its alternatives to whole words with the upstream's own greedy continuation. */
  extendWords?: boolean | undefined;
  onUpstreamError?: ((error: unknown) => void) | undefined;
}

const FINISH_REASONS: readonly string[] = ['stop', 'length', 'content_filter'] satisfies FinishReason[];

/**
 * One suggestion as protocol events: `token` events (index 0 at the caret, then the most likely
 * path), then `end`, or a sanitised `error`. Once the client has its `max_tokens` positions the
 * upstream request is dropped rather than read to the end. When the client hangs up, nothing more
 * is produced.
 *
 * @example
 * for await (const event of suggestEvents(options)) writer.write(encodeSuggestEvent(event));
 */
export async function* suggestEvents(options: SuggestEventsOptions): AsyncGenerator<SuggestEvent> {
  const { request, upstream } = options;
  const upstreamRequest = toUpstreamRequest(request, upstream.capabilities);
  // Word continuations share the suggestion's document, so the upstream reads it once.
  const continueText: ContinueText | undefined = options.extendWords ? createWordContinuation(upstream, upstreamRequest, options.signal) : undefined;
  const pipeline = new PositionPipeline(request.text, { stripEcho: upstream.capabilities.stripsEcho });
  let index = 0;
  let firstTokenAt: number | undefined;
  let finishReason: FinishReason = 'stop';
  let usage: UpstreamUsage | undefined;
  let upstreamPositions = 0;
  let sawText = false;
  // Index 0 is held while the path goes on with its word, then its alternatives are extended.
  let head: { position: TextPosition; pathToken: string } | undefined;

  const event = (position: TextPosition): SuggestEvent => {
    firstTokenAt ??= performance.now();
    return { type: 'token', data: toTokenEvent(position, index++, request.top_logprobs) };
  };
  const releaseHead = async (): Promise<SuggestEvent | undefined> => {
    if (!head || !continueText) return undefined;
    const { position, pathToken } = head;
    head = undefined;
    return event(await extendAlternatives(position, request.text, pathToken, continueText, request.top_logprobs));
  };
  // The events that positions ready to show make, in order. Plain loops rather than nested
  // generators: every generator layer costs promises per event, and an embedded suggestion
  // has all its positions at once.
  const show = async (positions: TextPosition[], out: SuggestEvent[]): Promise<void> => {
    for (const position of positions) {
      if (continueText && index === 0) {
        if (!head) {
          head = { position, pathToken: position.token };
          continue;
        }
        if (continuesOption(head.position.token, position.token)) {
          head.position = joinTokens(head.position, position);
          continue;
        }
        const released = await releaseHead(); // index 0 is out; this position is index 1
        if (released) out.push(released);
      }
      if (index < request.max_tokens) out.push(event(position));
    }
  };

  try {
    for await (const chunk of upstream.read(upstreamRequest, options.signal)) {
      usage = chunk.usage ?? usage;
      if (chunk.finishReason && FINISH_REASONS.includes(chunk.finishReason)) finishReason = chunk.finishReason as FinishReason;
      sawText ||= chunk.hasText;
      upstreamPositions += chunk.positions.length;
      const out: SuggestEvent[] = [];
      for (const position of chunk.positions) await show(pipeline.push(position), out);
      yield* out;
      if (index >= request.max_tokens) {
        finishReason = 'length';
        break; // leaving the loop aborts the upstream request: the client has what it asked for
      }
    }
    const out: SuggestEvent[] = [];
    await show(pipeline.finish(), out);
    const released = await releaseHead();
    if (released) out.push(released);
    yield* out;
  } catch (error) {
    if (options.signal.aborted && !options.timedOut()) return;
    options.onUpstreamError?.(error);
    yield { type: 'error', data: toUpstreamErrorEvent(error, options.timedOut()) };
    return;
  }
  if (options.timedOut()) {
    yield { type: 'error', data: toUpstreamErrorEvent(undefined, true) };
    return;
  }
  if (options.signal.aborted) return;
  if (sawText && upstreamPositions === 0) {
    yield { type: 'error', data: LOGPROBS_MISSING };
    return;
  }
  yield { type: 'end', data: endData(finishReason, usage, upstreamPositions, options.startedAt, firstTokenAt) };
}

function endData(finishReason: FinishReason, usage: UpstreamUsage | undefined, positions: number, startedAt: number, firstTokenAt: number | undefined): EndEventData {
  const now = performance.now();
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    finish_reason: finishReason,
    usage: {
      prompt_tokens: usage?.prompt_tokens ?? 0,
      completion_tokens: usage?.completion_tokens ?? positions,
      total_tokens: usage?.total_tokens ?? (usage?.prompt_tokens ?? 0) + positions,
    },
    timings: { first_token_ms: round((firstTokenAt ?? now) - startedAt), total_ms: round(now - startedAt) },
  };
}
