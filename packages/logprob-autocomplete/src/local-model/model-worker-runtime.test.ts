import { expect } from '@esm-bundle/chai';
import { readSuggestStream, type SuggestEvent } from '@logprob-autocomplete/protocol';
import type { FromModelWorker } from './model-messages.js';
import { createModelWorkerRuntime } from './model-worker-runtime.js';

// The worker's message loop, run here on the test page's thread so that its messages can be read
// one by one (the element tests run it in its real worker).
function runtime() {
  const messages: FromModelWorker[] = [];
  const handle = createModelWorkerRuntime((message) => messages.push(message));
  const next = async (predicate: (message: FromModelWorker) => boolean): Promise<FromModelWorker> => {
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      // Polls a state (the messages posted so far), not a duration: it returns as soon as one matches.
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { messages, handle, next };
}

async function eventsOf(body: string): Promise<SuggestEvent[]> {
  const events: SuggestEvent[] = [];
  for await (const event of readSuggestStream(new Response(body).body ?? new ReadableStream())) events.push(event);
  return events;
}

describe('the model worker runtime', () => {
  it('answers a suggestion asked for during the load once the model is ready', async () => {
    const { handle, next } = runtime();
    handle({ type: 'load', source: { url: new URL('/model-files/model.bin', location.href).href } });
    handle({ type: 'suggest', id: 1, body: JSON.stringify({ text: 'We the people of the', max_tokens: 3 }) });
    const response = await next((message) => message.type === 'response');
    if (response.type !== 'response') throw new Error('unreachable');
    expect(response.status).to.equal(200);
    const events = await eventsOf(response.body);
    expect(events.filter((event) => event.type === 'token').length).to.equal(3);
    expect(events.at(-1)?.type).to.equal('end');
  });

  it('drops a suggestion aborted while the model loads: it never runs and gets no answer', async () => {
    const { handle, next, messages } = runtime();
    handle({ type: 'load', source: { url: new URL('/model-files/model.bin', location.href).href } });
    handle({ type: 'suggest', id: 1, body: JSON.stringify({ text: 'We the' }) });
    handle({ type: 'abort', id: 1 });
    handle({ type: 'suggest', id: 2, body: JSON.stringify({ text: 'We the people' }) });
    await next((message) => message.type === 'response');
    // An absence can only be seen by waiting: a late answer to the aborted request would arrive
    // within a few ms of the other's; 50 ms is the window it is looked for in, not a race to win.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(messages.flatMap((message) => (message.type === 'response' ? [message.id] : []))).to.deep.equal([2]);
  });

  it('rejects a bad request as the server does, naming the field', async () => {
    const { handle, next } = runtime();
    handle({ type: 'load', source: { url: new URL('/model-files/model.bin', location.href).href } });
    handle({ type: 'suggest', id: 1, body: JSON.stringify({ text: 'We the', top_logprobs: 99 }) });
    const response = await next((message) => message.type === 'response');
    if (response.type !== 'response') throw new Error('unreachable');
    expect(response.status).to.equal(400);
    expect((JSON.parse(response.body) as { error: { field: string } }).error.field).to.equal('top_logprobs');
  });
});
