/**
 * Paths the suggest function answers (each one and everything below it); everything else is the
 * built page. Node and Workers route with the same list so the demo behaves alike on both.
 */
export const API_PATHS = ['/v1', '/openai', '/healthz'] as const;

/**
 * Whether a request path belongs to the API rather than to the static page.
 *
 * @example
 * isApiPath('/v1/suggest'); // true
 * isApiPath('/assets/index.js'); // false
 */
export function isApiPath(pathname: string): boolean {
  return API_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
