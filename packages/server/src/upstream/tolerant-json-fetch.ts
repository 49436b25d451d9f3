// Python's json module writes -Infinity, Infinity and NaN by default, and logprobs are where
// they show up (a masked token has log 0 = -inf). They are not JSON, and one of them makes the
// SDK's JSON.parse fail the whole stream, so they become null, which the normalisers treat as
// "unknown", exactly what they mean.
const NON_FINITE = /([:[,]\s*)-?(?:Infinity|NaN)(?=\s*[,\]}])/g;

/**
 * Replaces non-JSON numbers in one line of text with `null`.
 *
 * @example
 * repairNonFiniteNumbers('{"logprob":-Infinity}'); // '{"logprob":null}'
 */
export function repairNonFiniteNumbers(line: string): string {
  return line.includes('Infinity') || line.includes('NaN') ? line.replace(NON_FINITE, '$1null') : line;
}

function repairStream(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let carry = '';
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        const text = carry + decoder.decode(chunk, { stream: true });
        const end = text.lastIndexOf('\n') + 1;
        carry = text.slice(end);
        // Whole lines only, so a value split across network chunks is still seen whole.
        if (end > 0) controller.enqueue(encoder.encode(repairNonFiniteNumbers(text.slice(0, end))));
      },
      flush(controller) {
        const rest = carry + decoder.decode();
        if (rest) controller.enqueue(encoder.encode(repairNonFiniteNumbers(rest)));
      },
    }),
  );
}

/**
 * A `fetch` whose event-stream and JSON responses have non-JSON numbers repaired.
 *
 * @example
 * new OpenAI({ fetch: withTolerantJson(fetch) });
 */
export function withTolerantJson(fetchImpl: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    const type = response.headers.get('content-type') ?? '';
    if (!response.body || !/event-stream|json/i.test(type)) return response;
    return new Response(repairStream(response.body), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
