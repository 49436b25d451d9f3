// Script of the pages served with a strict Content-Security-Policy (test/model-files-middleware.mjs):
// registers the element from source and reports its events to the parent test page.
import '../../define.js';

for (const type of ['logprob-suggest', 'logprob-error', 'logprob-model-progress']) {
  document.addEventListener(type, (event) => {
    const { detail } = event as CustomEvent<{ code?: string; options?: unknown[] }>;
    parent.postMessage({ type, code: detail.code, options: detail.options?.length }, '*');
  });
}
