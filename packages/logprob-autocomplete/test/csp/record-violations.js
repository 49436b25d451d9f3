// Loaded first by the strict-CSP test pages: records every Content-Security-Policy violation the
// page reports, so the test can assert there were none (and that the policy is really enforced).
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sample ? `: ${event.sample}` : ''}`);
});
