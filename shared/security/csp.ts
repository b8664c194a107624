/**
 * Content-Security-Policy of the app's pages, in both editions: only the app's own scripts;
 * inline styles only because React Flow positions nodes with style attributes; no network.
 */
const DIRECTIVES = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** As an HTTP header (desktop protocol handler). */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** As a <meta> tag (browser edition); frame-ancestors is not allowed there. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');
