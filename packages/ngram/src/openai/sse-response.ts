const encoder = new TextEncoder();

/**
 * A `text/event-stream` response sending each object as `data: {json}` and then `data: [DONE]`,
 * as OpenAI's API streams. Pull-based: one chunk is produced per read, so a client that goes
 * away stops generation.
 *
 * @example
 * return sseResponse([{ id: 'x' }][Symbol.iterator]());
 */
export function sseResponse(chunks: Iterator<object>): Response {
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) {
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(`data: ${JSON.stringify(next.value)}\n\n`));
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
  });
}
