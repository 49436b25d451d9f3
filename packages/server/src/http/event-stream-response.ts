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

const encoder = new TextEncoder();
const INTERNAL_ERROR: SuggestEvent = { type: 'error', data: { code: 'internal_error', message: 'The suggestion failed.' } };

/**
 * A pull-based SSE body: the next event is produced only when the runtime asks for more, so a
 * slow client slows the upstream read instead of growing a buffer. Cancelling the body (the
 * client hung up) calls `onCancel` and ends the generator; `onDone` runs exactly once either way.
 *
 * @example
 * return new Response(toEventStream(suggestEvents(options), { onCancel: run.abort, onDone: run.dispose }), { headers: EVENT_STREAM_HEADERS });
 */
export function toEventStream(
  events: AsyncGenerator<SuggestEvent>,
  callbacks: { onCancel: () => void; onDone: () => void },
): ReadableStream<Uint8Array> {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    callbacks.onDone();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await events.next();
          if (next.done) {
            finish();
            controller.close();
          } else {
            controller.enqueue(encoder.encode(encodeSuggestEvent(next.value)));
          }
        } catch {
          // A bug, not an upstream failure (those are events already): say so without details.
          finish();
          controller.enqueue(encoder.encode(encodeSuggestEvent(INTERNAL_ERROR)));
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
