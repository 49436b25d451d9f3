// Serves the pages under /test/csp/ with the strictest policy a page is likely to have: scripts
// and styles only from the page's own origin, nothing inline, no eval, and Trusted Types required
// for every HTML sink. src/csp.test.ts loads them in an iframe.
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

export function strictCspMiddleware() {
  return async function strictCsp(context, next) {
    await next();
    if (context.path.startsWith('/test/csp/') && context.path.endsWith('.html')) context.set('Content-Security-Policy', STRICT_CSP);
  };
}
