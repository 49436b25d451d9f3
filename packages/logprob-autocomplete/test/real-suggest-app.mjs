// The real suggest function (@logprob-autocomplete/server, embedded n-gram model) for the browser
// tests and the benchmark, answered in process: requests to the dev server's /v1/suggest are
// handed to the Hono app's fetch, so no port is opened and nothing leaves the machine.

/** Creates the app, or returns an Error saying why it is unavailable. */
export async function createRealSuggestApp() {
  try {
    const { createSuggestApp } = await import('@logprob-autocomplete/server');
    const { loadDefaultModel } = await import('@logprob-autocomplete/ngram/node');
    // No OPENAI_* variables: the server answers with the embedded model, deterministically.
    const app = createSuggestApp({ env: {}, rateLimit: false, model: loadDefaultModel });
    // Fail now rather than in the first test if the embedded model cannot answer.
    const probe = await app.fetch(
      new Request('http://127.0.0.1/v1/suggest', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'We the', max_tokens: 1 }),
      }),
    );
    if (!probe.ok) throw new Error(`probe answered HTTP ${probe.status}: ${await probe.text()}`);
    await probe.text();
    return app;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Answers a Node request with a fetch-style app, streaming the response body as it comes. */
export async function answerWith(app, request, response) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
  const answer = await app.fetch(
    new Request(`http://127.0.0.1${request.url}`, { method: request.method, headers, body: Buffer.concat(chunks) }),
  );
  response.writeHead(answer.status, Object.fromEntries(answer.headers));
  response.flushHeaders();
  if (answer.body) for await (const chunk of answer.body) response.write(chunk);
  response.end();
}

/** web-test-runner middleware: POST /v1/suggest goes to `app`. */
export function realSuggestMiddleware(app) {
  return async (context, next) => {
    if (context.path !== '/v1/suggest') return next();
    context.respond = false;
    await answerWith(app, context.req, context.res);
  };
}
