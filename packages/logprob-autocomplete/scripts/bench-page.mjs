// The page-side half of the benchmark, injected with page.evaluate: hooks that time a keystroke
// until the list it caused has been painted, and count the element's requests.
export function installProbes() {
  const element = document.querySelector('logprob-autocomplete');
  window.__requests = 0;
  const realFetch = window.fetch.bind(window);
  window.fetch = (...args) => {
    window.__requests += 1;
    return realFetch(...args);
  };
  let keydownAt = 0;
  window.addEventListener('keydown', (event) => { keydownAt = event.timeStamp; }, true);
  // Resolves with milliseconds from the next keydown to the list rendered in the DOM (`rendered`)
  // and to the frame after it (`painted`): the
  // element announces the change (logprob-suggest), Lit renders, requestAnimationFrame runs just
  // before paint, and a message posted from it runs just after.
  window.__nextPaint = () =>
    new Promise((resolve) => {
      element.addEventListener(
        'logprob-suggest',
        async () => {
          await element.updateComplete;
          const rendered = performance.now() - keydownAt;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => { resolve({ rendered, painted: performance.now() - keydownAt }); };
            channel.port2.postMessage(0);
          });
        },
        { once: true },
      );
    });
}
