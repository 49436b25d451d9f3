import { encodeSuggestEvent, type SuggestEvent } from '@logprob-autocomplete/protocol';

/**
 * Headers of every event stream: no caching, and no buffering by proxies (nginx reads
 * `X-Accel-Buffering`; `no-transform` stops compression that would hold events back).
 */
export const EVENT_STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
} as const;

const INTERNAL_ERROR: SuggestEvent = { type: 'error', data: { code: 'internal_error', message: 'The suggestion failed.' } };

const TURN_OVER = Symbol('turn over');

// Resolves once the event loop has turned: everything already queued as microtasks runs first.
function endOfTurn(): Promise<typeof TURN_OVER> {
  return new Promise((resolve) => {
    if (typeof setImmediate === 'function') setImmediate(resolve, TURN_OVER);
    else setTimeout(resolve, 0, TURN_OVER);
  });
}

/**
 * Options of {@link toEventStream}.
 *
 * @example
 * toEventStream(events, { onCancel: run.abort, onDone: run.dispose, batch: true });
 */
export interface EventStreamCallbacks {
  /** The client went away: stop the work. */
  onCancel: () => void;
  /** The stream is over, whichever way; runs exactly once. */
  onDone: () => void;
  /**
   * Send the events the generator has ready before the event loop turns as one chunk (one
   * socket write instead of one per event), asking the generator for at most one event ahead of
   * the client. An event that is not ready yet never holds back the ones that are.
   */
  batch?: boolean;
}

/**
 * A pull-based SSE body: the next event is produced only when the runtime asks for more, so a
 * slow client slows the upstream read instead of growing a buffer. Cancelling the body (the
 * client hung up) calls `onCancel` and ends the generator; `onDone` runs exactly once either way.
 *
 * @example
 * return new Response(toEventStream(suggestEvents(options), { onCancel: run.abort, onDone: run.dispose }), { headers: EVENT_STREAM_HEADERS });
 */
export function toEventStream(events: AsyncGenerator<SuggestEvent>, callbacks: EventStreamCallbacks): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let done = false;
  // With `batch`, the generator's next event, asked for before the end of the last turn.
  let ahead: Promise<IteratorResult<SuggestEvent>> | undefined;
  const finish = () => {
    if (done) return;
    done = true;
    callbacks.onDone();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let text = '';
        try {
          let next = await (ahead ?? events.next());
          ahead = undefined;
          const turn = callbacks.batch ? endOfTurn() : undefined;
          while (!next.done) {
            text += encodeSuggestEvent(next.value);
            if (!turn) break;
            const following = events.next();
            const first = await Promise.race([following, turn]);
            if (first === TURN_OVER) {
              ahead = following;
              following.catch(() => undefined); // a failure is reported when the next pull awaits it
              break;
            }
            next = first;
          }
          if (text) controller.enqueue(encoder.encode(text));
          if (next.done) {
            finish();
            controller.close();
          }
        } catch {
          // A bug, not an upstream failure (those are events already): say so without details.
          finish();
          controller.enqueue(encoder.encode(text + encodeSuggestEvent(INTERNAL_ERROR)));
          controller.close();
        }
      },
      async cancel() {
        callbacks.onCancel();
        try {
          await events.return(undefined);
        } finally {
          finish();
        }
      },
    },
    { highWaterMark: 0 },
  );
}

/**
 * The whole event stream as one text, for a generator that has every event at once (the
 * embedded model answers in one piece, in well under a millisecond): one write with a
 * Content-Length instead of a streamed body. A bug becomes an `internal_error` event, as in
 * {@link toEventStream}; `onDone` runs once at the end.
 *
 * @example
 * return new Response(await toEventStreamText(events, { onDone: run.dispose }), { headers: EVENT_STREAM_HEADERS });
 */
export async function toEventStreamText(events: AsyncGenerator<SuggestEvent>, callbacks: { onDone: () => void }): Promise<string> {
  let text = '';
  try {
    for await (const event of events) text += encodeSuggestEvent(event);
  } catch {
    text += encodeSuggestEvent(INTERNAL_ERROR);
  } finally {
    callbacks.onDone();
  }
  return text;
}
