// The one Content Security Policy for the UI, sent as a header by both hosts (the renderer's
// index.html carries the same policy in a meta tag, less frame-ancestors, which browsers
// ignore there). No remote sources: the app is offline.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
