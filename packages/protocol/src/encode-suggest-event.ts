import type { SuggestEvent } from './suggest-events.js';

/**
 * Serialises one event as a server-sent-event frame. `JSON.stringify` escapes every newline, so
 * the payload is always a single `data:` line.
 *
 * @example
 * encodeSuggestEvent({ type: 'error', data: { code: 'rate_limited', message: 'Slow down' } });
 * // 'event: error\ndata: {"code":"rate_limited","message":"Slow down"}\n\n'
 */
export function encodeSuggestEvent(event: SuggestEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * A stream that turns events into UTF-8 SSE frames, for servers that return a `Response` body.
 *
 * @example
 * const body = eventStream.pipeThrough(createSuggestEventEncoderStream());
 */
export function createSuggestEventEncoderStream(): TransformStream<SuggestEvent, Uint8Array> {
  const encoder = new TextEncoder();
  return new TransformStream({
    transform(event, controller) {
      controller.enqueue(encoder.encode(encodeSuggestEvent(event)));
    },
  });
}
