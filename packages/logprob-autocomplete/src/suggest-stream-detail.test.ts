import { expect } from '@esm-bundle/chai';
import { readSuggestStream, type EndEventData, type TokenEventData } from '@logprob-autocomplete/protocol';
import { sendKeys } from '@web/test-runner-commands';
import type { LogprobSuggestDetail } from './events.js';
import { eventsOf, isOpen, mount, waitFor } from '../test/fixture.js';

const SRC = '/fake/suggest?scenario=trickle&delay=30';

/** Replays the element's last request body against the fake endpoint: what it streamed. */
async function streamedFor(body: string): Promise<{ tokens: TokenEventData[]; end: EndEventData | undefined }> {
  const response = await fetch(SRC, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const tokens: TokenEventData[] = [];
  let end: EndEventData | undefined;
  if (!response.body) throw new Error('no body');
  for await (const event of readSuggestStream(response.body)) {
    if (event.type === 'token') tokens.push(event.data);
    else if (event.type === 'end') end = event.data;
  }
  return { tokens, end };
}

describe('logprob-suggest detail: the stream', () => {
  it('carries the token events and the end event the endpoint streamed', async () => {
    const { element, requests, events } = await mount(`<logprob-autocomplete src="${SRC}"><textarea></textarea></logprob-autocomplete>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => isOpen(element), 'the list opens');
    const suggested = () => eventsOf<LogprobSuggestDetail>(events, 'logprob-suggest');
    await waitFor(() => suggested().some((detail) => detail.end), 'an event with the end event');
    const body = requests.at(-1);
    if (body === undefined) throw new Error('no request was made');
    const expected = await streamedFor(body);
    expect(expected.tokens.length).to.be.greaterThan(1);

    const details = suggested();
    const last = details.at(-1);
    expect(last?.end).to.deep.equal(expected.end);
    expect(last?.tokens).to.deep.equal(expected.tokens);
    expect(last?.source).to.equal('network');
    // The endpoint trickles: the event fired as tokens arrived, each a snapshot that later tokens
    // did not change, and the end event alone fired once more.
    const network = details.filter((detail) => detail.source === 'network');
    const lengths = network.map((detail) => detail.tokens.length);
    expect(new Set(lengths).size).to.be.greaterThan(1);
    for (const detail of network) expect(detail.tokens).to.deep.equal(expected.tokens.slice(0, detail.tokens.length));
    expect(network.filter((detail) => detail.end)).to.have.length(1);
    expect(network.at(-2)?.tokens).to.equal(last?.tokens);
  });

  it('keeps the same tokens on type-through without a new request', async () => {
    const { element, requests, events } = await mount(`<logprob-autocomplete src="${SRC}"><textarea></textarea></logprob-autocomplete>`);
    await sendKeys({ type: 'We' });
    await waitFor(() => eventsOf<LogprobSuggestDetail>(events, 'logprob-suggest').some((detail) => detail.end), 'the end event');
    const count = requests.length;
    const before = eventsOf<LogprobSuggestDetail>(events, 'logprob-suggest').at(-1);
    await sendKeys({ type: ' t' });
    await waitFor(() => eventsOf<LogprobSuggestDetail>(events, 'logprob-suggest').at(-1)?.source === 'local', 'a type-through event');
    const after = eventsOf<LogprobSuggestDetail>(events, 'logprob-suggest').at(-1);
    expect(isOpen(element)).to.equal(true);
    expect(after?.tokens).to.equal(before?.tokens);
    expect(after?.end).to.equal(before?.end);
    expect(requests).to.have.length(count);
  });
});
