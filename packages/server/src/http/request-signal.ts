/**
 * The signal an upstream call runs under: aborted when the client hangs up (the runtime's request
 * signal, or the response body being cancelled) or when the time budget runs out. Hand-rolled
 * rather than `AbortSignal.any` + `AbortSignal.timeout` so that every listener and timer is
 * removed the moment the stream ends, which keeps memory flat under thousands of hang-ups.
 *
 * @example
 * const run = createRequestSignal(request.signal, 10_000);
 * try { await fetch(url, { signal: run.signal }); } finally { run.dispose(); }
 */
export function createRequestSignal(requestSignal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onRequestAbort = () => { controller.abort(); };
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  if (requestSignal?.aborted) controller.abort();
  else requestSignal?.addEventListener('abort', onRequestAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    /** The client is gone: stop everything. */
    abort: () => { controller.abort(); },
    /** The run is over: release the timer and the listener. */
    dispose: () => {
      clearTimeout(timer);
      requestSignal?.removeEventListener('abort', onRequestAbort);
    },
  };
}

/** What `createRequestSignal` returns. */
export type RequestSignal = ReturnType<typeof createRequestSignal>;
