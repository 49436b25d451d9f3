import { createParser } from 'eventsource-parser';
import { parseSuggestEvent } from './parse-suggest-event.js';
import type { SuggestEvent } from './suggest-events.js';

/**
 * Incremental parser for text that arrives in arbitrary pieces. Events are delivered as soon as
 * their frame is complete; a malformed event is reported to `onError` and parsing continues.
 *
 * @example
 * const parser = createSuggestEventParser({ onEvent: (event) => console.log(event) });
 * parser.feed('event: end\ndata: {...}\n\n');
 */
export function createSuggestEventParser(callbacks: {
  onEvent: (event: SuggestEvent) => void;
  onError?: (error: Error) => void;
}): { feed: (text: string) => void; reset: () => void } {
  const parser = createParser({
    onEvent(message) {
      try {
        const event = parseSuggestEvent(message.event, message.data);
        if (event) callbacks.onEvent(event);
      } catch (error) {
        callbacks.onError?.(error as Error);
      }
    },
  });
  return { feed: (text) => { parser.feed(text); }, reset: () => { parser.reset(); } };
}

/**
 * Reads a `text/event-stream` body as suggest events. Bytes are decoded with a streaming
 * decoder, so a UTF-8 character split across network chunks is never mangled. A malformed
 * event rejects the iteration with a `SuggestProtocolError`.
 *
 * @example
 * const response = await fetch('/v1/suggest', { method: 'POST', body: JSON.stringify({ text }) });
 * for await (const event of readSuggestStream(response.body!)) console.log(event.type);
 */
export async function* readSuggestStream(body: ReadableStream<Uint8Array>): AsyncGenerator<SuggestEvent> {
  const decoder = new TextDecoder();
  const queue: SuggestEvent[] = [];
  let failure: Error | undefined;
  const parser = createSuggestEventParser({
    onEvent: (event) => queue.push(event),
    onError: (error) => { failure ??= error; },
  });
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      parser.feed(done ? decoder.decode() : decoder.decode(value, { stream: true }));
      yield* queue.splice(0);
      if (failure) throw failure;
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}
