import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { eventsOf, isOpen, mount, pick, pressWith, textOf, waitFor, type Mounted } from '../../test/fixture.js';
import type { LogprobErrorDetail, LogprobSuggestDetail } from '../events.js';
import { insertText } from '../insert-text.js';
import { MODEL_CACHE_NAME } from './fetch-model.js';
import type { LogprobModelLoadDetail, LogprobModelProgressDetail } from './local-model-controller.js';

// The in-page model with real files from the test server (test/model-files-middleware.mjs): the
// real n-gram model loaded in a module worker, and the ways a file or a worker can fail.
interface FileFacts { integrity: string; size: number; [file: string]: number | string }
const facts = async (): Promise<FileFacts> => (await (await fetch('/model-files/requests')).json()) as FileFacts;

const pageErrors: unknown[] = [];
window.addEventListener('error', (event) => pageErrors.push(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => pageErrors.push(event.reason));

interface ModelMounted extends Mounted {
  progress: LogprobModelProgressDetail[];
  /** Resolves when `logprob-model-load` fires. */
  loaded: Promise<LogprobModelLoadDetail>;
}

async function mountModel(attributes: string): Promise<ModelMounted> {
  const mounted = await mount(`<logprob-autocomplete ${attributes} max-tokens="8"><textarea></textarea></logprob-autocomplete>`);
  const progress: LogprobModelProgressDetail[] = [];
  mounted.element.addEventListener('logprob-model-progress', (event) => progress.push(event.detail));
  const loaded = new Promise<LogprobModelLoadDetail>((resolve) => { mounted.element.addEventListener('logprob-model-load', (event) => { resolve(event.detail); }); });
  return Object.assign(mounted, { progress, loaded });
}

const errorsOf = (mounted: Mounted) => mounted.events.filter((event) => event.type === 'logprob-error').map((event) => (event as CustomEvent<LogprobErrorDetail>).detail);

async function expectFailure(attributes: string, code: string): Promise<void> {
  pageErrors.length = 0;
  const mounted = await mountModel(attributes);
  await sendKeys({ type: 'We the people of the' });
  await waitFor(() => errorsOf(mounted).length > 0, `a logprob-error (${code})`);
  expect(errorsOf(mounted)[0]?.code).to.equal(code);
  expect(isOpen(mounted.element)).to.equal(false);
  // The field keeps working: typing goes on, the text is what was typed, nothing was thrown.
  await sendKeys({ type: ' and' });
  expect(textOf(mounted.field)).to.equal('We the people of the and');
  expect(pageErrors).to.deep.equal([]);
}

describe('the in-page model (model-src)', () => {
  before(async () => { await caches.delete(MODEL_CACHE_NAME); });

  it('suggests from the model in a worker, with no request from the page, and accepts as one undo step', async () => {
    const { size } = await facts();
    const mounted = await mountModel(`model-src="/model-files/model.bin" model-size="${size}"`);
    await sendKeys({ type: 'We the people of the' });
    expect(await mounted.loaded).to.deep.equal({ bytes: size, cached: false });
    await waitFor(() => isOpen(mounted.element), 'the list opens');
    expect(mounted.requests).to.deep.equal([]);
    expect(mounted.progress.at(-1)).to.deep.equal({ loaded: size, total: size, cached: false });
    expect(mounted.progress.every((step) => step.total === size && step.loaded <= size)).to.equal(true);
    expect(mounted.element.querySelector('[part~=model-progress]')).to.equal(null);
    const top = mounted.element.options[0];
    if (!top) throw new Error('no option');
    await pick(1);
    expect(textOf(mounted.field)).to.equal(`We the people of the${top.insert}`);
    await pressWith('Control', 'KeyZ');
    expect(textOf(mounted.field)).to.equal('We the people of the');
  });

  it('gives the options the server gives for the same text', async () => {
    // The whole text in one edit (as a paste would be), so each source answers one request for exactly this text: typed
    // key by key on a busy machine, a list could come from a request one letter short and typed
    // through, whose document cache saw a slightly different text.
    const text = 'We the people of the';
    const optionsFor = async (mounted: Mounted, source: string) => {
      insertText(mounted.field, text, () => { throw new Error('the browser refused insertText'); });
      const answered = () => eventsOf<LogprobSuggestDetail>(mounted.events, 'logprob-suggest').find((detail) => detail.text === text && detail.source === 'network' && detail.end !== undefined);
      await waitFor(() => answered() !== undefined && isOpen(mounted.element), `the ${source} list for the whole text`);
      return answered()?.options.map((option) => [option.insert, option.probability]);
    };
    const local = await optionsFor(await mountModel('model-src="/model-files/model.bin"'), 'in-page');
    const remote = await optionsFor(await mount('<logprob-autocomplete src="/v1/suggest" max-tokens="8"><textarea></textarea></logprob-autocomplete>'), 'server');
    expect(local?.length).to.be.greaterThan(0);
    expect(local).to.deep.equal(remote);
  });

  it('shows a progress bar while loading and starts a second visit from Cache Storage, with no download', async () => {
    await caches.delete(MODEL_CACHE_NAME);
    // A URL of its own: a worker from an earlier test may still be fetching the plain one.
    const url = `model.bin?visits=${String(Date.now())}`;
    const first = await mountModel(`model-src="/model-files/${url}"`);
    expect(first.element.querySelector('progress[part~=model-progress]')).to.not.equal(null);
    expect((await first.loaded).cached).to.equal(false);
    expect((await facts())[url]).to.equal(1);
    const second = await mountModel(`model-src="/model-files/${url}"`);
    expect((await second.loaded).cached).to.equal(true);
    expect(second.progress.at(-1)?.cached).to.equal(true);
    await sendKeys({ type: 'We the people of the' });
    await waitFor(() => isOpen(second.element), 'the list opens');
    expect((await facts())[url]).to.equal(1);
  });

  it('drops the list from the server when the element switches to model-src', async () => {
    const mounted = await mount('<logprob-autocomplete src="/v1/suggest" max-tokens="8"><textarea></textarea></logprob-autocomplete>');
    await sendKeys({ type: 'We the people of the' });
    await waitFor(() => isOpen(mounted.element), 'the server list opens');
    mounted.element.setAttribute('model-src', '/model-files/model.bin');
    await mounted.element.updateComplete;
    expect(isOpen(mounted.element)).to.equal(false);
    expect(textOf(mounted.field)).to.equal('We the people of the');
  });

  it('loads the model once for every element on the page that names it', async () => {
    await caches.delete(MODEL_CACHE_NAME);
    // A URL of its own: a worker from an earlier test may still be fetching the plain one.
    const url = `model.bin?once=${String(Date.now())}`;
    const field = `<logprob-autocomplete model-src="/model-files/${url}"><textarea></textarea></logprob-autocomplete>`;
    const { element } = await mount(`<div>${field}${field}${field}</div>`);
    const elements = [...element.parentElement?.querySelectorAll('logprob-autocomplete') ?? []];
    expect(elements.length).to.equal(3);
    await Promise.all(elements.map((each) => new Promise((resolve) => { each.addEventListener('logprob-model-load', resolve, { once: true }); })));
    expect(Number((await facts())[url])).to.equal(1);
  });

  it('accepts a file whose SHA-256 matches model-integrity', async () => {
    const { integrity, size } = await facts();
    await caches.delete(MODEL_CACHE_NAME);
    const mounted = await mountModel(`model-src="/model-files/model.bin" model-integrity="${integrity}" model-size="${size}"`);
    await sendKeys({ type: 'We the people of the' });
    await mounted.loaded;
    await waitFor(() => isOpen(mounted.element), 'the list opens');
  });

  it('says model_unavailable for a file that 404s', async () => {
    await expectFailure('model-src="/model-files/missing.bin"', 'model_unavailable');
  });

  it('says model_corrupt for a truncated file', async () => {
    await expectFailure('model-src="/model-files/truncated.bin"', 'model_corrupt');
  });

  it('says model_corrupt for a file shorter than model-size', async () => {
    const { size } = await facts();
    await expectFailure(`model-src="/model-files/truncated.bin" model-size="${size}"`, 'model_corrupt');
  });

  it('says model_corrupt for a tampered file that does not match model-integrity', async () => {
    const { integrity } = await facts();
    await expectFailure(`model-src="/model-files/tampered.bin" model-integrity="${integrity}"`, 'model_corrupt');
  });

  it('says model_version for a file of another format version', async () => {
    await expectFailure('model-src="/model-files/v99.bin"', 'model_version');
  });

  it('says worker_crashed when the worker crashes mid-request', async () => {
    await expectFailure('model-src="/model-files/model.bin" model-worker-src="/src/local-model/test-support/crashing-model-worker.ts"', 'worker_crashed');
  });
});

async function openInFrame(path: string): Promise<{ frame: HTMLIFrameElement; messages: { type: string; code?: string; options?: number }[] }> {
  document.body.replaceChildren();
  const messages: { type: string; code?: string; options?: number }[] = [];
  window.addEventListener('message', (event: MessageEvent<{ type: string; code?: string; options?: number }>) => { messages.push(event.data); });
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => { frame.addEventListener('load', resolve, { once: true }); });
  await waitFor(() => !!frame.contentDocument?.querySelector('logprob-autocomplete textarea') && !!frame.contentWindow?.customElements.get('logprob-autocomplete'), 'the framed element is defined');
  frame.contentDocument?.querySelector('textarea')?.focus();
  return { frame, messages };
}

describe('the in-page model under a strict Content-Security-Policy', () => {
  it("suggests with script-src, worker-src and connect-src 'self' and nothing else", async () => {
    const { messages } = await openInFrame('/model-files/csp.html');
    await sendKeys({ type: 'We the people of the' });
    await waitFor(() => messages.some((message) => message.type === 'logprob-suggest' && (message.options ?? 0) > 0), 'suggestions inside the CSP page');
    expect(messages.filter((message) => message.type === 'logprob-error')).to.deep.equal([]);
  });

  it("says worker_crashed, and the field keeps working, when worker-src forbids the worker", async () => {
    const { frame, messages } = await openInFrame('/model-files/csp-no-worker.html');
    await sendKeys({ type: 'We the' });
    await waitFor(() => messages.some((message) => message.type === 'logprob-error'), 'a logprob-error inside the CSP page');
    expect(messages.find((message) => message.type === 'logprob-error')?.code).to.equal('worker_crashed');
    expect(frame.contentDocument?.querySelector('textarea')?.value).to.equal('We the');
  });
});
