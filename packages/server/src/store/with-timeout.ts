/**
 * `promise`, or a rejection once `ms` have passed: a shared store that stops answering costs a
 * request at most that long.
 *
 * @example
 * await withTimeout(stub.fetch(url), 250, 'rate-limit counter');
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => { reject(new Error(`${what} did not answer within ${String(ms)} ms`)); }, ms);
  });
  return Promise.race([promise, timeout]).finally(() => { clearTimeout(timer); });
}
