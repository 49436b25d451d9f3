/**
 * A getter that runs `load` once and shares its promise; a failed load is forgotten, so the next
 * call tries again. The rejection handler is attached once per load, not on every call, because
 * the getter sits on the per-request path.
 *
 * @example
 * const getModel = memoizeRetrying(loadDefaultModel);
 * const model = await getModel();
 */
export function memoizeRetrying<T>(load: () => T | Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!cached) {
      const loading = Promise.resolve().then(load);
      loading.catch(() => {
        if (cached === loading) cached = undefined;
      });
      cached = loading;
    }
    return cached;
  };
}
