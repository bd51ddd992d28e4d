// Runs first on the strict-CSP test page (a classic script from 'self'): records every policy violation for the
// tests to read, and lets the test harness register msw's service worker, the one script URL Trusted Types must pass.
window.__innsynCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__innsynCspViolations.push({
    directive: event.effectiveDirective,
    blockedURI: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});

// Only this exact URL passes; any other script URL, and every HTML or script string, still fails as the policy demands.
trustedTypes.createPolicy('default', {
  createScriptURL: (url) => (new URL(url, location.href).href === new URL('/mockServiceWorker.js', location.href).href ? url : null),
});
