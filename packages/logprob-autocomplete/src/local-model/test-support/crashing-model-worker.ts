// A model worker that loads "fine" and then throws on the first suggestion: what a worker that
// crashes mid-request looks like to the page (an `error` event on the Worker).
import type { FromModelWorker, ToModelWorker } from '../model-messages.js';

addEventListener('message', (event: MessageEvent<ToModelWorker>) => {
  if (event.data.type === 'load') postMessage({ type: 'ready', bytes: 0, cached: false } satisfies FromModelWorker);
  if (event.data.type === 'suggest') throw new Error('the model worker crashed on purpose');
});
