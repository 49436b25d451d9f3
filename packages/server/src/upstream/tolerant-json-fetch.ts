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

const NEWLINE = 0x0a;
const CAPITAL_I = 0x49; // the first letter of Infinity
const CAPITAL_N = 0x4e; // the first letter of NaN

function concat(first: Uint8Array, second: Uint8Array): Uint8Array {
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

// Works on whole lines, as bytes, so that a value split across network chunks is still seen
// whole. Lines without a capital I or N (almost all of them: JSON keys are lower case) are passed
// on as they came, without decoding and encoding them again: this sits on every relayed token.
// A pull-based stream over the body's reader rather than `pipeThrough`: a TransformStream and its
// pipe hold about 12 KiB per open stream, this a fraction of that.
const decoder = new TextDecoder(); // whole lines only, so no state is carried between calls
const encoder = new TextEncoder();

function repairStream(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let pending = new Uint8Array(0);
  const repaired = (lines: Uint8Array): Uint8Array =>
    lines.indexOf(CAPITAL_I) === -1 && lines.indexOf(CAPITAL_N) === -1 ? lines : encoder.encode(repairNonFiniteNumbers(decoder.decode(lines)));
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            if (pending.length > 0) controller.enqueue(repaired(pending));
            controller.close();
            return;
          }
          const data = pending.length > 0 ? concat(pending, value) : value;
          const end = data.lastIndexOf(NEWLINE) + 1;
          pending = data.slice(end);
          if (end > 0) {
            controller.enqueue(repaired(data.subarray(0, end)));
            return;
          }
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
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
